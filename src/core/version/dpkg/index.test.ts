import { describe, it } from 'vitest';
import { expectInvalid, expectOrder, expectSorted, type Op } from '../test-support/order.js';
import { dpkg } from './index.js';

describe('dpkg', () => {
  it('orders ~ before everything, even the end', () =>
    expectSorted(dpkg, ['1.0~~', '1.0~~a', '1.0~', '1.0', '1.0-1', '1.0a', '1.0+', '1.0.1', '1:0.9']));

  it.each<[string, Op, string]>([
    ['0.0.0', '=', '0:0.0.0'],
    ['0.0.0', '=', '0.0.0-0'],
    ['0.0.0', '=', '0.0.0-00'],
    ['1.2.3-1~deb7u1', '<', '1.2.3-1'],
    ['2.7.4+reloaded2-13', '<', '2.7.4+reloaded2-13+deb9u1'],
    ['2.7.4+reloaded2-13ubuntu1', '<', '2.7.4+reloaded2-13+deb9u1'],
    ['2:0.0.44-1', '<', '2:0.0.44-nobin'],
    ['1:1.0', '>', '9.9'],
    ['1.0-1', '<', '1.0-a'],
    ['7.68.0-1ubuntu2.19', '>', '7.68.0-1ubuntu2.2'],
    ['1.0-1-1', '>', '1.0-1'],
    ['1a', '=', '1a0'],
    ['1.0', '>', '1.0-0~'],
  ])('%s %s %s', (a, op, b) => expectOrder(dpkg, a, op, b));

  it.each(['', ':1.0', 'a:1.0', '1.0-', '-1', '1.0 1', '1.0_1', '1.0-1_1', '1:'])('rejects %j', (v) =>
    expectInvalid(dpkg, v),
  );
});
