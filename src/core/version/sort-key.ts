/**
 * Building blocks for order-preserving keys. A key is a string whose UTF-16 code-unit order is the version
 * order, so every scheme shares one comparison (`a < b`) and the hot path never re-parses.
 *
 * Conventions every scheme follows:
 * - markers are control characters U+0001–U+001F, chosen per position so that the marker order is the
 *   scheme's order of token kinds ("end of list" sits where the scheme puts a missing part);
 * - a natural number is a length character then its digits without leading zeros, so `9` < `10` and numbers
 *   of any size compare exactly (`natural` below);
 * - free text is followed by a terminator below every character it may contain, so `a` < `ab`;
 * - no key contains U+0000 or a surrogate, so keys survive UTF-8 and PostgreSQL `text` unchanged.
 */

/** Longest digit run a key can encode; longer numbers are rejected as invalid versions. */
export const MAX_DIGITS = 1000;

/** Longest version string any scheme accepts. */
export const MAX_VERSION_LENGTH = 1024;

/** Lowest marker; also the terminator after free text. */
export const M1 = '\u0001';
export const M2 = '\u0002';
export const M3 = '\u0003';
export const M4 = '\u0004';
export const M5 = '\u0005';
export const M6 = '\u0006';
export const M7 = '\u0007';
export const M8 = '\u0008';
export const M9 = '\u0009';

const NATURAL_BASE = 0x30;

/**
 * An order-preserving encoding of a run of ASCII digits: length (after leading zeros) then digits.
 * @example natural('007') === natural('7') && natural('9') < natural('10')
 */
export function natural(digits: string): string {
  let start = 0;
  while (start < digits.length - 1 && digits.charCodeAt(start) === 0x30) start++;
  const trimmed = digits.charCodeAt(start) === 0x30 ? '' : digits.slice(start);
  return String.fromCharCode(NATURAL_BASE + trimmed.length) + trimmed;
}

/** The key of the number zero, for padding. */
export const ZERO = natural('0');

/** True when the text is one or more ASCII digits. */
export function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** True for ASCII 0-9. */
export const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** True for ASCII A-Z and a-z. */
export const isLetterCode = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

const TOO_MANY_DIGITS = new RegExp(`\\d{${MAX_DIGITS + 1}}`);

/** Why a string cannot be a version of any scheme, or undefined. Every scheme checks this first. */
export function basicProblem(version: string): string | undefined {
  if (typeof version !== 'string') return 'not a string';
  if (version.length === 0) return 'empty';
  if (version.length > MAX_VERSION_LENGTH) return `longer than ${MAX_VERSION_LENGTH} characters`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is rejected
  if (/[\u0000-\u001f\u007f]/.test(version)) return 'contains a control character';
  if (TOO_MANY_DIGITS.test(version)) return `has a number longer than ${MAX_DIGITS} digits`;
  return undefined;
}

/**
 * Key of a list of numbers compared element by element, where a shorter list that is a prefix of a longer
 * one sorts first (`1.0 < 1.0.0`): R's `package_version` and Haskell's `Data.Version`.
 */
export function numberListKey(numbers: readonly string[]): string {
  let key = '';
  for (const n of numbers) key += M2 + natural(n);
  return key + M1;
}
