import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osvRecord, osvZip, writeTestZip } from '../../feeds/test-support/zip-writer.js';
import { STORES, type TestDatabase } from '../../store/test-support/databases.js';
import { runCli } from '../test-support/run-cli.js';
import { writeMirror } from './test-support/osv-fixtures.js';

const pkg = (name: string) => [
  {
    package: { ecosystem: 'PyPI', name },
    ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0' }] }],
  },
];
const v1 = [
  osvRecord('GHSA-1111-2222-3333', { aliases: ['CVE-2030-0001'], affected: pkg('demo') }),
  osvRecord('PYSEC-2030-1', { aliases: ['CVE-2030-0001'], affected: pkg('demo') }),
  osvRecord('PYSEC-2030-2', { affected: pkg('demo') }),
  osvRecord('PYSEC-2030-3', { affected: pkg('other') }),
];
const later = '2024-06-01T00:00:00Z';
const [ghsa, pysec1, pysec2, pysec3] = v1 as [
  Record<string, unknown>,
  Record<string, unknown>,
  Record<string, unknown>,
  Record<string, unknown>,
];
const v2 = [
  { ...ghsa, modified: later, summary: 'now with a summary' },
  pysec1,
  { ...pysec2, modified: later, withdrawn: later },
  pysec3,
  osvRecord('OSV-2030-9', { affected: pkg('demo'), modified: '2023-01-01T00:00:00Z' }),
  { id: 'PYSEC-2030-BAD', modified: 'soon' },
];

interface Row {
  scope: string;
  new: number;
  modified: number;
  unchanged: number;
  withdrawn: number;
  rejected: number;
}

describe.each(STORES)('feeds sync updates, aliases and bad archives: $kind', ({ kind, create }) => {
  let t: TestDatabase;
  let env: Record<string, string>;
  const mirror = mkdtempSync(join(tmpdir(), 'vigil-mirror-'));
  const sync = async () => runCli(['feeds', 'sync', '--osv-mirror', mirror, '--json'], { env });
  const query = async (purl: string) =>
    (
      JSON.parse((await runCli(['advisory', 'query', purl, '--json'], { env })).stdout) as { ids: string[] }[]
    ).map((v) => v.ids);

  beforeAll(async () => {
    t = await create();
    env = t.env;
    if (kind === 'embedded') await t.db.close();
  });
  afterAll(() => t?.dispose());

  it('imports, and one vulnerability is one row with all its ids', async () => {
    writeMirror(mirror, 'PyPI', osvZip(v1));
    const r = await sync();
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Row[])[0]).toMatchObject({ new: 4, modified: 0, unchanged: 0 });
    expect(await query('pkg:pypi/demo@1.0')).toEqual([
      ['CVE-2030-0001', 'GHSA-1111-2222-3333', 'PYSEC-2030-1'],
      ['PYSEC-2030-2'],
    ]);
    for (const id of ['CVE-2030-0001', 'PYSEC-2030-1', 'GHSA-1111-2222-3333']) {
      const show = JSON.parse((await runCli(['advisory', 'show', id, '--json'], { env })).stdout) as {
        vulnerabilityId: string;
      };
      expect(show.vulnerabilityId).toBe('CVE-2030-0001');
    }
  });

  it('re-syncs only newer records; withdrawn ones stop matching; bad records are reported and skipped', async () => {
    writeMirror(mirror, 'PyPI', osvZip(v2));
    const r = await sync();
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Row[])[0]).toMatchObject({
      new: 1,
      modified: 2,
      unchanged: 2,
      withdrawn: 1,
      rejected: 1,
    });
    expect(r.stderr).toBe(
      'rejected: PYSEC-2030-BAD: modified: "soon": expected an RFC 3339 UTC timestamp such as 2024-05-01T12:00:00Z [OSV_INVALID]\n',
    );
    expect(await query('pkg:pypi/demo@1.0')).toEqual([
      ['CVE-2030-0001', 'GHSA-1111-2222-3333', 'PYSEC-2030-1'],
      ['OSV-2030-9'],
    ]);
    const shown = await runCli(['advisory', 'show', 'GHSA-1111-2222-3333'], { env });
    expect(shown.stdout).toContain('now with a summary');
    const withdrawn = await runCli(['advisory', 'show', 'PYSEC-2030-2'], { env });
    expect(withdrawn.stdout).toContain(`WITHDRAWN ${later}`);
  });

  it('sums up many rejected upstream records in one line; --verbose lists each', async () => {
    writeMirror(mirror, 'PyPI', osvZip([...v2, { id: 'PYSEC-2030-BAD2', modified: 'later' }]));
    const r = await sync();
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'rejected: 2 problems in upstream records, which were skipped (first: PYSEC-2030-BAD: modified: "soon": expected an RFC 3339 UTC timestamp such as 2024-05-01T12:00:00Z [OSV_INVALID]); `vigil feeds sync --verbose` lists them\n',
    );
    const verbose = await runCli(['feeds', 'sync', '--osv-mirror', mirror, '--json', '--verbose'], { env });
    expect(verbose.stderr.split('\n').filter((l) => l.startsWith('rejected: PYSEC-2030-BAD'))).toHaveLength(
      2,
    );
  });

  it.each([
    [
      'a traversal entry',
      writeTestZip([{ name: '../../PYSEC-2030-1.json', data: '{}' }]),
      /invalid relative path/,
    ],
    ['an absolute path', writeTestZip([{ name: '/tmp/PYSEC-2030-1.json', data: '{}' }]), /absolute path/],
    [
      'a non-JSON entry',
      writeTestZip([
        { name: 'PYSEC-2030-1.json', data: '{}' },
        { name: 'x.exe', data: 'MZ' },
      ]),
      /"x\.exe" is not a \.json file/,
    ],
    [
      'a zip bomb',
      writeTestZip([{ name: 'PYSEC-2030-1.json', data: Buffer.alloc(20 * 1024 * 1024, 32) }]),
      /inflates more than 200×/,
    ],
    ['a truncated zip', osvZip(v2).subarray(0, 600), /not a complete zip/],
  ])(
    'refuses %s: exit 1, a clear error, nothing imported, the previous data served',
    async (_what, zip, message) => {
      const before = await query('pkg:pypi/demo@1.0');
      writeMirror(mirror, 'PyPI', zip);
      const r = await sync();
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error: osv PyPI: .*PyPI\/all\.zip/m);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/nothing was imported/);
      expect(await query('pkg:pypi/demo@1.0')).toEqual(before);
    },
  );
});
