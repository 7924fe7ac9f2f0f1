/**
 * The full feeds import into a fresh store: every OSV ecosystem of ../shared/data/osv, the KEV catalog and
 * both EPSS days (run: npx tsx bench/feeds-import.bench.ts [--postgres]). Prints the time of each feed,
 * the total and the peak RSS; it asserts nothing (correctness is tested beside the code).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOsvMirrorFeed, epssSources, kevSource } from '../src/adapters/feeds/index.js';
import { openEmbeddedDatabase } from '../src/adapters/store/embedded-database.js';
import { createFeedRepositories } from '../src/adapters/store/feed-repositories.js';
import { migrate } from '../src/adapters/store/migrate.js';
import type { SqlDatabase } from '../src/adapters/store/sql-client.js';
import { createPostgresTestDatabase } from '../src/adapters/store/test-support/databases.js';
import { SILENT_PROGRESS, type SyncFeedsRequest, syncFeeds } from '../src/app/feeds/index.js';
import { sharedData } from '../test/support/shared-data.js';

async function freshStore(): Promise<{ db: SqlDatabase; dispose(): Promise<void> }> {
  if (process.argv.includes('--postgres')) {
    const t = await createPostgresTestDatabase();
    return { db: t.db, dispose: () => t.dispose() };
  }
  const home = mkdtempSync(join(tmpdir(), 'vigil-bench-'));
  const db = await openEmbeddedDatabase(home);
  await migrate(db);
  return {
    db,
    async dispose() {
      await db.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

const { db, dispose } = await freshStore();
const deps = { ...createFeedRepositories(db), progress: SILENT_PROGRESS };
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Wall time, and this process's CPU time (all of the embedded store's work; the client's only with PostgreSQL). */
async function timed(label: string, request: SyncFeedsRequest) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await syncFeeds(deps, request);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  console.log(`${label.padEnd(5)} wall ${seconds(ms)}, CPU ${seconds((used.user + used.system) / 1000)}`);
  if (result.failures.length > 0) throw new Error(`${label} failed`, { cause: result.failures[0]?.error });
  return { result, ms, cpuMs: (used.user + used.system) / 1000 };
}

console.log(`store: ${db.kind}; node ${process.version}; load average before: ${loadavg()[0]?.toFixed(1)}`);
const osv = await timed('OSV', { osv: { feed: createOsvMirrorFeed(sharedData('osv')) } });
const records = osv.result.osv.reduce(
  (n, r) => n + r.counts.new + r.counts.modified + r.counts.unchanged + r.counts.rejected,
  0,
);
const rejected = osv.result.osv.reduce((n, r) => n + r.counts.rejected, 0);
console.log(
  `      ${osv.result.osv.length} ecosystems, ${records} records (${rejected} rejected), ` +
    `${Math.round(records / (osv.ms / 1000))} records/s`,
);
const kev = await timed('KEV', { kev: kevSource(sharedData('kev'), process.cwd()) });
console.log(`      ${kev.result.kev?.counts.new} entries`);
const epss = await timed('EPSS', { epss: epssSources(sharedData('epss'), process.cwd()) });
console.log(
  `      ${epss.result.epss.length} days, ${epss.result.epss.reduce((n, e) => n + e.rows, 0)} scores`,
);
console.log(
  `total wall ${seconds(osv.ms + kev.ms + epss.ms)}, CPU ${seconds(osv.cpuMs + kev.cpuMs + epss.cpuMs)}; ` +
    `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB; load average after: ${loadavg()[0]?.toFixed(1)}`,
);
await dispose();
