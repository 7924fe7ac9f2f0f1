import { describe, expect, it } from 'vitest';
import { parseOsvRecord } from './parse-osv-record.js';

const base = {
  id: 'GHSA-aaaa-bbbb-cccc',
  modified: '2024-01-01T00:00:00Z',
  affected: [
    {
      package: { ecosystem: 'PyPI', name: 'demo' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.2' }] }],
    },
  ],
};
const withRange = (range: unknown) => ({ ...base, affected: [{ ...base.affected[0], ranges: [range] }] });

describe('parseOsvRecord', () => {
  it.each<[string, unknown]>([
    ['a minimal record', { id: 'CVE-2024-1', modified: '2024-05-01T12:00:00.123456Z' }],
    ['a full record', base],
    ['null arrays where OSV allows them', { ...base, aliases: null, references: null, severity: null }],
    [
      'an ecosystem newer than Vigil',
      { ...base, affected: [{ package: { ecosystem: 'NewEco:1', name: 'x' } }] },
    ],
    ['fields from a newer schema version', { ...base, future_field: { a: 1 } }],
    [
      'a GIT range with an abbreviated hash',
      withRange({ type: 'GIT', repo: 'https://x', events: [{ introduced: '0' }, { fixed: 'abc123' }] }),
    ],
    [
      'last_affected and limit',
      withRange({
        type: 'SEMVER',
        events: [{ introduced: '1.0.0' }, { last_affected: '1.4.0' }, { limit: '2.0.0' }],
      }),
    ],
  ])('accepts %s', (_what, record) => {
    expect(parseOsvRecord(record, 'x.json').ok).toBe(true);
  });

  it.each<[string, unknown, string, RegExp]>([
    ['no id', { modified: '2024-01-01T00:00:00Z' }, 'x.json: id', /missing/],
    [
      'an id with a slash',
      { id: '../etc/passwd', modified: '2024-01-01T00:00:00Z' },
      'x.json: id',
      /without spaces, slashes/,
    ],
    [
      'a bad modified',
      { id: 'A-1', modified: '2024-02-30T00:00:00Z' },
      'A-1: modified',
      /"2024-02-30T00:00:00Z": expected an RFC 3339 UTC timestamp/,
    ],
    [
      'an offset timestamp',
      { id: 'A-1', modified: '2024-01-01T00:00:00+01:00' },
      'A-1: modified',
      /RFC 3339 UTC/,
    ],
    [
      'events without introduced',
      withRange({ type: 'ECOSYSTEM', events: [{ fixed: '1.2' }] }),
      `${base.id}: affected[0].ranges[0].events`,
      /expected an "introduced" event/,
    ],
    [
      'no events',
      withRange({ type: 'ECOSYSTEM', events: [] }),
      `${base.id}: affected[0].ranges[0].events`,
      /at least one event/,
    ],
    [
      'a pre-1.0 event',
      withRange({ type: 'ECOSYSTEM', events: [{ type: 'INTRODUCED', value: '0' }] }),
      `${base.id}: affected[0].ranges[0].events[0]`,
      /exactly one of/,
    ],
    [
      'two kinds in one event',
      withRange({ type: 'ECOSYSTEM', events: [{ introduced: '0', fixed: '1' }] }),
      `${base.id}: affected[0].ranges[0].events[0]`,
      /exactly one of/,
    ],
    [
      'fixed with last_affected',
      withRange({ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1' }, { last_affected: '2' }] }),
      `${base.id}: affected[0].ranges[0].events`,
      /not both/,
    ],
    [
      'a GIT range without repo',
      withRange({ type: 'GIT', events: [{ introduced: '0' }] }),
      `${base.id}: affected[0].ranges[0].repo`,
      /repository of a GIT range/,
    ],
    [
      'an unknown range type',
      withRange({ type: 'DATE', events: [{ introduced: '0' }] }),
      `${base.id}: affected[0].ranges[0].type`,
      /"DATE"/,
    ],
    [
      'versions: null',
      { ...base, affected: [{ package: { ecosystem: 'Alpine:v3.2', name: 'x' }, versions: null }] },
      `${base.id}: affected[0].versions`,
      /null/,
    ],
    [
      'severity at both levels',
      {
        ...base,
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N' }],
        affected: [{ ...base.affected[0], severity: [] }],
      },
      `${base.id}: affected[0].severity`,
      /no per-package severity/,
    ],
  ])('rejects %s, naming the id, the field and why', (_what, record, path, message) => {
    const result = parseOsvRecord(record, 'x.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.code).toBe('OSV_INVALID');
    expect(result.issues[0]?.path).toBe(path);
    expect(result.issues[0]?.message).toMatch(message);
  });

  it('rejects what is not an object', () => {
    const result = parseOsvRecord([1, 2], 'PyPI/all.zip: A.json');
    expect(result).toMatchObject({
      ok: false,
      issues: [{ path: 'PyPI/all.zip: A.json', code: 'OSV_INVALID' }],
    });
  });
});
