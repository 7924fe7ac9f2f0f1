import { describe, expect, it } from 'vitest';
import { expectInvalid, expectOrder, expectSorted, type Op } from '../test-support/order.js';
import { go, isPseudoVersion } from './index.js';

describe('go', () => {
  it.each<[string, Op, string]>([
    ['v1.2.3', '=', '1.2.3'],
    ['v1', '=', 'v1.0.0'],
    ['v1.2', '=', 'v1.2.0'],
    ['v2.0.0+incompatible', '=', 'v2.0.0'],
    ['v2.0.1+incompatible', '>', 'v2.0.0'],
    ['v1.21.0-rc.2', '<', 'v1.21.0'],
    // a pseudo-version sorts below the release it precedes and above the one it follows
    ['v0.0.0-20191109021931-daa7c04131f5', '<', 'v0.0.1'],
    ['v1.2.4-0.20191109021931-daa7c04131f5', '>', 'v1.2.3'],
    ['v1.2.4-0.20191109021931-daa7c04131f5', '<', 'v1.2.4'],
    ['v1.2.4-0.20191109021931-daa7c04131f5', '<', 'v1.2.4-0.20200101000000-aaaaaaaaaaaa'],
  ])('%s %s %s', (a, op, b) => expectOrder(go, a, op, b));

  it('orders a module history', () =>
    expectSorted(go, [
      'v0.0.0-20180101000000-aaaaaaaaaaaa',
      'v0.1.0',
      'v0.1.1-0.20190101000000-bbbbbbbbbbbb',
      'v0.1.1',
      'v1.0.0-rc.1',
      'v1.0.0',
      'v2.0.0+incompatible',
    ]));

  it.each(['v01.2.3', 'v1.2.3.4', 'v1.2.3-01', 'go1.21', 'latest'])('rejects %j', (v) =>
    expectInvalid(go, v),
  );

  it.each([
    ['v0.0.0-20191109021931-daa7c04131f5', true],
    ['v1.2.4-0.20191109021931-daa7c04131f5', true],
    ['v1.2.4-pre.0.20191109021931-daa7c04131f5+incompatible', true],
    ['v1.2.4', false],
    ['v1.2.4-rc.1', false],
  ])('isPseudoVersion(%j) is %s', (v, expected) => expect(isPseudoVersion(v)).toBe(expected));
});
