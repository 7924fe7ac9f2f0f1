import { basicProblem, isDigitCode, M1, M2, M3, M4, M5, M6, M7, M8, natural } from '../sort-key.js';
import { defineScheme, invalid, type VersionParse, validKey } from '../version-scheme.js';

/** A token of the Maven version order: its separator and a number (digits) or a qualifier. */
interface Token {
  readonly sep: '.' | '-';
  readonly number?: string;
  readonly qualifier?: string;
}

// "alpha" < "beta" < "milestone" < "rc" = "cr" < "snapshot" < "" = "final" = "ga" = "release" < "sp" < others
const QUALIFIER_RANK: Record<string, string> = {
  alpha: M1,
  beta: M2,
  milestone: M3,
  rc: M4,
  cr: M4,
  snapshot: M5,
  '': M6,
  final: M6,
  ga: M6,
  release: M6,
  sp: M7,
};
const SHORT: Record<string, string> = { a: 'alpha', b: 'beta', m: 'milestone' };

/**
 * Splits on `.`, `-` and digit/letter transitions (a transition counts as `-`); an empty token is `0`;
 * `a`, `b`, `m` directly followed by a digit mean alpha, beta, milestone. Qualifiers are case-insensitive.
 */
function tokenize(version: string): Token[] {
  const tokens: Token[] = [];
  const text = version.toLowerCase();
  let sep: '.' | '-' = '.';
  let start = 0;
  const push = (end: number, next: '.' | '-'): void => {
    const raw = text.slice(start, end);
    if (raw === '') tokens.push({ sep, number: '0' });
    else if (isDigitCode(raw.charCodeAt(0))) tokens.push({ sep, number: raw });
    else {
      const followedByDigit = end < text.length && isDigitCode(text.charCodeAt(end));
      tokens.push({ sep, qualifier: (followedByDigit ? SHORT[raw] : undefined) ?? raw });
    }
    sep = next;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '.' || c === '-') {
      push(i, c);
      start = i + 1;
    } else if (i > start && isDigitCode(text.charCodeAt(i)) !== isDigitCode(text.charCodeAt(i - 1))) {
      push(i, '-');
      start = i;
    }
  }
  push(text.length, '.');
  return tokens;
}

const isNull = (t: Token): boolean =>
  t.number !== undefined ? /^0+$/.test(t.number) : QUALIFIER_RANK[t.qualifier ?? ''] === M6;

/** "Trailing null values (0, "", final, ga) are trimmed… repeated at each remaining hyphen from end to start." */
function trim(tokens: Token[]): Token[] {
  const out = [...tokens];
  while (out.length > 0 && isNull(out[out.length - 1] as Token)) out.pop();
  for (let k = out.length - 1; k > 0; k--) {
    if ((out[k] as Token).sep !== '-') continue;
    while (k > 0 && isNull(out[k - 1] as Token)) {
      out.splice(k - 1, 1);
      k--;
    }
  }
  return out;
}

/** How a token compares with the padding "null" of its own kind: 0 and release are equal to it. */
function signAgainstNull(t: Token): -1 | 0 | 1 {
  if (t.number !== undefined) return /^0+$/.test(t.number) ? 0 : 1;
  const rank = QUALIFIER_RANK[t.qualifier ?? ''];
  if (rank === undefined) return 1;
  return rank < M6 ? -1 : rank === M6 ? 0 : 1;
}

function tokenKey(t: Token): string {
  // ".qualifier" = "-qualifier" < "-number" < ".number"
  if (t.number !== undefined) return (t.sep === '-' ? M2 : M3) + natural(t.number);
  const rank = QUALIFIER_RANK[t.qualifier ?? ''];
  return M1 + (rank ?? M8 + (t.qualifier ?? '') + M1);
}

/**
 * Key in the Maven "Version Order Specification" (POM reference), the order of ComparableVersion.
 * The shorter version is padded with nulls, so where one version ends the other's rest decides by its first
 * token that differs from null: each token carries that sign (below / above the end marker M3). This makes
 * the key a total order; ComparableVersion itself is not transitive for a few mixes of qualifiers and numbers
 * at one position (see README.md), where the key follows the comparison with the shorter version.
 */
function mavenKey(tokens: readonly Token[]): string {
  const signs = tokens.map(signAgainstNull);
  let tail: -1 | 0 | 1 = 0;
  const parts: string[] = new Array(tokens.length);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const s = signs[i] ?? 0;
    if (s !== 0) tail = s;
    parts[i] = (tail < 0 ? M2 : M4) + tokenKey(tokens[i] as Token);
  }
  return `${parts.join('')}${M3}`;
}

/**
 * Maven: the Version Order Specification of the POM reference (Maven's ComparableVersion): numbers,
 * qualifiers alpha < beta < milestone < rc < snapshot < release < sp < other (alphabetical), `.` vs `-`
 * separators, trailing nulls trimmed at each hyphen. Any printable ASCII string without spaces is a version.
 * @example maven.compare('1.0-SNAPSHOT', '1.0') // -1
 */
export const maven = defineScheme('maven', 'Maven', (version): VersionParse => {
  const problem = basicProblem(version);
  if (problem) return invalid(problem);
  if (!/^[\x21-\x7e]+$/.test(version)) return invalid('expected printable ASCII characters without spaces');
  return validKey(mavenKey(trim(tokenize(version))));
});
