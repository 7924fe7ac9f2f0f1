import { describe, it } from 'vitest';
import { expectInvalid, expectOrder, expectSorted, type Op } from '../test-support/order.js';
import { rpm } from './index.js';

describe('rpm', () => {
  it('orders ~ < end < ^ < letters < numbers', () =>
    expectSorted(rpm, ['1.0~rc1', '1.0', '1.0^git1', '1.0a', '1.0.1', '1.1', '1:0.1']));

  it.each<[string, Op, string]>([
    ['1.0', '=', '1_0'],
    ['1.0', '=', '1.0.'],
    ['5.5p1', '<', '5.5p10'],
    ['10xyz', '<', '10.1xyz'],
    ['xyz.4', '<', '8'],
    ['6.0.rc1', '>', '6.0'],
    ['1.0~rc1~git123', '<', '1.0~rc1'],
    ['1.0^20160101^git1', '<', '1.0^20160102'],
    ['1.0^git1~pre', '<', '1.0^git1'],
    ['0:1', '<', '1:1'],
    ['3', '<', '1:2'],
    ['01:2', '=', '1:2'],
    ['1', '<', '1-0'],
    ['1', '<', '1-'],
    ['1-1.', '=', '1-1'],
    ['0:3.10.0-229.el7', '<', '0:3.10.0-229.1.2.ael7b'],
    ['1-1.ael7b', '<', '1-1.el7'],
    ['1.1.α', '=', '1.1.β'],
    // only digits before the first ":" make an epoch; the release is after the last "-"
    ['a:1', '<', 'b:1'],
    ['1.m+e2:1', '<', '4.m+e1:1'],
    ['+2-n:1', '>', '+1-n:1'],
  ])('%s %s %s', (a, op, b) => expectOrder(rpm, a, op, b));

  it.each(['', '1.0 1', '1.0\t'])('rejects %j', (v) => expectInvalid(rpm, v));
});
