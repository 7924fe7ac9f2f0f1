import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedData } from '../../../../test/support/shared-data.js';
import { STORES, type TestDatabase } from '../../store/test-support/databases.js';
import { runCli } from '../test-support/run-cli.js';
import { mirrorOf, rawRecords } from './test-support/osv-fixtures.js';

interface SummaryRow {
  feed: string;
  scope: string;
  mode: string;
  new: number;
  modified?: number;
  unchanged?: number;
  withdrawn?: number;
  rejected?: number;
}

const counts = JSON.parse(readFileSync(sharedData('osv', 'counts.json'), 'utf8')) as Record<
  string,
  { records: number; withdrawn: number }
>;

describe.each(STORES)(
  'vigil feeds sync / status, advisory show / query on shared data: $kind',
  ({ kind, create }) => {
    let t: TestDatabase;
    let env: Record<string, string>;
    const mirror = mirrorOf('PyPI', 'crates.io');
    const sync = [
      'feeds',
      'sync',
      '--osv-mirror',
      mirror,
      '--kev',
      sharedData('kev'),
      '--epss',
      sharedData('epss'),
      '--json',
    ];

    beforeAll(async () => {
      t = await create();
      env = t.env;
      if (kind === 'embedded') await t.db.close();
    });
    afterAll(() => t?.dispose());

    it('imports OSV from a mirror, KEV and two EPSS days', async () => {
      const r = await runCli(sync, { env });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const rows = JSON.parse(r.stdout) as SummaryRow[];
      expect(rows.map((x) => [x.feed, x.scope, x.mode])).toEqual([
        ['osv', 'PyPI', 'full'],
        ['osv', 'crates.io', 'full'],
        ['kev', '2025.08.25', 'applied'],
        ['epss', '2026-08-09', 'imported'],
        ['epss', '2026-08-16', 'imported'],
      ]);
      for (const eco of ['PyPI', 'crates.io']) {
        const row = rows.find((x) => x.scope === eco);
        expect(row).toMatchObject({
          new: counts[eco]?.records,
          withdrawn: counts[eco]?.withdrawn,
          modified: 0,
          rejected: 0,
        });
      }
      expect(rows[2]?.new).toBe(1404);
      expect(rows[3]?.new).toBe(356_353);
      expect(rows[4]?.new).toBe(360_142);
    });

    it('re-syncing writes nothing: every record is unchanged, the EPSS days are kept', async () => {
      const rows = JSON.parse((await runCli(sync, { env })).stdout) as SummaryRow[];
      for (const eco of ['PyPI', 'crates.io'])
        expect(rows.find((x) => x.scope === eco)).toMatchObject({
          new: 0,
          modified: 0,
          unchanged: counts[eco]?.records,
        });
      expect(rows.find((x) => x.feed === 'kev')).toMatchObject({ new: 0, modified: 0, unchanged: 1404 });
      expect(rows.filter((x) => x.feed === 'epss')).toEqual([]);
    });

    it('reports what each feed holds', async () => {
      const r = await runCli(['feeds', 'status', '--json'], { env });
      expect(r.code).toBe(0);
      const rows = JSON.parse(r.stdout) as { feed: string; scope: string; status: string; records: number }[];
      expect(rows.map((x) => [x.feed, x.scope, x.status])).toEqual([
        ['epss', '2026-08-16', 'done'],
        ['kev', '2025.08.25', 'done'],
        ['osv', 'PyPI', 'done'],
        ['osv', 'crates.io', 'done'],
      ]);
      expect(rows.find((x) => x.scope === 'crates.io')?.records).toBe(counts['crates.io']?.records);
    });

    it('lists exactly the advisories OSV says affect pkg:pypi/jinja2@3.1.2, with range and fix', async () => {
      // independent expectation: PyPI records naming jinja2 whose explicit versions list holds 3.1.2
      const expected = (await rawRecords('PyPI'))
        .filter((rec) => !rec.withdrawn)
        .filter((rec) =>
          (rec.affected as { package?: { ecosystem: string; name: string }; versions?: string[] }[]).some(
            (a) =>
              a.package?.ecosystem === 'PyPI' &&
              a.package.name.toLowerCase() === 'jinja2' &&
              a.versions?.includes('3.1.2'),
          ),
        )
        .map((rec) => rec.id as string)
        .sort();
      expect(expected.length).toBeGreaterThan(2);
      const r = await runCli(['advisory', 'query', 'pkg:pypi/jinja2@3.1.2', '--json'], { env });
      expect(r.code).toBe(0);
      const found = JSON.parse(r.stdout) as {
        ids: string[];
        advisories: { id: string; range: string; fixed: string[] }[];
      }[];
      expect(found.flatMap((v) => v.advisories.map((a) => a.id)).sort()).toEqual(expected);
      for (const v of found)
        for (const a of v.advisories) {
          expect(a.range).toMatch(/^ECOSYSTEM \[introduced 0, fixed 3\.1\.\d\]$/);
          expect(a.fixed).toHaveLength(1);
          expect(v.ids).toContain(a.id);
        }
      const text = await runCli(['advisory', 'query', 'pkg:pypi/Jinja2@3.1.2'], { env });
      expect(text.stdout).toContain(`${expected.length} vulnerabilities`);
    });

    it('shows a vulnerability by any of its ids, with EPSS from the newest day', async () => {
      const raw = gunzipSync(readFileSync(sharedData('epss', 'epss_scores-2026-08-16.csv.gz'))).toString();
      const epss = /^CVE-2024-22195,([\d.]+),/m.exec(raw)?.[1];
      for (const id of ['CVE-2024-22195', 'ghsa-h5c8-rqwp-cp95']) {
        const r = await runCli(['advisory', 'show', id, '--json'], { env });
        expect(r.code).toBe(0);
        const view = JSON.parse(r.stdout) as {
          vulnerabilityId: string;
          ids: string[];
          epss: { epss: number; scoreDate: string }[];
        };
        expect(view.vulnerabilityId).toBe('CVE-2024-22195');
        expect(view.ids).toEqual(['CVE-2024-22195', 'GHSA-h5c8-rqwp-cp95']);
        expect(view.epss[0]?.scoreDate).toBe('2026-08-16');
        expect(view.epss[0]?.epss).toBeCloseTo(Number(epss), 6);
      }
      const text = await runCli(['advisory', 'show', 'CVE-2024-22195'], { env });
      expect(text.stdout).toMatch(/KEV: not listed/);
      expect(text.stdout).toMatch(/ECOSYSTEM \[introduced 0, fixed 3\.1\.3\]/);
    });

    it('answers bad input with exit code 2', async () => {
      const unknown = await runCli(['advisory', 'show', 'CVE-1999-99999'], { env });
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/ID: "CVE-1999-99999" is neither an advisory id nor an alias/);
      const noVersion = await runCli(['advisory', 'query', 'pkg:pypi/jinja2'], { env });
      expect(noVersion.code).toBe(2);
      expect(noVersion.stderr).toMatch(/PURL: .*has no version/);
      const badEco = await runCli(['feeds', 'sync', '--osv-mirror', mirror, '--ecosystem', 'Nope'], { env });
      expect(badEco.code).toBe(2);
      expect(badEco.stderr).toMatch(/--ecosystem: "Nope" not in .*; expected one of PyPI, crates\.io/);
    });
  },
);
