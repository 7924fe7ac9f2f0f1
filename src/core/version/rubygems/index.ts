import { basicProblem, isDigitCode, M1, M2, M3, natural } from '../sort-key.js';
import { defineScheme, invalid, type VersionParse, validKey } from '../version-scheme.js';

// Gem::Version's pattern, plus letters directly after digits ("1beta"), which OSV tooling accepts.
const VERSION = /^\s*[0-9][0-9a-zA-Z]*(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?\s*$/;

const isNumber = (s: string): boolean => isDigitCode(s.charCodeAt(0));
const isZero = (s: string): boolean => /^0+$/.test(s);

function dropTrailingZeros(list: string[]): string[] {
  while (list.length > 0 && isZero(list[list.length - 1] ?? '')) list.pop();
  return list;
}

/**
 * Gem::Version#canonical_segments: `-` reads as `.pre.`; segments are runs of digits or of letters; trailing
 * zeros are dropped from the leading numeric part and from the part starting at the first letters.
 */
function canonicalSegments(version: string): string[] {
  const segments =
    version
      .trim()
      .replace(/-/g, '.pre.')
      .match(/[0-9]+|[a-z]+/gi) ?? [];
  const firstWord = segments.findIndex((s) => !isNumber(s));
  if (firstWord < 0) return dropTrailingZeros(segments);
  return [
    ...dropTrailingZeros(segments.slice(0, firstWord)),
    ...dropTrailingZeros(segments.slice(firstWord)),
  ];
}

/**
 * Gem::Version#<=> pads the shorter list with 0, ranks letters below numbers and compares letters as
 * strings. Where one version ends, the other's rest decides by its first non-zero segment (letters: older,
 * numbers: newer); each segment's key starts with that sign so the end marker M2 falls in between.
 */
function rubygemsKey(segments: readonly string[]): string {
  let key = M2;
  let tail = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i] ?? '';
    if (!isNumber(s)) tail = -1;
    else if (!isZero(s)) tail = 1;
    key = (tail < 0 ? M1 : M3) + (isNumber(s) ? M2 + natural(s) : M1 + s + M1) + key;
  }
  return key;
}

/**
 * RubyGems: Gem::Version ordering (pre-releases have a letter segment: `1.0.a < 1.0`; `1.0 == 1`).
 * @example rubygems.compare('1.2.4.beta', '1.2.4') // -1
 */
export const rubygems = defineScheme('rubygems', 'RubyGems', (version): VersionParse => {
  const problem = basicProblem(version);
  if (problem) return invalid(problem);
  if (!VERSION.test(version))
    return invalid('expected digits then dot-separated alphanumerics, e.g. 1.2.3.pre1');
  return validKey(rubygemsKey(canonicalSegments(version)));
});
