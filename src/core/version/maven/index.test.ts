import { compare as mvncmp } from 'mvncmp';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../osv-range/test-support/osv-corpus.js';
import { expectInvalid, expectOrder, expectSorted, type Op, opOf } from '../test-support/order.js';
import { maven } from './index.js';

describe('maven', () => {
  it('orders qualifiers', () =>
    expectSorted(maven, [
      '1.0-alpha-1',
      '1.0-beta-1',
      '1.0-milestone-1',
      '1.0-rc-1',
      '1.0-SNAPSHOT',
      '1.0',
      '1.0-sp-1',
      '1.0-abc',
      '1.0-xyz',
      '1.0-1',
      '1.0.1',
    ]));

  it.each<[string, Op, string]>([
    // POM reference, "Version Order Specification" examples
    ['1', '<', '1.1'],
    ['1-snapshot', '<', '1'],
    ['1', '<', '1-sp'],
    ['1-foo2', '<', '1-foo10'],
    ['1.foo', '=', '1-foo'],
    ['1-foo', '<', '1-1'],
    ['1-1', '<', '1.1'],
    ['1.ga', '=', '1'],
    ['1-0', '=', '1'],
    ['1-sp', '>', '1-ga'],
    ['1-sp.1', '>', '1-ga.1'],
    ['1-sp-1', '<', '1-ga-1'],
    ['1-ga-1', '=', '1-1'],
    ['1-a1', '=', '1-alpha-1'],
    ['1.0.0-foo.0.0', '=', '1-foo'],
    ['2.5.0.Final', '=', '2.5.0'],
    ['1.0.RELEASE', '=', '1.0'],
    ['1.0-CR1', '=', '1.0-rc1'],
    ['20190126.230843', '<', '1234567890.12345'],
  ])('%s %s %s', (a, op, b) => expectOrder(maven, a, op, b));

  it.each(['', '1.0 final', '1.0\t', 'é'])('rejects %j', (v) => expectInvalid(maven, v));

  it('agrees with mvncmp (a port of ComparableVersion) on every pair of 400 real Maven versions', async () => {
    const versions = new Set<string>();
    for (const record of await readArchive('Maven')) {
      const osv = JSON.parse(record.text()) as {
        affected?: { package?: { ecosystem?: string }; versions?: string[] }[];
      };
      for (const a of osv.affected ?? [])
        if (a.package?.ecosystem === 'Maven') for (const v of a.versions ?? []) versions.add(v);
    }
    const sample = [...versions].sort().filter((_, i, all) => i % Math.ceil(all.length / 400) === 0);
    expect(sample.length).toBeGreaterThan(300);
    const disagreements: string[] = [];
    for (const a of sample)
      for (const b of sample) {
        const expected = opOf(Math.sign(mvncmp(a, b)) as -1 | 0 | 1);
        if (opOf(maven.compare(a, b)) !== expected) disagreements.push(`${a} ${expected} ${b}`);
      }
    expect(disagreements).toEqual([]);
  });

  // mvncmp follows Maven 3.0's nested lists; the specification (and OSV.dev) trim nulls at every hyphen.
  it('differs from Maven 3.0 where the specification says so', () => {
    expect(maven.compare('1-1', '1-ga-1')).toBe(0);
    expect(Math.sign(mvncmp('1-1', '1-ga-1'))).toBe(1);
  });
});
