/**
 * `vigil serve` over HTTP: GET impact latency (warm, sequential) and new advisory → pushed impact event latency
 * (run: npx tsx bench/serve.bench.ts [--postgres]). A small estate from the shared data: the Alpine SBOM deployed
 * to 40 workloads in 4 environments, the Alpine OSV archive. Prints figures; it asserts nothing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { osvZip } from '../src/adapters/feeds/test-support/zip-writer.js';
import { ALPINE_DIGEST, ALPINE_SBOM } from '../src/adapters/http/test-support/alpine-deployment.js';
import { readEvents } from '../src/adapters/http/test-support/sse.js';
import { startServe } from '../src/adapters/serve/start-serve.js';
import { createPostgresTestDatabase } from '../src/adapters/store/test-support/databases.js';
import { readVigilConfig } from '../src/adapters/wiring/index.js';
import { sharedData } from '../test/support/shared-data.js';

const postgres = process.argv.includes('--postgres');
const home = mkdtempSync(join(tmpdir(), 'vigil-bench-serve-'));
const pgDb = postgres ? await createPostgresTestDatabase() : undefined;
if (pgDb) await pgDb.db.close();
const env = pgDb ? pgDb.env : { VIGIL_HOME: home };
const serve = await startServe(readVigilConfig(env, process.cwd()), {
  listen: '127.0.0.1:0',
  feedsEveryMs: 0,
  dailyEveryMs: 86_400_000,
  version: 'bench',
});
const post = (path: string, body: string | Uint8Array, type = 'application/json') =>
  fetch(`${serve.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body });

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const report = (label: string, ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} n=${String(s.length).padStart(4)}  p50 ${percentile(s, 50).toFixed(1).padStart(7)} ms  p99 ${percentile(s, 99).toFixed(1).padStart(7)} ms  max ${(s.at(-1) ?? 0).toFixed(1).padStart(7)} ms`,
  );
};

try {
  console.log(`node ${process.version}; store: ${postgres ? 'PostgreSQL' : 'embedded'}; ${serve.url}`);
  await post('/api/v1/sboms?name=alpine.json', readFileSync(ALPINE_SBOM), 'application/vnd.cyclonedx+json');
  for (let e = 0; e < 4; e++)
    for (let w = 0; w < 10; w++)
      await post(
        '/api/v1/deployments',
        JSON.stringify({
          environment: `prod-${e}`,
          createEnvironment: true,
          workload: `shop/svc-${w}`,
          image: `docker.io/library/alpine@${ALPINE_DIGEST}`,
        }),
      );
  const mirror = mkdtempSync(join(tmpdir(), 'vigil-bench-mirror-'));
  mkdirSync(join(mirror, 'Alpine'));
  symlinkSync(sharedData('osv', 'Alpine', 'all.zip'), join(mirror, 'Alpine', 'all.zip'));
  let started = performance.now();
  await post('/api/v1/feeds/sync', JSON.stringify({ osvMirror: mirror }));
  console.log(`Alpine archive synced and evaluated in ${(performance.now() - started).toFixed(0)} ms`);

  const impact = async () => {
    const t = performance.now();
    const r = await fetch(`${serve.url}/api/v1/impact/CVE-2023-0286`);
    const body = (await r.json()) as { exposures: unknown[] };
    return { ms: performance.now() - t, exposures: body.exposures.length };
  };
  for (let i = 0; i < 10; i++) await impact(); // warm
  const times: number[] = [];
  let exposures = 0;
  for (let i = 0; i < 200; i++) {
    const r = await impact();
    times.push(r.ms);
    exposures = r.exposures;
  }
  report(`GET impact CVE-2023-0286 (${exposures} exposures)`, times);

  // A new advisory → its impact event: each round publishes one new record through a mirror of its own.
  const events: number[] = [];
  for (let round = 0; round < 20; round++) {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-delta-'));
    mkdirSync(join(dir, 'Alpine'));
    const id = `ALPINE-VIGIL-BENCH-${round}`;
    writeFileSync(
      join(dir, 'Alpine', 'all.zip'),
      osvZip([
        {
          id,
          modified: new Date().toISOString(),
          affected: [
            {
              package: { ecosystem: 'Alpine:v3.16', name: 'openssl' },
              ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '9.9.9-r0' }] }],
            },
          ],
        },
      ]),
    );
    const stream = await fetch(`${serve.url}/api/v1/events`, { headers: { accept: 'text/event-stream' } });
    const event = readEvents(stream, (e) => e.event === 'impact' && e.data.advisories.includes(id));
    started = performance.now();
    await post('/api/v1/feeds/sync', JSON.stringify({ osvMirror: dir }));
    await event;
    events.push(performance.now() - started);
    rmSync(dir, { recursive: true, force: true });
  }
  report('new advisory: sync request → impact event', events);
  rmSync(mirror, { recursive: true, force: true });
} finally {
  await serve.close();
  await pgDb?.dispose();
  rmSync(home, { recursive: true, force: true });
}
