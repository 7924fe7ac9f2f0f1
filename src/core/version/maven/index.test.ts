import fc from 'fast-check';
import { compare as mvncmp } from 'mvncmp';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../osv-range/test-support/osv-corpus.js';
import { expectInvalid, expectOrder, expectSorted, type Op, opOf } from '../test-support/order.js';
import { maven } from './index.js';

// Rules R1–R7 are those of README.md. The last column says where each expected order comes from:
//   POM       the POM reference, "Version Order Specification": a quoted rule or one of its examples;
//   MNG-7644  the results that issue expects ("1.0.0.X1 < 1.0.0-X2", "1.0.X == 1-X == 1.0.0.X");
//   3.9.6     Maven's own ComparableVersion, maven-artifact 3.9.6, run by hand (3.8.7 gives the same).
// None is computed by this scheme; rows where Maven's code and the POM reference disagree follow the
// POM reference and say so.
type Row = [string, Op, string, string];
const check = (a: string, op: Op, b: string): void => expectOrder(maven, a, op, b);

describe('R1 tokens: split at ".", "-", "_" and digit/letter transitions', () => {
  it.each<Row>([
    ['1-1.foo-bar1baz-.1', '=', '1-1.foo-bar-1-baz-0.1', 'POM splitting example'],
    ['1..1', '=', '1.0.1', 'POM: empty tokens are replaced with 0'],
    ['1_0', '=', '1', 'POM end result example (3.9.6 has 1_0 > 1: its code does not split at _)'],
    ['1_1', '=', '1-1', 'POM: _ pads like - ; _ is a hyphen (3.9.6: <)'],
    ['1_1', '<', '1.1', 'POM: -number < .number, with _ as -'],
    [
      '1.4_1',
      '>',
      '1.4-dev-4',
      'POM: -number > -qualifier, with _ as - (3.9.6: <, "_" is a qualifier there)',
    ],
    ['1a', '=', '1-a', 'POM: a transition is equivalent to a hyphen; 3.9.6'],
    ['1.0RC1', '=', '1.0-RC-1', 'POM: transitions digit→letter and letter→digit; 3.9.6'],
    ['1-rc1', '=', '1-rc-1', 'POM: letter→digit transition; 3.9.6'],
    ['6.1.0rc3', '<', '6.1.0', 'POM: 6.1.0rc3 is 6.1.0-rc-3; 3.9.6 (MNG-5568)'],
  ])('%s %s %s (%s)', check);
});

describe('R2 case-insensitive', () => {
  it.each<Row>([
    ['1.0-alpha1', '=', '1.0-ALPHA1', 'POM end result example'],
    ['1-SNAPSHOT', '=', '1-snapshot', 'POM: qualifiers are converted to lower case; 3.9.6'],
    ['1.0-Final', '=', '1.0', 'POM; 3.9.6'],
    ['1-CR1', '=', '1-rc1', 'POM; 3.9.6'],
    ['1-XYZ', '=', '1-xyz', 'POM; 3.9.6'],
    ['1.7', '>', '1.K', 'POM end result example'],
  ])('%s %s %s (%s)', check);
});

describe('R3 trailing nulls trimmed, again at every hyphen', () => {
  it.each<Row>([
    ['1.0.0', '=', '1', 'POM trimming example'],
    ['1.ga', '=', '1', 'POM trimming example'],
    ['1.final', '=', '1', 'POM trimming example'],
    ['1.0', '=', '1', 'POM trimming example'],
    ['1.', '=', '1', 'POM trimming example'],
    ['1-', '=', '1', 'POM trimming example'],
    ['1_', '=', '1', 'POM trimming example (3.9.6: >)'],
    ['1.0.0-foo.0.0', '=', '1-foo', 'POM trimming example'],
    ['1.0.0-0.0.0', '=', '1', 'POM trimming example'],
    ['1.release', '=', '1', 'POM: release = "" ; 3.9.6'],
    ['1-ga-1', '=', '1-1', 'POM: trimmed at each remaining hyphen (3.9.6: <)'],
    ['1-1-0', '=', '1-1', 'POM; 3.9.6'],
    ['1.0-RC0', '=', '1.0-RC', 'POM: 1.0-rc-0 trims to 1-rc; 3.9.6'],
    ['1.0-RC0', '<', '1.0-RC1', 'POM; 3.9.6'],
    ['1.0-RC', '<', '1.0-RC1', 'POM padding ("" < number); 3.9.6'],
    ['1.0.X', '=', '1-X', 'MNG-7644: nulls before a .qualifier are trimmed too; 3.9.6'],
    ['1.0.0.X', '=', '1-X', 'MNG-7644; 3.9.6'],
    ['1.0.0.X1', '=', '1-X1', 'MNG-7644; 3.9.6'],
    ['4.0.0.Alpha1', '=', '4.0-alpha1', 'MNG-7644; 3.9.6'],
    ['1.0.sp-foo', '=', '1.0-sp-foo', 'MNG-7644 for any qualifier (3.9.6: >, it keeps the 0 before .sp-)'],
    ['1.ga.1', '<', '1.0.1', 'POM: a null before a .number stays, and "" < 0'],
  ])('%s %s %s (%s)', check);
});

