import { basicProblem, isDigitCode, M1, M2, M3, M4, M5, M6, M7, M8, natural } from '../sort-key.js';
import { defineScheme, invalid, type VersionParse, validKey } from '../version-scheme.js';

const isDigit = (c: string): boolean => isDigitCode(c.charCodeAt(0));
const isAlnum = (c: string): boolean => /^[0-9A-Za-z]$/.test(c);

/**
 * php_canonicalize_version: `-`, `_`, `+` and other non-alphanumerics become `.`, and a `.` is inserted
 * between a digit and a non-digit: `4.3.2RC1` → `4.3.2.RC.1`.
 */
function canonicalize(version: string): string {
  let out = version[0] ?? '';
  let last = out;
  for (const c of version.slice(1)) {
    const separator = c === '-' || c === '_' || c === '+' || !isAlnum(c);
    if (separator) {
      if (!out.endsWith('.')) out += '.';
    } else if (last !== '.' && isDigit(last) !== isDigit(c)) out += out.endsWith('.') ? c : `.${c}`;
    else out += c;
    last = c;
  }
  return out;
}

// PHP's special forms, matched as prefixes in this order: dev < alpha = a < beta = b < RC = rc < # < pl = p;
// anything else sorts first. "#" (a number) is M7 below; the end of a version sorts like "#" without digits.
const FORMS: readonly (readonly [string, string])[] = [
  ['dev', M2],
  ['alpha', M3],
  ['a', M3],
  ['beta', M4],
  ['b', M4],
  ['RC', M5],
  ['rc', M5],
  ['pl', M8],
  ['p', M8],
];

function wordRank(word: string): string {
  for (const [form, rank] of FORMS) if (word.startsWith(form)) return rank;
  return M1;
}

/**
 * Packagist (Composer): PHP's `version_compare`, which Composer's comparator uses, after Composer's `v`
 * prefix removal. Numbers compare numerically (any size); a word compares by its special form; where one
 * version ends, a following number makes the other newer and a following word counts as against `#`.
 * `#` itself (PHP's internal "any number" placeholder) is not accepted: it is not a total order.
 * @example packagist.compare('1.0RC1', '1.0') // -1
 */
export const packagist = defineScheme('packagist', 'Packagist', (version): VersionParse => {
  const problem = basicProblem(version);
  if (problem) return invalid(problem);
  const bare = version.replace(/^[vV]/, '');
  if (!/^[0-9A-Za-z._+-]+$/.test(bare)) return invalid('expected letters, digits and . _ + - only');
  const segments = canonicalize(bare).split('.');
  if (segments.includes('')) return invalid('empty component (a leading, trailing or doubled separator)');
  let key = '';
  for (const s of segments) key += isDigit(s) ? M7 + natural(s) : wordRank(s);
  return validKey(key + M6);
});
