import { basicProblem, isDigitCode, isLetterCode, M1, M2, M3, M4, M5, natural } from '../sort-key.js';
import { defineScheme, invalid, type VersionParse, validKey } from '../version-scheme.js';

/**
 * rpmvercmp as a key. Segments are runs of ASCII digits or ASCII letters; every other character separates.
 * Token order: `~` < end of string < `^` < letters (compared as text) < numbers (compared as numbers).
 */
function rpmvercmpKey(text: string): string {
  let key = '';
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x7e) {
      key += M1;
      i++;
    } else if (c === 0x5e) {
      key += M3;
      i++;
    } else if (isDigitCode(c)) {
      const start = i;
      while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
      key += M5 + natural(text.slice(start, i));
    } else if (isLetterCode(c)) {
      const start = i;
      while (i < text.length && isLetterCode(text.charCodeAt(i))) i++;
      key += M4 + text.slice(start, i) + M1;
    } else i++;
  }
  return key + M2;
}

/**
 * Red Hat, AlmaLinux, Rocky Linux, SUSE, openSUSE, Mageia: rpm's EVR order. `[epoch:]version[-release]`
 * as rpm splits it (the epoch only when all digits before the first `:`, the release after the last `-`);
 * epoch numeric (absent = 0), then version and release by rpmvercmp with tilde and caret; a version without
 * release sorts before the same version with one.
 * @example rpm.compare('1.0~rc1', '1.0') // -1
 */
export const rpm = defineScheme('rpm', 'RPM', (version): VersionParse => {
  const problem = basicProblem(version);
  if (problem) return invalid(problem);
  if (/\s/.test(version)) return invalid('contains a space');
  const epochMatch = /^(\d*):/.exec(version);
  const epoch = epochMatch ? epochMatch[1] || '0' : '0';
  const rest = epochMatch ? version.slice(epochMatch[0].length) : version;
  const hyphen = rest.lastIndexOf('-');
  const upstream = hyphen < 0 ? rest : rest.slice(0, hyphen);
  let key = natural(epoch) + rpmvercmpKey(upstream);
  if (hyphen >= 0) key += M2 + rpmvercmpKey(rest.slice(hyphen + 1));
  return validKey(key);
});
