import { describe, expect, it } from 'vitest';
import { isInputError } from '../../core/input/index.js';
import type { Decision } from '../../core/risk/index.js';
import type { Exposure } from './list-exposures.js';
import { checkExposureSelection, selectExposures } from './select-exposures.js';

// Only the fields the selection reads matter; the rest is what a ranking carries.
const exposure = (key: string, decision: Decision, suppressed = false, score = 50): Exposure =>
  ({
    key,
    decision,
    suppressed,
    score,
    workload: key === 'c' ? 'shop/web' : 'shop/api',
    ids: key === 'd' ? ['GHSA-xxxx-yyyy-zzzz', 'CVE-2024-0001'] : ['CVE-2020-0001'],
    component: { purl: key === 'e' ? 'pkg:npm/%40acme/core@2.0.0?x=1' : 'pkg:npm/lodash@4.17.20' },
    kev: key === 'a' || key === 'd',
    internetFacing: key === 'c' || key === 'd',
  }) as unknown as Exposure;

const ranking = [
  exposure('a', 'Act'),
  exposure('b', 'Act', true),
  exposure('c', 'Attend'),
  exposure('d', 'Track*'),
  exposure('e', 'Track'),
];
const keys = (list: readonly Exposure[]) => list.map((e) => e.key);

describe('selectExposures', () => {
  it('hides what VEX suppresses unless all is asked, and keeps the rank order', () => {
    expect(keys(selectExposures(ranking, checkExposureSelection({})).shown)).toEqual(['a', 'c', 'd', 'e']);
    expect(keys(selectExposures(ranking, checkExposureSelection({ all: true })).shown)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
  });

  it('filters by decision (any case) before the limit cuts', () => {
    const s = selectExposures(ranking, checkExposureSelection({ decision: 'track*', limit: '1' }));
    expect(keys(s.shown)).toEqual(['d']);
    expect(keys(selectExposures(ranking, checkExposureSelection({ limit: 2 })).shown)).toEqual(['a', 'c']);
  });

  it('keeps only KEV-listed vulnerabilities, internet-facing workloads, or both', () => {
    expect(keys(selectExposures(ranking, checkExposureSelection({ kev: true })).shown)).toEqual(['a', 'd']);
    expect(keys(selectExposures(ranking, checkExposureSelection({ internetFacing: true })).shown)).toEqual([
      'c',
      'd',
    ]);
    const both = checkExposureSelection({ kev: true, internetFacing: true });
    expect(keys(selectExposures(ranking, both).shown)).toEqual(['d']);
    expect(keys(selectExposures(ranking, checkExposureSelection({ kev: false })).shown)).toHaveLength(4);
  });

  it('counts the whole ranking and its suppressed exposures, whatever is shown', () => {
    expect(selectExposures(ranking, checkExposureSelection({ limit: '1' }))).toMatchObject({
      total: 5,
      suppressed: 1,
    });
  });

  it.each([
    ['act', ['Act'], 1],
    ['ATTEND', ['Act', 'Attend'], 2],
  ])(
    'the gate %s trips on unsuppressed %j over the whole ranking, not only what is shown',
    (level, decisions, n) => {
      const s = selectExposures(ranking, checkExposureSelection({ failOn: level, decision: 'Track' }));
      expect(s.gate).toEqual({ level: level.toLowerCase(), decisions, tripped: n });
      expect(selectExposures(ranking, checkExposureSelection({})).gate).toBeUndefined();
    },
  );

  it('refuses bad selections naming every field that is wrong, not a CLI flag', () => {
    try {
      checkExposureSelection({ decision: 'Urgent', limit: '0', failOn: 'never' });
      expect.unreachable();
    } catch (error) {
      expect(isInputError(error) && error.issues.map((i) => [i.path, i.code])).toEqual([
        ['decision', 'OPTION_INVALID'],
        ['limit', 'OPTION_INVALID'],
        ['failOn', 'OPTION_INVALID'],
      ]);
    }
    for (const limit of ['1.5', '-3', 'ten'])
      expect(() => checkExposureSelection({ limit })).toThrow(/not a positive whole number/);
  });

  it('filters by workload (namespace/name or name), package (any version) and vulnerability (any id)', () => {
    const pick = (sel: Parameters<typeof checkExposureSelection>[0]) =>
      keys(selectExposures(ranking, checkExposureSelection(sel)).shown);
    expect(pick({ workload: 'shop/web' })).toEqual(['c']);
    expect(pick({ workload: 'web' })).toEqual(['c']);
    expect(pick({ package: 'pkg:npm/%40acme/core' })).toEqual(['e']);
    expect(pick({ package: 'pkg:npm/lodash@1.0.0' })).toEqual(['a', 'c', 'd']);
    expect(pick({ advisory: 'cve-2024-0001' })).toEqual(['d']);
  });

  it('pages by keyset: each page starts after the previous one, and the last has no next cursor', () => {
    const pages: string[][] = [];
    let after: string | undefined;
    do {
      const page = selectExposures(ranking, checkExposureSelection({ limit: 2, all: true, after }));
      pages.push(keys(page.shown));
      after = page.next;
    } while (after);
    expect(pages).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('a cursor keeps its place when the exposure it names is gone, and a bad cursor is refused', () => {
    const first = selectExposures(ranking, checkExposureSelection({ limit: 2 }));
    const shrunk = ranking.filter((e) => e.key !== 'c');
    expect(keys(selectExposures(shrunk, checkExposureSelection({ after: first.next })).shown)).toEqual([
      'd',
      'e',
    ]);
    expect(() => checkExposureSelection({ after: 'not-a-cursor' })).toThrow(/not a cursor/);
  });
});
