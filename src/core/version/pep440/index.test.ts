import { compare as referenceCompare } from '@renovatebot/pep440';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectInvalid, expectOrder, expectSorted, type Op, opOf } from '../test-support/order.js';
import { isPep440, pep440 } from './index.js';

describe('pep440', () => {
  it('orders the PEP 440 example sequence', () =>
    // PEP 440 "Summary of permitted suffixes and relative ordering"
    expectSorted(pep440, [
      '1.0.dev456',
      '1.0a1',
      '1.0a2.dev456',
      '1.0a12.dev456',
      '1.0a12',
      '1.0b1.dev456',
      '1.0b2',
      '1.0b2.post345.dev456',
      '1.0b2.post345',
      '1.0rc1.dev456',
      '1.0rc1',
      '1.0',
      '1.0+abc.5',
      '1.0+abc.7',
      '1.0+5',
      '1.0.post456.dev34',
      '1.0.post456',
      '1.0.15',
      '1.1.dev1',
    ]));

  it.each<[string, Op, string]>([
    ['1!1.0', '>', '2.0'],
    ['1.0', '=', '1.0.0'],
    ['1.0', '=', 'v1.0'],
    ['1.0a1', '=', '1.0.alpha.1'],
    ['1.0c1', '=', '1.0rc1'],
    ['1.0pre1', '=', '1.0rc1'],
    ['1.0-1', '=', '1.0.post1'],
    ['1.0.r', '=', '1.0.post0'],
    ['1.0.DEV', '=', '1.0.dev0'],
    ['1.0+Ubuntu-1', '=', '1.0+ubuntu.1'],
    ['1.0+local', '>', '1.0'],
    ['1.0+abc', '<', '1.0+1'],
    ['1.0+abc', '<', '1.0+abc.0'],
    ['999999999999999999999999999991', '<', '999999999999999999999999999999'],
    // legacy (pre-PEP 440) versions sort before every PEP 440 version, and among themselves by setuptools
    ['0.1-bulbasaur', '<', '0.0.1'],
    ['2.0b1pl0', '<', '2.0b1pl1'],
    ['1.0-dev-r123', '<', '1.0-r124'],
  ])('%s %s %s', (a, op, b) => expectOrder(pep440, a, op, b));

  it.each(['', '1.0 beta', 'é', '1.0\n'])('rejects %j', (v) => expectInvalid(pep440, v));

  it('tells PEP 440 from legacy versions', () => {
    expect(isPep440('1.0.post1')).toBe(true);
    expect(isPep440('0.1-bulbasaur')).toBe(false);
  });

  it('agrees with @renovatebot/pep440 on PEP 440 versions', () => {
    const version = fc.stringMatching(
      /^(\d!)?\d{1,2}(\.\d{1,2}){0,3}((a|b|rc|alpha|beta|c|pre|preview)\d?)?(\.post\d?|-\d)?(\.dev\d?)?(\+[a-z0-9]{1,2}(\.[a-z0-9]{1,2}){0,2})?$/,
    );
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(opOf(pep440.compare(a, b))).toBe(opOf(Math.sign(referenceCompare(a, b)) as -1 | 0 | 1));
      }),
      { numRuns: 3000 },
    );
  });
});