describe('R4 qualifiers: alpha < beta < milestone < rc = cr < snapshot < "" = final = ga = release < sp', () => {
  it('orders the known qualifiers, then the others as String.compareTo does (POM; 3.9.6)', () =>
    expectSorted(maven, [
      '1-alpha',
      '1-a1',
      '1-beta',
      '1-b1',
      '1-milestone',
      '1-m1',
      '1-rc',
      '1-rc1',
      '1-snapshot',
      '1',
      '1-sp',
      '1-sp1',
      '1-a',
      '1-aardvark',
      '1-foo',
      '1-zebra',
      '1-1',
      '1.1',
    ]));

  it.each<Row>([
    ['1-cr', '=', '1-rc', 'POM: rc = cr'],
    ['1.0-CR1', '=', '1.0-rc1', 'POM: rc = cr'],
    ['1-final', '=', '1', 'POM: "" = final'],
    ['1-ga', '=', '1', 'POM: "" = ga'],
    ['1-release', '=', '1', 'POM: "" = release'],
    ['1-a1', '=', '1-alpha-1', 'POM end result example'],
    ['1-b2', '=', '1-beta-2', 'POM: b followed by a number is beta'],
    ['1-m3', '=', '1-milestone-3', 'POM: m followed by a number is milestone'],
    ['1-a', '>', '1-alpha', 'POM: a is alpha only when directly followed by a number'],
    ['1-a.1', '>', '1-alpha.1', 'POM: not directly followed; 3.9.6'],
    ['1-a', '>', '1-sp', 'POM: other qualifiers come after the known ones'],
    ['5.zebra', '>', '5.aardvark', 'POM end result example'],
    ['1-foo2', '<', '1-foo10', 'POM end result example'],
    ['1-snapshot', '<', '1', 'POM end result example'],
    ['1', '<', '1-sp', 'POM end result example'],
    ['1-sp', '>', '1-ga', 'POM end result example'],
    ['1-sp.1', '>', '1-ga.1', 'POM end result example'],
    ['1-sp-1', '<', '1-ga-1', 'POM end result example'],
    ['1-rc', '<', '1-snapshot', 'POM'],
    ['1.0-SNAPSHOT', '>', '1.0-rc-1', 'POM; 3.9.6'],
  ])('%s %s %s (%s)', check);
});

describe('R5 separators: .qualifier = -qualifier < -number < .number', () => {
  it.each<Row>([
    ['1.foo', '=', '1-foo', 'POM end result example'],
    ['1-foo', '<', '1-1', 'POM end result example'],
    ['1-1', '<', '1.1', 'POM end result example'],
    ['1.sp', '=', '1-sp', 'POM: .qualifier = -qualifier; 3.9.6'],
    ['1-1', '>', '1-sp', 'POM: qualifiers come before numbers; 3.9.6'],
    ['2.0-1', '<', '2.0.1', 'POM: -number < .number; 3.9.6'],
    ['1.0.RC1', '<', '1.0-RC2', 'MNG-7644; 3.9.6'],
    ['1.0-RC2', '<', '1.0.RC3', 'MNG-7644; 3.9.6'],
    ['1.0.0.RC1', '=', '1.0.0-RC1', 'MNG-7644; 3.9.6'],
    ['1.0.0.RC0', '<', '1.0.0-RC1', 'MNG-7644; 3.9.6'],
    ['1.0.0.SP1', '<', '1.0.0-SP2', 'MNG-7644; 3.9.6'],
    ['9.0.0.M1', '<', '9.0.0-M11', 'MNG-7644; 3.9.6 (OSV.dev lists 9.0.0.M1 in GHSA-f4qf-m5gf-8jm8: >)'],
    ['3.0.0.CR3', '=', '3.0.0-rc3', 'MNG-7644; 3.9.6'],
    ['2.0.M1', '=', '2.0-M1', 'MNG-7644; 3.9.6'],
    ['10.0.0-M6', '>', '10.0.0.beta3', 'MNG-7644 (Maven 3.0 and mvncmp: <); 3.9.6'],
  ])('%s %s %s (%s)', check);
});

