import { create } from '@renovatebot/ruby-semver/dist/ruby/version.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectInvalid, expectOrder, expectSorted, type Op, opOf } from '../test-support/order.js';
import { rubygems } from './index.js';

describe('rubygems', () => {
  it('orders pre-releases before releases', () =>
    expectSorted(rubygems, ['1.0.a', '1.0.a.2', '1.0.b1', '1.0.rc1', '1.0', '1.0.1', '1.1.pre', '1.1']));

  it.each<[string, Op, string]>([
    ['1.0', '=', '1'],
    ['1.0.0', '=', '1'],
    ['1.0.a2', '=', '1.0.a.2'],
    ['1.0-1', '=', '1.0.pre.1'],
    ['3.10', '>', '3.2'],
    ['1', '>', '1beta'],
    ['1.0.a10', '>', '1.0.a9'],
    ['1.0.A', '<', '1.0.a'],
    [' 1.2 ', '=', '1.2'],
  ])('%s %s %s', (a, op, b) => expectOrder(rubygems, a, op, b));

  it.each(['', 'a1.0', '1..2', '1.0 .1', '1.0_1'])('rejects %j', (v) => expectInvalid(rubygems, v));

  it('agrees with @renovatebot/ruby-semver on Gem::Version strings', () => {
    const version = fc.stringMatching(/^\d{1,2}(\.(\d{1,2}|[a-c]{1,2}\d?|pre)){0,4}(-[0-9a-c]{1,2})?$/);
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(opOf(rubygems.compare(a, b))).toBe(
          opOf(Math.sign(create(a).compare(create(b))) as -1 | 0 | 1),
        );
      }),
      { numRuns: 3000 },
    );
  });
});
