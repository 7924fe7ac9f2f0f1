import { basicProblem, isDigitCode, M1, M2, M3, M4, M5, M6, M7, M8, natural } from '../sort-key.js';
import { defineScheme, invalid, type VersionParse, validKey } from '../version-scheme.js';

// Rule numbers (R1…R7) refer to README.md, which quotes the POM reference's "Version Order Specification".

/** A number token keeps its separator (R5: `-number` < `.number`); a qualifier's separator never matters. */
type Token =
  | { readonly kind: 'number'; readonly sep: '.' | '-'; readonly digits: string }
  | { readonly kind: 'qualifier'; readonly name: string };

// R4: alpha < beta < milestone < rc = cr < snapshot < "" = final = ga = release < sp < any other qualifier.
// A Map, not an object literal: a qualifier such as "constructor" must not find Object.prototype.
const RANK = new Map<string, string>([
  ['alpha', M1],
  ['beta', M2],
  ['milestone', M3],
  ['rc', M4],
  ['cr', M4],
  ['snapshot', M5],
  ['', M6],
  ['final', M6],
  ['ga', M6],
  ['release', M6],
  ['sp', M7],
]);
const RELEASE = M6;
// R4: "a", "b" and "m" are alpha, beta and milestone only when directly followed by a number.
const SHORT = new Map([
  ['a', 'alpha'],
  ['b', 'beta'],
  ['m', 'milestone'],
]);
const [DOT, HYPHEN, UNDERSCORE] = [0x2e, 0x2d, 0x5f];

/**
 * R1: tokens split at `.`, `-`, `_` and at digit/letter transitions; `_` and a transition count as `-`; an
 * empty token is `0`. R2: qualifiers are compared lower-cased.
 */
function tokenize(version: string): Token[] {
  const text = version.toLowerCase();
  const tokens: Token[] = [];
  let sep: '.' | '-' = '.';
  let start = 0;
  const push = (end: number, next: '.' | '-'): void => {
    const raw = text.slice(start, end);
    if (raw === '' || isDigitCode(raw.charCodeAt(0)))
      tokens.push({ kind: 'number', sep, digits: raw || '0' });
    else {
      const followedByDigit = end < text.length && isDigitCode(text.charCodeAt(end));
      tokens.push({ kind: 'qualifier', name: (followedByDigit ? SHORT.get(raw) : undefined) ?? raw });
    }
    sep = next;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT || c === HYPHEN || c === UNDERSCORE) {
      push(i, c === DOT ? '.' : '-');
      start = i + 1;
    } else if (i > start && isDigitCode(c) !== isDigitCode(text.charCodeAt(i - 1))) {
      push(i, '-');
      start = i;
    }
  }
  push(text.length, '.');
  return tokens;
}

const isNull = (t: Token): boolean =>
  t.kind === 'number' ? /^0+$/.test(t.digits) : RANK.get(t.name) === RELEASE;

// Where trimming repeats (R3): before every `-` token and before every qualifier, because R5 makes
// `.qualifier` the same as `-qualifier` (MNG-7644: 1.0.X = 1-X = 1.0.0.X).
const isBoundary = (t: Token): boolean => t.kind === 'qualifier' || t.sep === '-';

/** R3: trailing nulls (0, "", final, ga, release) are trimmed, and again before every boundary. */
function trim(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (isBoundary(t)) while (out.length > 0 && isNull(out[out.length - 1] as Token)) out.pop();
    out.push(t);
  }
  while (out.length > 0 && isNull(out[out.length - 1] as Token)) out.pop();
  return out;
}

/** R6: how a token compares with the padding of the version that ended: `.0` for a number, `""` otherwise. */
function signAgainstPadding(t: Token): -1 | 0 | 1 {
  if (t.kind === 'number') return isNull(t) ? 0 : 1;
  const rank = RANK.get(t.name) ?? M8;
  return rank < RELEASE ? -1 : rank === RELEASE ? 0 : 1;
}

/** R5: `.qualifier` = `-qualifier` < `-number` < `.number`; numbers by value, qualifiers by R4. */
function tokenKey(t: Token): string {
  if (t.kind === 'number') return (t.sep === '-' ? M2 : M3) + natural(t.digits);
  const rank = RANK.get(t.name);
  // R4: other qualifiers after the known ones, in String.compareTo order; M1 ends the text so "a" < "ab".
  return M1 + (rank ?? `${M8}${t.name}${M1}`);
}

/**
 * Where one version ends, the other's rest decides by its first token that differs from the padding (R6).
 * Each token therefore carries that sign of the rest (below or above the end marker M3). After R3 a null token
 * is always followed by a number above the padding, so this sign never contradicts the token order and the
 * key gives the pairwise comparison of the specification.
 */
function mavenKey(tokens: readonly Token[]): string {
  let tail: -1 | 0 | 1 = 0;
  const parts: string[] = new Array(tokens.length);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    const sign = signAgainstPadding(t);
    if (sign !== 0) tail = sign;
    parts[i] = (tail < 0 ? M2 : M4) + tokenKey(t);
  }
  return `${parts.join('')}${M3}`;
}

/**
 * Maven: the "Version Order Specification" of the current POM reference, as Maven 3.9 orders versions:
 * `.`, `-`, `_` and digit/letter transitions, qualifiers alpha < beta < milestone < rc = cr < snapshot <
 * release < sp < others, trailing nulls trimmed. Any printable ASCII string without spaces is a version;
 * anything else is invalid (a reason, never an exception from `parse`).
 * @example maven.compare('1.0-SNAPSHOT', '1.0') // -1
 */
export const maven = defineScheme('maven', 'Maven', (version): VersionParse => {
  const problem = basicProblem(version);
  if (problem) return invalid(problem);
  if (!/^[\x21-\x7e]+$/.test(version)) return invalid('expected printable ASCII characters without spaces');
  return validKey(mavenKey(trim(tokenize(version))));
});
