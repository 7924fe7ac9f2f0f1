import { describe, it } from 'vitest';
import { expectInvalid, expectOrder, type Op } from '../test-support/order.js';
import { julia } from './index.js';

describe('julia', () => {
  it.each<[string, Op, string]>([
    ['1.2.3', '<', '1.2.3+1'],
    ['1.2.3+1', '<', '1.2.3+a'],
    ['1.2.3-rc1', '<', '1.2.3'],
    ['v1.2', '=', '1.2.0'],
    ['1.10.0', '>', '1.9.9'],
  ])('%s %s %s', (a, op, b) => expectOrder(julia, a, op, b));

  it.each(['', '1.2.x', 'nightly'])('rejects %j', (v) => expectInvalid(julia, v));
});
