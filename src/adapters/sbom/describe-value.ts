import { quoteValue } from '../../core/input/index.js';

/** `"abc" is a string`, `an array`, `null`: what was found, for "…; expected an array" messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${quoteValue(value)} is ${withArticle(typeof value)}`;
}

/** `array` → `an array`, `string` → `a string`. */
export const withArticle = (noun: string): string => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);
