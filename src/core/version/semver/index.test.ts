import fc from 'fast-check';
import nodeSemver from 'semver';
import { describe, expect, it } from 'vitest';
import { expectInvalid, expectOrder, type Op, opOf } from '../test-support/order.js';
import { pub, semver } from './index.js';

describe('semver', () => {
  it.each<[string, Op, string]>([
    // SemVer 2.0 §11
    ['1.0.0-alpha', '<', '1.0.0-alpha.1'],
    ['1.0.0-alpha.1', '<', '1.0.0-alpha.beta'],
    ['1.0.0-alpha.beta', '<', '1.0.0-beta'],
    ['1.0.0-beta.2', '<', '1.0.0-beta.11'],
    ['1.0.0-rc.1', '<', '1.0.0'],
    ['1.9.0', '<', '1.10.0'],
    ['1.2.3', '=', 'v1.2.3'],
    ['1.2.3+build.1', '=', '1.2.3+build.2'],
    ['1.2.3-5', '<', '1.2.3-5-foo'],
    ['1.2.3-r100', '<', '1.2.3-r2'],
    // lenient: omitted parts, leading zeros, big numbers, extra components as build metadata
    ['1', '=', '1.0.0'],
    ['1.2', '=', '1.2.0'],
    ['01.2.3', '=', '1.2.3'],
    ['18446744073709551616.0.0', '>', '18446744073709551615.0.0'],
    ['1.2.3.4', '=', '1.2.3'],
  ])('%s %s %s', (a, op, b) => expectOrder(semver, a, op, b));

  it.each(['', 'x', '1.2.3-', '1.2.3-a..b', '1.2.3+', '1.2.x', '1.2.3_4', ' 1.2.3', '1.2.3-ä'])(
    'rejects %j',
    (v) => expectInvalid(semver, v),
  );

  it('agrees with node-semver on valid SemVer 2.0 versions', () => {
    const version = fc.stringMatching(
      /^(0|[1-9]\d?)\.(0|[1-9]\d?)\.(0|[1-9]\d?)(-(0|[1-9]\d?|[a-c-]{1,3})(\.(0|[1-9]\d?|[a-c-]{1,3})){0,2})?(\+[a-z0-9]{1,3})?$/,
    );
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(opOf(semver.compare(a, b))).toBe(opOf(nodeSemver.compare(a, b) as -1 | 0 | 1));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('pub', () => {
  it.each<[string, Op, string]>([
    ['1.0.0-pre', '<', '1.0.0-pre+build'],
    ['1.0.0-pre+build', '<', '1.0.0'],
    ['1.0.0', '<', '1.0.0+build'],
    ['1.2.3+1', '<', '1.2.3+a'],
    ['1.2.3+900', '<', '1.2.3+a'],
    ['1.2.3+a9', '<', '1.2.3+b2'],
    ['1.2.3+9a', '>', '1.2.3+1z'],
  ])('%s %s %s', (a, op, b) => expectOrder(pub, a, op, b));
});
