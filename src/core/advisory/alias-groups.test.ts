import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalId, groupAliases } from './alias-groups.js';
import { aliasLinks } from './alias-links.js';

describe('canonicalId', () => {
  it.each([
    [['GHSA-x', 'PYSEC-2021-1', 'CVE-2021-23'], 'CVE-2021-23'],
    [['CVE-2021-100', 'CVE-2021-99', 'CVE-2022-1'], 'CVE-2021-99'],
    [['PYSEC-2021-1', 'GHSA-x'], 'GHSA-x'],
    [['DEBIAN-CVE-2021-1', 'ALPINE-CVE-2021-1'], 'ALPINE-CVE-2021-1'],
    [['only'], 'only'],
  ])('names %j %s', (ids, expected) => {
    expect(canonicalId(ids)).toBe(expected);
  });
});

describe('groupAliases', () => {
  it('joins connected ids and leaves others alone', () => {
    const groups = groupAliases(
      ['GHSA-a', 'PYSEC-1', 'RUSTSEC-1', 'DEBIAN-CVE-2020-5'],
      [
        ['GHSA-a', 'CVE-2021-1'],
        ['PYSEC-1', 'GHSA-a'],
        ['DEBIAN-CVE-2020-5', 'CVE-2020-5'],
      ],
    );
    expect(Object.fromEntries(groups)).toEqual({
      'GHSA-a': 'CVE-2021-1',
      'CVE-2021-1': 'CVE-2021-1',
      'PYSEC-1': 'CVE-2021-1',
      'RUSTSEC-1': 'RUSTSEC-1',
      'DEBIAN-CVE-2020-5': 'CVE-2020-5',
      'CVE-2020-5': 'CVE-2020-5',
    });
  });

  it('gives the same grouping whatever the order of nodes and edges', () => {
    const id = fc.constantFrom(
      'CVE-2021-1',
      'CVE-2020-9',
      'GHSA-a',
      'GHSA-b',
      'PYSEC-1',
      'OSV-2',
      'DSA-1',
      'X-1',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(id, id), { maxLength: 12 }), fc.array(id), (edges, nodes) => {
        const a = groupAliases(nodes, edges);
        const b = groupAliases(
          [...nodes].reverse(),
          [...edges].reverse().map(([x, y]) => [y, x] as const),
        );
        expect(new Map([...b].sort())).toEqual(new Map([...a].sort()));
        for (const [x, y] of edges) expect(a.get(x)).toBe(a.get(y));
      }),
    );
  });
});

describe('aliasLinks', () => {
  const record = (fields: Record<string, unknown>) => ({
    id: 'R-1',
    modified: '2024-01-01T00:00:00Z',
    ...fields,
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['aliases', { aliases: ['CVE-2021-1', 'GHSA-x', 'R-1'] }, ['alias CVE-2021-1', 'alias GHSA-x']],
    ['one upstream CVE', { upstream: ['CVE-2021-1'] }, ['upstream CVE-2021-1']],
    [
      'a distro twin of one CVE',
      { upstream: ['DEBIAN-CVE-2021-1', 'CVE-2021-1'] },
      ['upstream DEBIAN-CVE-2021-1', 'upstream CVE-2021-1'],
    ],
    ['a bundle of several CVEs', { upstream: ['CVE-2021-1', 'CVE-2021-2'] }, []],
    ['an upstream that is not a CVE', { upstream: ['GHSA-x'] }, []],
    ['related ids', { related: ['CVE-2021-9'] }, []],
    ['a withdrawn record', { aliases: ['CVE-2021-1'], withdrawn: '2024-02-01T00:00:00Z' }, []],
  ])('links %s', (_what, fields, expected) => {
    expect(aliasLinks(record(fields)).map((l) => `${l.kind} ${l.alias}`)).toEqual(expected);
  });
});
