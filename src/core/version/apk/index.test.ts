import { describe, it } from 'vitest';
import { expectInvalid, expectOrder, expectSorted, type Op } from '../test-support/order.js';
import { apk } from './index.js';

describe('apk', () => {
  it('orders suffixes: pre-releases below the release, post-releases above', () =>
    expectSorted(apk, [
      '1.2_alpha',
      '1.2_alpha1',
      '1.2_beta',
      '1.2_pre1',
      '1.2_rc1',
      '1.2',
      '1.2-r1',
      '1.2_cvs1',
      '1.2_svn1',
      '1.2_git1',
      '1.2_hg1',
      '1.2_p1',
      '1.2a',
      '1.2.1',
    ]));

  it.each<[string, Op, string]>([
    ['1-r1', '=', '1-r01'],
    ['1.2.3b', '>', '1.2.0d'],
    ['0.1.0_alpha2', '>', '0.1.0_alpha'],
    ['1.06-r6', '<', '006'],
    ['1.01', '<', '1.1'],
    ['1.2.12.04', '<', '1.2.12.05'],
    ['4.5_p1', '<', '4.5_p1-r1'],
    ['1.0~abc', '<', '1.0~abd'],
    ['1.0~abc', '>', '1.0-r1'],
    ['1.0~abc', '>', '1.0'],
    ['2.9.11_pre20061021-r1', '<', '2.9.11_pre20061021-r2'],
  ])('%s %s %s', (a, op, b) => expectOrder(apk, a, op, b));

  // apk-tools 2 reads these (Alpine's security database has 6.6.2p1-r0 and 0.8.21.r2); apk-tools 3 rejects them.
  it.each<[string, Op, string]>([
    ['6.6.2p1', '>', '6.6.2_p1'],
    ['6.6.2p1', '<', '6.6.2p2'],
    ['0..8', '>', '0...8'],
    ['0.8.21.r2', '>', '0.8.21.r1'],
    ['0.8.21.r2', '<', '0.8.21r2'],
    ['0.8.21.r2', '<', '0.8.21'],
    ['1-r', '=', '1-r0'],
    ['a', '<', 'b'],
    ['.1', '<', '1'],
  ])('lenient %s %s %s', (a, op, b) => expectOrder(apk, a, op, b));

  // Neither apk-tools 2 nor 3 tokenizes these to the end: apk compares the readable start, and the unreadable
  // rest sorts before anything at its position.
  it.each<[string, Op, string]>([
    ['1-r-0', '<', '1-r0'],
    ['1.2.0A', '<', '1.2.0d'],
    ['1.2_blah', '<', '1.2'],
    ['1.2_blah', '<', '1.2_rc1'],
    ['1.2_blah', '=', '1.2_foo'],
    ['1.0bc', '>', '1.0'],
    ['1.0bc', '<', '1.0c'],
    ['1-ruff', '<', '1'],
    ['1-ruff2', '=', '1-ruff1'],
    ['1.0~', '<', '1.0'],
    ['1.2_', '<', '1.2'],
    ['1.0-1', '<', '1.0'],
    ['1.2_alpha.1', '<', '1.2_alpha'],
    ['A', '=', 'B'],
  ])('unreadable rest: %s %s %s', (a, op, b) => expectOrder(apk, a, op, b));

  it.each(['', 'x'.repeat(2000)])('rejects %j', (v) => expectInvalid(apk, v.length > 20 ? v : v));
});
