import { describe, it } from 'vitest';
import { expectInvalid, expectOrder, expectSorted, type Op } from '../test-support/order.js';
import { packagist } from './index.js';

describe('packagist', () => {
  it('orders special forms: unknown < dev < alpha < beta < RC < release < pl', () =>
    expectSorted(packagist, ['1.0-stable', '1.0-dev', '1.0a1', '1.0b1', '1.0RC1', '1.0', '1.0.1', '1.0pl1']));

  it.each<[string, Op, string]>([
    ['1.0', '<', '1.0.0'],
    ['1.2', '>', '1.0.1'],
    ['10', '>', '2'],
    ['1.0RC1', '=', '1.0rc1'],
    ['1.0alpha1', '=', '1.0a1'],
    ['1.25.0-beta2.1', '=', '1.25.0-b.2.1'],
    ['1.25.0beta2.1', '=', '1.25.0-b2.1'],
    ['v1.0pl1', '=', '1.0pl1'],
    ['V1.0.0', '=', 'v1.0.0'],
    ['dev-foo', '<', '1.26.0'],
    ['4.3-2RC1', '<', '4.3-2RC2'],
    ['4.3-2', '>', '4.3-2beta1'],
    ['1.0.0_1', '=', '1.0.0+1'],
    ['1..0', '=', '1.0'],
    ['999999999999999999999999999991', '<', '999999999999999999999999999999'],
  ])('%s %s %s', (a, op, b) => expectOrder(packagist, a, op, b));

  // "#" is PHP's internal placeholder for "a number": equal to every number, so not a total order.
  it.each(['', '1.2.3.#', '1.0.', '.1', '1.0 beta', '1.0*'])('rejects %j', (v) =>
    expectInvalid(packagist, v),
  );
});
