import { describe, it } from 'vitest';
import { expectInvalid, expectOrder, type Op } from '../test-support/order.js';
import { hackage } from './index.js';

describe('hackage', () => {
  it.each<[string, Op, string]>([
    ['1.0.0.0', '>', '0.11.3.0'],
    ['1.0', '<', '1.0.0'],
    ['2.0', '>', '1'],
    ['0.1.26.0', '>', '0'],
    ['1.02', '=', '1.2'],
  ])('%s %s %s', (a, op, b) => expectOrder(hackage, a, op, b));

  it.each(['', '1.0-1', '1.0.a', 'v1'])('rejects %j', (v) => expectInvalid(hackage, v));
});