describe('R6 the shorter version is padded: .0 for a number, "" for a qualifier', () => {
  it.each<Row>([
    ['1', '<', '1.1', 'POM end result example'],
    ['1', '<', '1-1', 'POM: "" < -number; 3.9.6'],
    ['1', '<', '1-foo', 'POM: "" < other qualifiers; 3.9.6'],
    ['1.foo', '>', '1', 'POM: 1.foo = 1-foo > 1; 3.9.6'],
    ['1-alpha', '<', '1', 'POM; 3.9.6'],
    ['1.0.1', '>', '1', 'POM; 3.9.6'],
    ['1-0.1', '>', '1', 'POM; 3.9.6'],
    ['20190126.230843', '<', '1234567890.12345', 'POM: numbers in their natural order; 3.9.6 (MNG-6572)'],
  ])('%s %s %s (%s)', check);
});

describe('R7 valid versions', () => {
  it.each(['', '1.0 final', '1.0\t', 'é', '1.α'])('rejects %j (printable ASCII only)', (v) =>
    expectInvalid(maven, v),
  );

  it('orders a qualifier named like an Object property as any other (no prototype lookup)', () => {
    expect(maven.compare('1-constructor', '1-sp')).toBe(1);
    expect(maven.compare('1-constructor', '1-zz')).toBe(-1);
    expect(maven.compare('1-constructor1', '1-constructor-1')).toBe(0);
  });
});

describe('rules as properties', () => {
  const version = fc.stringMatching(
    /^\d{1,2}([._-]?(\d{1,2}|alpha|a|b|m|rc|cr|sp|ga|final|release|snapshot|foo|x)){0,4}$/,
  );
  const equal = (a: string, b: string): boolean => maven.compare(a, b) === 0;

  it('R1: "_" is "-"', () => fc.assert(fc.property(version, (v) => equal(v.replaceAll('_', '-'), v))));
  it('R2: case does not matter', () => fc.assert(fc.property(version, (v) => equal(v.toUpperCase(), v))));
  it('R3: appending nulls changes nothing', () =>
    fc.assert(
      fc.property(version, (v) => ['.0', '-0', '_0', '.ga', '-final', '.0-0'].every((n) => equal(v + n, v))),
    ));
  it('R5: the separator before a letter does not matter', () =>
    fc.assert(
      fc.property(version, (v) =>
        equal(v.replace(/[._-]([a-z])/g, '.$1'), v.replace(/[._-]([a-z])/g, '-$1')),
      ),
    ));
});

describe('against Maven 3.0 (mvncmp, a port of its ComparableVersion)', () => {
  // Maven 3.0 predates MNG-7644 (".0.Alpha1") and never split at "_": pairs with either are left out.
  const changedSince30 = (v: string): boolean => /\.[a-z]/i.test(v) || v.includes('_');

  it('agrees on every other pair of 400 real Maven versions', async () => {
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
    expect(sample.filter(changedSince30).length).toBeGreaterThan(20);
    const disagreements: string[] = [];
    for (const a of sample)
      for (const b of sample) {
        if (changedSince30(a) || changedSince30(b)) continue;
        const expected = opOf(Math.sign(mvncmp(a, b)) as -1 | 0 | 1);
        if (opOf(maven.compare(a, b)) !== expected) disagreements.push(`${a} ${expected} ${b}`);
      }
    expect(disagreements).toEqual([]);
  });

  it.each<[string, Op, Op, string]>([
    ['1-1', '>', '=', '1-ga-1'], // Maven 3.0 nests lists; the POM reference trims nulls at every hyphen
    ['1.0.0.RC1', '>', '<', '1.0.0-RC2'], // MNG-7644
    ['1_0', '>', '=', '1'], // "_" splits tokens in the POM reference
  ])('%s: Maven 3.0 says %s, the POM reference %s %s', (a, maven30, op, b) => {
    expect(opOf(Math.sign(mvncmp(a, b)) as -1 | 0 | 1)).toBe(maven30);
    expect(opOf(maven.compare(a, b))).toBe(op);
  });
});
