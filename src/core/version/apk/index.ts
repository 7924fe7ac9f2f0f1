import { basicProblem, isDigitCode, M1, M2, M3, M4, M5, M6, M7, M8, M9, natural } from '../sort-key.js';

const M10 = '\u000a';

import { defineScheme, invalid, type VersionParse, validKey } from '../version-scheme.js';

// apk-tools 2 token types, in its order; where two versions first differ in type, the higher type is older,
// except that a pre-release suffix (_alpha, _beta, _pre, _rc) is older than anything.
const DIGIT_OR_ZERO = 0;
const DIGIT = 1;
const LETTER = 2;
const SUFFIX = 3;
const SUFFIX_NO = 4;
const HASH = 5;
const REVISION = 6;
const END = 7;
const INVALID = -1;
// What apk-tools cannot tokenize ends the key with a marker below every token: apk compares the readable start
// and an unreadable rest sorts before anything (`1.2_blah < 1.2`, `1-ruff2 = 1-ruff1`, `1.2.0A < 1.2.0d`).
const UNREADABLE_REST = '\u0000';

const PRE_SUFFIXES = ['alpha', 'beta', 'pre', 'rc'];
const POST_SUFFIXES = ['cvs', 'svn', 'git', 'hg', 'p'];

// Key of each token: a class (oldest first) then its value. A "." without digits after it is apk-tools 3's
// invalid token, older than anything; apk-tools 2 reads it as 0 (see README.md).
const EMPTY_DOT_CLASS = M1;
const PRE_CLASS = M2;
const CLASS = [M10, M9, M8, M7, M6, M5, M4, M3];

const isLower = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
const isDigit = (c: string | undefined): boolean => c !== undefined && isDigitCode(c.charCodeAt(0));

/**
 * Tokenizes as apk-tools 2 does (version.c: get_token / next_token) and returns the key; a rest it cannot
 * tokenize ends the key with `UNREADABLE_REST`, as apk compares such versions.
 */
function apkKey(version: string): string {
  let pos = 0;
  let type = DIGIT;
  let key = '';
  for (;;) {
    // get_token: read the value of a token of `type`.
    let value = '';
    let next = INVALID;
    if (pos >= version.length) {
      if (type === SUFFIX || type === HASH) return key + UNREADABLE_REST;
      // "1-r": a revision without digits reads as 0 at the end of the string; "1." is an empty dot.
      key += type === DIGIT_OR_ZERO ? EMPTY_DOT_CLASS : CLASS[type] + natural('0');
      break;
    }
    if (type === DIGIT_OR_ZERO && version[pos] === '0') {
      // Leading zeros weigh minus their count, and the rest of the digits is a new number.
      let zeros = 0;
      while (version[pos] === '0') {
        zeros++;
        pos++;
      }
      value = M1 + String.fromCharCode(0xff - Math.min(zeros, 0xc0));
      // The rest of the number is the next token (an implicit 0 when none follows) — unless what follows is
      // unreadable (`1.0-1`), which next_token then reads as such.
      const unreadable =
        (version[pos] === '-' && version[pos + 1] !== 'r') ||
        (version[pos] === '~' && !/[0-9a-f]/.test(version[pos + 1] ?? ''));
      if (!unreadable) next = DIGIT;
    } else if (type === DIGIT_OR_ZERO || type === DIGIT || type === SUFFIX_NO || type === REVISION) {
      const start = pos;
      while (isDigit(version[pos])) pos++;
      // "-r" with a letter after it is no revision (`1-ruff`): unreadable from its "-"; at the end or before
      // another "-" it reads as -r0 (`1-r = 1-r0`, `1-r-2 = 1-r0-1`), as the vector file has it.
      if (type === REVISION && start === pos && isLower(version[pos])) return key + UNREADABLE_REST;
      value = natural(version.slice(start, pos) || '0');
      if (type === DIGIT_OR_ZERO) value = start === pos ? '' : M2 + value;
    } else if (type === LETTER) {
      value = version[pos++] as string;
    } else if (type === HASH) {
      // apk-tools 3: "~" and a commit in hexadecimal, compared as text.
      const start = pos;
      while (/[0-9a-f]/.test(version[pos] ?? '')) pos++;
      if (pos === start) return key + UNREADABLE_REST;
      value = version.slice(start, pos) + M1;
    } else if (type === SUFFIX) {
      const rest = version.slice(pos);
      const pre = PRE_SUFFIXES.findIndex((s) => rest.startsWith(s));
      const post = pre < 0 ? POST_SUFFIXES.findIndex((s) => rest.startsWith(s)) : -1;
      if (pre < 0 && post < 0) return key + UNREADABLE_REST;
      const name = pre >= 0 ? PRE_SUFFIXES[pre] : POST_SUFFIXES[post];
      pos += (name as string).length;
      key +=
        pre >= 0
          ? PRE_CLASS + String.fromCharCode(0x41 + pre)
          : CLASS[SUFFIX] + String.fromCharCode(0x41 + post);
    }
    if (type === DIGIT_OR_ZERO && value === '') key += EMPTY_DOT_CLASS;
    else if (type !== SUFFIX) key += CLASS[type] + value;
    if (pos >= version.length) break;
    // next_token: the type of what follows.
    if (next === INVALID) {
      const c = version[pos];
      if ((type === DIGIT || type === DIGIT_OR_ZERO) && isLower(c)) next = LETTER;
      else if (type === LETTER && isDigit(c)) next = DIGIT;
      else if (type === SUFFIX && isDigit(c)) next = SUFFIX_NO;
      else {
        if (c === '.') next = DIGIT_OR_ZERO;
        else if (c === '_') next = SUFFIX;
        else if (c === '~' && type < HASH) next = HASH;
        else if (c === '-' && version[pos + 1] === 'r') {
          next = REVISION;
          pos++;
        }
        pos++;
        const allowedBackStep =
          (next === DIGIT_OR_ZERO && type === DIGIT) || (next === SUFFIX && type === SUFFIX_NO);
        if (next === INVALID || (next < type && !allowedBackStep)) return key + UNREADABLE_REST;
      }
    }
    type = next;
  }
  return key + CLASS[END];
}

/**
 * Alpine: apk-tools' version order (`digit{.digit}...{letter}{_suf{#}}...{~hash}{-r#}`, version.c), as the apk of
 * Alpine 3.x reads it — including the forms found in Alpine's security database that only apk-tools 2
 * tokenizes (`6.6.2p1-r0`, `0.8.21.r2`). A version apk cannot tokenize to the end compares as apk compares it:
 * by its readable start, the unreadable rest sorting before anything. A `.0…` component with leading zeros
 * sorts below one without.
 * @example apk.compare('1.2_rc1', '1.2') // -1
 */
export const apk = defineScheme('apk', 'apk', (version): VersionParse => {
  const problem = basicProblem(version);
  if (problem) return invalid(problem);
  return validKey(apkKey(version));
});
