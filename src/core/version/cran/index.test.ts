import { describe, it } from 'vitest';
import { expectInvalid, expectOrder, type Op } from '../test-support/order.js';
import { cran } from './index.js';

describe('cran', () => {
  it.each<[string, Op, string]>([
    ['0.01', '<', '0.1-0'],
    ['0.01.0', '=', '0.1-0'],
    ['0.9', '<', '0.75'],
    ['0.1.0', '<', '0.1.0.0'],
    ['1.0-0', '<', '1.1-0'],
    ['0.1.4', '<', '0.1.18'],
  ])('%s %s %s', (a, op, b) => expectOrder(cran, a, op, b));

  it.each(['', '1.0a', '1..0', 'v1.0', '1.0-'])('rejects %j', (v) => expectInvalid(cran, v));
});
