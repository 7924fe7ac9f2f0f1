import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedData } from '../../../../test/support/shared-data.js';
import {
  type Handler,
  serveBytes,
  serveTruncated,
  startTestServer,
} from '../../feeds/test-support/test-server.js';
import { osvRecord, osvZip } from '../../feeds/test-support/zip-writer.js';
import { STORES, type TestDatabase } from '../../store/test-support/databases.js';
import { runCli } from '../test-support/run-cli.js';

const records = ['PYSEC-2030-1', 'PYSEC-2030-2', 'PYSEC-2030-3'].map((id) => osvRecord(id));
const changed = { ...records[1], modified: '2024-07-01T00:00:00Z', summary: 'changed upstream' };
const epss = gzipSync(
  '#model_version:v2025.03.14,score_date:2025-09-01T00:00:00+0000\ncve,epss,percentile\nCVE-2030-0001,0.5,0.9\n',
);

interface Row {
  feed: string;
  mode: string;
  new: number;
  modified: number;
  unchanged: number;
}

describe.each(STORES)('feeds sync over HTTP: $kind', ({ kind, create }) => {
  let t: TestDatabase;
  let env: Record<string, string>;
  const routes: Record<string, Handler> = {};
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const sync = (...args: string[]) =>
    runCli(['feeds', 'sync', '--osv-url', `${server.url}/osv`, '--ecosystem', 'PyPI', '--json', ...args], {
      env,
    });

  beforeAll(async () => {
    t = await create();
    env = t.env;
    if (kind === 'embedded') await t.db.close();
    server = await startTestServer(routes);
  });
  afterAll(async () => {
    await server?.close();
    await t?.dispose();
  });

  it('downloads the archive, the KEV catalog and an EPSS day', async () => {
    routes['/osv/PyPI/all.zip'] = serveBytes(osvZip(records));
    routes['/kev.json'] = serveBytes(readFileSync(sharedData('kev', 'known_exploited_vulnerabilities.json')));
    routes['/epss.csv.gz'] = serveBytes(epss);
    const r = await sync('--kev', `${server.url}/kev.json`, '--epss', `${server.url}/epss.csv.gz`);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as Row[]).map((x) => [x.feed, x.mode, x.new])).toEqual([
      ['osv', 'full', 3],
      ['kev', 'applied', 1404],
      ['epss', 'imported', 1],
    ]);
  });

  it('syncs incrementally from modified_id.csv: only the records changed since the last sync are fetched', async () => {
    const fetched: string[] = [];
    routes['/osv/PyPI/all.zip'] = () => {
      throw new Error('the archive must not be read');
    };
    routes['/osv/PyPI/modified_id.csv'] = serveBytes(
      `2024-07-01T00:00:00Z,PYSEC-2030-2\n2023-01-01T00:00:00Z,PYSEC-2030-1\n`,
    );
    routes['/osv/PyPI/PYSEC-2030-2.json'] = (req, res) => {
      fetched.push(req.url ?? '');
      serveBytes(JSON.stringify(changed))(req, res);
    };
    const r = await sync();
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject([{ feed: 'osv', mode: 'incremental', new: 0, modified: 1 }]);
    expect(fetched).toEqual(['/osv/PyPI/PYSEC-2030-2.json']);
    expect((await runCli(['advisory', 'show', 'PYSEC-2030-2'], { env })).stdout).toContain(
      'changed upstream',
    );
  });

  it.each([
    [
      'a truncated archive download',
      () => {
        delete routes['/osv/PyPI/modified_id.csv'];
        const zip = osvZip([...records, osvRecord('PYSEC-2030-4')]);
        routes['/osv/PyPI/all.zip'] = serveTruncated(zip, zip.length - 100);
      },
      /error: osv PyPI: the download of http:\/\/127\.0\.0\.1:\d+\/osv\/PyPI\/all\.zip (broke off|is truncated)/,
    ],
    [
      'a failing record fetch',
      () => {
        routes['/osv/PyPI/modified_id.csv'] = serveBytes('2024-08-01T00:00:00Z,PYSEC-2030-4\n');
        routes['/osv/PyPI/PYSEC-2030-4.json'] = (_req, res) => res.writeHead(500).end();
      },
      /PYSEC-2030-4\.json answered 500/,
    ],
  ])('fails on %s with exit 1, importing nothing', async (_what, arrange, message) => {
    arrange();
    const r = await sync();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    const show = await runCli(['advisory', 'show', 'PYSEC-2030-4'], { env });
    expect(show.code).toBe(2);
    expect((await runCli(['advisory', 'show', 'PYSEC-2030-1'], { env })).code).toBe(0);
  });

  it('fails on a truncated EPSS download, keeping the stored days', async () => {
    routes['/epss2.csv.gz'] = serveBytes(epss.subarray(0, epss.length - 8));
    const r = await runCli(['feeds', 'sync', '--epss', `${server.url}/epss2.csv.gz`], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /error: epss .*epss2\.csv\.gz: .*is not a complete gzip file; nothing was imported/,
    );
    const status = JSON.parse((await runCli(['feeds', 'status', '--json'], { env })).stdout) as {
      feed: string;
      scope: string;
    }[];
    expect(status.find((s) => s.feed === 'epss')?.scope).toBe('2025-09-01');
  });

  it('asks for ecosystems when syncing from the network with an empty twin', async () => {
    const r = await runCli(['feeds', 'sync', '--osv-url', `${server.url}/osv`], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--ecosystem: the twin holds no packages .* \[ECOSYSTEM_NONE\]/);
  });
});
