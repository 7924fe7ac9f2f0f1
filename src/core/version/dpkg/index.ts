import { basicProblem, isDigitCode, isLetterCode, M1, M2, natural } from '../sort-key.js';
import { defineScheme, invalid, type VersionParse, validKey } from '../version-scheme.js';

/**
 * dpkg's verrevcmp as a key. A string is alternating runs: non-digits, then digits (a number, empty = 0).
 * Non-digit characters weigh: `~` lowest, then the end of the run, then letters (ASCII), then everything
 * else (dpkg: ASCII + 256; here ASCII + 128, which keeps keys one byte per character). The final M2 stands
 * for the end of the string, which dpkg reads as an endless "0".
 */
function verrevKey(text: string): string {
  // dpkg reads "" like "0": the first run pair is always present.
  const s = text === '' ? '0' : text;
  let key = '';
  let i = 0;
  while (i < s.length) {
    while (i < s.length && !isDigitCode(s.charCodeAt(i))) {
      const c = s.charCodeAt(i);
      key += c === 0x7e ? M1 : isLetterCode(c) ? s[i] : String.fromCharCode(c + 128);
      i++;
    }
    key += M2;
    const start = i;
    while (i < s.length && isDigitCode(s.charCodeAt(i))) i++;
    key += natural(s.slice(start, i) || '0');
  }
  return key + M2;
}

const UPSTREAM = /^[0-9A-Za-z.+~:-]+$/;
const REVISION = /^[0-9A-Za-z.+~]+$/;

/**
 * Debian and Ubuntu: dpkg version ordering (Debian Policy §5.6.12) — `[epoch:]upstream[-revision]`, epoch
 * numeric, then upstream and revision by verrevcmp, where `~` sorts before anything, even the end.
 * Errors dpkg reports (empty parts, non-numeric epoch) and characters policy forbids make a version invalid.
 * @example dpkg.compare('1.2.3-1~deb7u1', '1.2.3-1') // -1
 */
export const dpkg = defineScheme('dpkg', 'dpkg', (version): VersionParse => {
  const problem = basicProblem(version);
  if (problem) return invalid(problem);
  if (/\s/.test(version)) return invalid('contains a space');
  const colon = version.indexOf(':');
  const epoch = colon < 0 ? '0' : version.slice(0, colon);
  if (epoch === '') return invalid('the epoch before ":" is empty');
  if (!/^\d+$/.test(epoch)) return invalid('the epoch before ":" is not a number');
  const rest = version.slice(colon + 1);
  const hyphen = rest.lastIndexOf('-');
  const upstream = hyphen < 0 ? rest : rest.slice(0, hyphen);
  const revision = hyphen < 0 ? '' : rest.slice(hyphen + 1);
  if (upstream === '') return invalid('the upstream version is empty');
  if (hyphen >= 0 && revision === '') return invalid('the revision after the last "-" is empty');
  if (!UPSTREAM.test(upstream))
    return invalid('the upstream version has characters other than [A-Za-z0-9.+~:-]');
  if (!REVISION.test(revision || '0'))
    return invalid('the revision has characters other than [A-Za-z0-9.+~]');
  return validKey(natural(epoch) + verrevKey(upstream) + verrevKey(revision));
});
