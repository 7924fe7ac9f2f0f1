import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basicProblem, MAX_VERSION_LENGTH, natural, numberListKey } from './sort-key.js';

describe('natural', () => {
  it('orders digit strings by their value, ignoring leading zeros, at any size', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 40n }),
        fc.bigInt({ min: 0n, max: 10n ** 40n }),
        fc.nat(3),
        (a, b, zeros) => {
          const ka = natural('0'.repeat(zeros) + a.toString());
          const kb = natural(b.toString());
          expect(ka < kb).toBe(a < b);
          expect(ka === kb).toBe(a === b);
        },
      ),
    );
  });

  it('is prefix-free: a key followed by anything still orders by the number', () => {
    expect(`${natural('9')}zzz` < natural('10')).toBe(true);
  });
});

describe('numberListKey', () => {
  it.each([
    [['1', '0'], ['1', '0', '0'], true],
    [['1', '9'], ['1', '10'], true],
    [['2'], ['1', '99'], false],
  ])('%j < %j is %s', (a, b, expected) => expect(numberListKey(a) < numberListKey(b)).toBe(expected));
});

describe('basicProblem', () => {
  it.each([
    ['', 'empty'],
    ['1\u0000', 'contains a control character'],
    ['1\n', 'contains a control character'],
    ['x'.repeat(MAX_VERSION_LENGTH + 1), 'longer than 1024 characters'],
    ['1'.repeat(1001), 'has a number longer than 1000 digits'],
  ])('%j: %s', (version, problem) => expect(basicProblem(version)).toBe(problem));

  it('accepts an ordinary version', () => expect(basicProblem('1.2.3')).toBeUndefined());
});
