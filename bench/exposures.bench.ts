/**
 * The exposures benchmark (run: npm run bench -- --scale 1, or npx tsx bench/exposures.bench.ts [options]).
 * A synthetic estate built from the real packages of ../shared/data/osv (bench/estate/generate-estate.ts),
 * in a fresh store: OSV/KEV/EPSS import, SBOM ingest, Kubernetes snapshots with churn (and a sample of
 * pipeline events), full and incremental evaluation, `impact` latency, `exposures` over everything.
 * It asserts nothing (correctness is tested beside the code); it prints figures and what each statement cost.
 *
 * Options: --scale F (1 = 5,000 SBOMs × 400 components, 20,000 workloads), --json, --postgres URL (a server:
 * the bench creates a database there and drops it), --impact-calls N (200), --impact-budget S (seconds, 180),
 * --sql-top N (statements listed per phase, 5), --skip-list (leave out `exposures` over everything),
 * --list-max N (700,000: above this many exposure rows, counted first in SQL, `exposures` over everything is
 * not run: it holds them all in memory), --keep (leave the embedded store's folder for inspection),
 * --skip-impact (leave out the `impact` calls).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadRiskConfig } from '../src/adapters/config/load-risk-config.js';
import { createOsvMirrorFeed, epssSources, kevSource } from '../src/adapters/feeds/index.js';
import { parseSbom } from '../src/adapters/sbom/parse-sbom.js';
import { createExposureRepository } from '../src/adapters/store/exposure-repository.js';
import { createFeedRepositories } from '../src/adapters/store/feed-repositories.js';
import { createFindingsRepository } from '../src/adapters/store/findings-repository.js';
import { openEmbeddedDatabase, openPostgresDatabase } from '../src/adapters/store/index.js';
import { createIndexSource } from '../src/adapters/store/index-source.js';
import { migrated } from '../src/adapters/store/open-database.js';
import { createSbomRepository } from '../src/adapters/store/sbom-repository.js';
import type { SqlDatabase } from '../src/adapters/store/sql-client.js';
import { writeOsvRecord } from '../src/adapters/store/test-support/write-osv-record.js';
import { createTwinRepository } from '../src/adapters/store/twin-repository.js';
import { importKubernetesSnapshot, recordDeployment } from '../src/app/evidence/index.js';
import {
  advisoryImpact,
  createLiveIndex,
  type ExposureRepository,
  evaluateFindings,
  impactOfChanges,
  listExposures,
} from '../src/app/exposures/index.js';
import { SILENT_PROGRESS, syncFeeds } from '../src/app/feeds/index.js';
import { ingestSbomBytes } from '../src/app/sbom/index.js';
import { repoRoot, sharedData } from '../test/support/shared-data.js';
import { generateEstate } from './estate/generate-estate.js';
import { ESTATE_ARCHIVES } from './estate/osv-catalog.js';
import { profileSql } from './estate/sql-profile.js';

// ---- options

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}
const numberOption = (name: string, fallback: number): number => {
  const text = option(name);
  const n = text === undefined ? fallback : Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} ${text}: expected a positive number`);
  return n;
};
const scale = numberOption('--scale', 1);
const asJson = process.argv.includes('--json');
const postgresUrl = option('--postgres');
const impactCalls = numberOption('--impact-calls', 200);
const impactBudgetMs = numberOption('--impact-budget', 180) * 1000;
const sqlTop = numberOption('--sql-top', 5);
const skipList = process.argv.includes('--skip-list');
const listMax = numberOption('--list-max', 700_000);
const keep = process.argv.includes('--keep');
const skipImpact = process.argv.includes('--skip-impact');

const log = (text: string) => {
  if (!asJson) console.log(text);
  else process.stderr.write(`${text}\n`);
};
const now = () => performance.now();
/** This process's CPU time (ms): the embedded store runs in it, so this is the work done, whatever the load. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let phaseCpu = cpuMs();
const rssMiB = () => Math.round(process.memoryUsage().rss / 1048576);
const peakRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

// ---- store

async function freshStore(): Promise<{ db: SqlDatabase; dispose(): Promise<void> }> {
  if (postgresUrl) {
    const name = `vigil_bench_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`).finally(() => admin.end());
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    const db = await migrated(await openPostgresDatabase(url.toString()));
    return {
      db,
      async dispose() {
        await db.close().catch(() => {});
        const drop = new pg.Client({ connectionString: postgresUrl });
        await drop.connect();
        await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => drop.end());
      },
    };
  }
  const home = mkdtempSync(join(tmpdir(), 'vigil-bench-estate-'));
  const db = await migrated(await openEmbeddedDatabase(home));
  return {
    db,
    async dispose() {
      await db.close().catch(() => {});
      if (keep) log(`store kept: VIGIL_HOME=${home}`);
      else rmSync(home, { recursive: true, force: true });
    },
  };
}

// ---- the run

const started = now();
const machine = {
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? '',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  freeGiB: Math.round(freemem() / 2 ** 30),
};
log(
  `exposures benchmark: scale ${scale}; node ${machine.node}, ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB`,
);

let t = now();
const estate = await generateEstate({ scale, osvFolder: sharedData('osv') });
const catalogMs = now() - t;
log(
  `estate: ${fmt(estate.artifacts.length)} SBOMs × ${estate.componentsPerSbom} components (${estate.services} services × builds), ` +
    `${fmt(estate.workloads.length)} workloads, ${estate.rounds} snapshot rounds; OSV catalog read in ${fmt(catalogMs / 1000, 1)} s`,
);

const store = await freshStore();
const { db, profile } = profileSql(store.db);
// One repository for the run, as the wiring makes one per open store (its package-id cache lives with it).
const sbomDeps = { repo: createSbomRepository(db), parse: parseSbom };
log(`store: ${db.kind} (${db.location})`);
const phases: Record<string, { ms: number; sqlMs: number; cpuMs: number }> = {};
/** Starts timing a phase: SQL statements and CPU time are counted from here. */
function beginPhase(name: string): void {
  profile.phase(name);
  phaseCpu = cpuMs();
}
function endPhase(name: string, ms: number): void {
  const cpu = cpuMs() - phaseCpu;
  phases[name] = { ms, sqlMs: profile.total(name), cpuMs: cpu };
  const top = profile.top(name, sqlTop);
  if (top.length === 0) return;
  log(
    `  ${name}: ${fmt(ms)} ms (process CPU ${fmt(cpu)} ms), of which SQL ${fmt(profile.total(name))} ms; slowest statements:`,
  );
  for (const s of top) log(`    ${fmt(s.ms).padStart(9)} ms ${fmt(s.calls).padStart(8)}×  ${s.sql}`);
}

try {
  // (a) feeds
  beginPhase('feeds');
  const feeds = { ...createFeedRepositories(db), progress: SILENT_PROGRESS };
  t = now();
  const synced = await syncFeeds(feeds, {
    osv: { feed: createOsvMirrorFeed(sharedData('osv')), ecosystems: [...ESTATE_ARCHIVES] },
    kev: kevSource(sharedData('kev'), repoRoot),
    epss: epssSources(sharedData('epss'), repoRoot),
  });
  const feedsMs = now() - t;
  if (synced.failures.length > 0)
    throw new Error('feeds import failed', { cause: synced.failures[0]?.error });
  const osvRecords = synced.osv.reduce((n, r) => n + r.counts.new, 0);
  log(
    `(a) feeds: ${fmt(osvRecords)} OSV records of ${synced.osv.length} ecosystems + KEV + EPSS in ${fmt(feedsMs / 1000, 1)} s`,
  );
  endPhase('feeds', feedsMs);

  // (b) SBOM ingest: generation is outside the timed calls
  beginPhase('ingest');
  const COLD = Math.min(50, Math.floor(estate.artifacts.length / 10));
  const perSbom: number[] = [];
  let generateMs = 0;
  let ingestCpu = 0;
  let components = 0;
  for (const a of estate.artifacts) {
    let s = now();
    const bytes = estate.sbom(a);
    generateMs += now() - s;
    s = now();
    const c = cpuMs();
    const result = await ingestSbomBytes(sbomDeps, { bytes, fileName: `estate-${a.index}.cdx.json` });
    perSbom.push(now() - s);
    ingestCpu += cpuMs() - c;
    if (result.status !== 'new') throw new Error(`SBOM ${a.index} was ${result.status}`);
    if (result.artifact.digest !== a.digest)
      throw new Error(`SBOM ${a.index}: artifact ${result.artifact.digest}`);
    components += result.components;
    if ((a.index + 1) % 500 === 0)
      log(
        `  … ${a.index + 1} SBOMs, ${fmt(perSbom.slice(-500).reduce((x, y) => x + y, 0) / 500, 1)} ms each lately, RSS ${rssMiB()} MiB`,
      );
  }
  const ingestMs = perSbom.reduce((x, y) => x + y, 0);
  const warm = perSbom.slice(COLD);
  const warmMs = warm.reduce((x, y) => x + y, 0);
  const lastN = perSbom.slice(-Math.min(500, warm.length));
  const lastMs = lastN.reduce((x, y) => x + y, 0);
  const ingest = {
    sboms: perSbom.length,
    components,
    seconds: ingestMs / 1000,
    sbomsPerSecond: perSbom.length / (ingestMs / 1000),
    componentsPerSecond: components / (ingestMs / 1000),
    coldSboms: COLD,
    coldMsEach: (ingestMs - warmMs) / Math.max(1, COLD),
    warmSbomsPerSecond: warm.length / (warmMs / 1000),
    lastSboms: lastN.length,
    lastSbomsPerSecond: lastN.length / (lastMs / 1000),
    generateSeconds: generateMs / 1000,
    cpuSeconds: ingestCpu / 1000,
  };
  log(
    `(b) ingest: ${fmt(ingest.sboms)} SBOMs, ${fmt(components)} components in ${fmt(ingest.seconds, 1)} s: ` +
      `${fmt(ingest.sbomsPerSecond, 1)} SBOMs/s, ${fmt(ingest.componentsPerSecond)} components/s ` +
      `(first ${COLD}: ${fmt(ingest.coldMsEach, 1)} ms each; warm ${fmt(ingest.warmSbomsPerSecond, 1)}/s; last ${lastN.length}: ${fmt(ingest.lastSbomsPerSecond, 1)}/s; generating took ${fmt(ingest.generateSeconds, 1)} s more)`,
  );
  endPhase('ingest', ingestMs);
  phases.ingest = { ...phases.ingest!, cpuMs: ingestCpu };
  const [pvCount] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM package_versions');

  // (c) deployments: a sample of pipeline events through the use case, then the snapshots in bulk
  beginPhase('pipeline');
  const twin = createTwinRepository(db);
  const PIPELINE_WORKLOADS = 100;
  t = now();
  let events = 0;
  for (let build = 0; build < 2; build++) {
    for (let i = 0; i < PIPELINE_WORKLOADS; i++) {
      const art = estate.artifactOf(i % estate.services, build);
      await recordDeployment(
        { store: twin, clock: () => new Date(estate.roundTime(0)) },
        {
          environment: 'staging',
          createEnvironment: true,
          workload: `pipeline/deploy-demo-${i}`,
          image: `${art.repository}@${art.digest}`,
          commit: art.digest.slice(7, 47),
          pipelineRun: `run-${build}-${i}`,
          at: new Date(Date.parse(estate.roundTime(0)) - (2 - build) * 3_600_000).toISOString(),
        },
      );
      events++;
    }
  }
  const pipelineMs = now() - t;
  log(
    `(c) pipeline: ${events} deploy events through recordDeployment: ${fmt(pipelineMs / events, 2)} ms each`,
  );
  endPhase('pipeline', pipelineMs);

  beginPhase('snapshots');
  const rounds: { round: number; ms: number; opened: number; ended: number; continued: number }[] = [];
  let snapshotsMs = 0;
  for (let round = 0; round < estate.rounds; round++) {
    const r = { round, ms: 0, opened: 0, ended: 0, continued: 0 };
    for (const env of estate.environments) {
      for (const cluster of env.clusters) {
        const documents = estate.snapshot(round, cluster);
        const s = now();
        const summary = await importKubernetesSnapshot(twin, {
          documents,
          cluster,
          environment: env.name,
          at: estate.roundTime(round),
          defaultNamespace: 'default',
        });
        r.ms += now() - s;
        r.opened += summary.deployments.opened;
        r.ended += summary.deployments.ended;
        r.continued += summary.deployments.continued;
      }
    }
    snapshotsMs += r.ms;
    rounds.push(r);
    log(
      `(c) snapshot round ${round}: ${fmt(r.ms)} ms; deployments opened ${fmt(r.opened)}, ended ${fmt(r.ended)}, continued ${fmt(r.continued)}`,
    );
  }
  endPhase('snapshots', snapshotsMs);
  const [twinCounts] = await db.query<{
    workloads: number;
    open: number;
    all: number;
    running_artifacts: number;
  }>(
    `SELECT (SELECT count(*)::int FROM workloads WHERE removed_at IS NULL) AS workloads,
       (SELECT count(*)::int FROM deployments WHERE ended_at IS NULL) AS open,
       (SELECT count(*)::int FROM deployments) AS all,
       (SELECT count(DISTINCT artifact_id)::int FROM deployments WHERE ended_at IS NULL) AS running_artifacts`,
  );

  // (d) evaluation: full, then 10 new SBOMs and an incremental one
  beginPhase('evaluate-full');
  const findingsRepo = createFindingsRepository(db);
  const clock = () => new Date();
  t = now();
  const full = await evaluateFindings(findingsRepo, { full: true, now: clock });
  const fullMs = now() - t;
  log(
    `(d) full evaluation: ${fmt(fullMs)} ms: ${fmt(full.packageVersions)} package versions → ${fmt(full.affected)} affected, ` +
      `${fmt(full.unknown)} unknown findings, ${fmt(full.unmatchable)} unmatchable versions`,
  );
  endPhase('evaluate-full', fullMs);

  beginPhase('ingest-extra');
  const extraBytes = estate.extra.map((a) => estate.sbom(a));
  t = now();
  for (const [i, bytes] of extraBytes.entries())
    await ingestSbomBytes(sbomDeps, { bytes, fileName: `extra-${i}.cdx.json` });
  const extraIngestMs = now() - t;
  beginPhase('evaluate-incremental');
  t = now();
  const incremental = await evaluateFindings(findingsRepo, { full: false, now: clock });
  const incrementalMs = now() - t;
  log(
    `(d) incremental evaluation after ${estate.extra.length} new SBOMs (ingested in ${fmt(extraIngestMs)} ms): ${fmt(incrementalMs)} ms, ` +
      `${fmt(incremental.packageVersions)} new package versions → ${fmt(incremental.affected)} affected`,
  );
  endPhase('evaluate-incremental', incrementalMs);
  const [findingCounts] = await db.query<{ affected: number; package_versions: number }>(
    `SELECT count(*)::int AS affected, count(DISTINCT package_version_id)::int AS package_versions
     FROM findings WHERE status = 'affected'`,
  );
  const [componentCounts] = await db.query<{ all: number; vulnerable: number }>(
    `SELECT count(*)::int AS all, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM findings f
       WHERE f.package_version_id = c.package_version_id AND f.status = 'affected'))::int AS vulnerable
     FROM components c JOIN sboms s ON s.id = c.sbom_id AND s.superseded_at IS NULL`,
  );

  // (f) impact of the advisory hitting the most widely deployed vulnerable package
  beginPhase('pick');
  t = now();
  // each workload has one open deployment, so summing the workloads of the artifacts holding it counts them
  const [widest] = await db.query<{ package_id: number; type: string; name: string; workloads: number }>(
    `WITH running AS (SELECT artifact_id, count(DISTINCT workload_id) AS n FROM deployments
       WHERE ended_at IS NULL GROUP BY artifact_id),
     held AS (SELECT DISTINCT r.artifact_id, r.n, v.package_id FROM running r
       JOIN sboms s ON s.artifact_id = r.artifact_id AND s.superseded_at IS NULL
       JOIN components c ON c.sbom_id = s.id JOIN package_versions v ON v.id = c.package_version_id
       WHERE EXISTS (SELECT 1 FROM findings f WHERE f.package_version_id = c.package_version_id AND f.status = 'affected'))
     SELECT h.package_id, p.type, p.name, sum(h.n)::int AS workloads FROM held h JOIN packages p ON p.id = h.package_id
     GROUP BY h.package_id, p.type, p.name ORDER BY workloads DESC, h.package_id LIMIT 1`,
  );
  if (!widest) throw new Error('no vulnerable package is deployed: the estate found nothing');
  const [advisory] = await db.query<{ advisory_id: string; workloads: number }>(
    `SELECT f.advisory_id, count(DISTINCT d.workload_id)::int AS workloads
     FROM findings f JOIN package_versions v ON v.id = f.package_version_id AND v.package_id = $1
     JOIN components c ON c.package_version_id = f.package_version_id
     JOIN sboms s ON s.id = c.sbom_id AND s.superseded_at IS NULL
     JOIN deployments d ON d.artifact_id = s.artifact_id AND d.ended_at IS NULL
     WHERE f.status = 'affected' GROUP BY f.advisory_id ORDER BY workloads DESC, f.advisory_id LIMIT 1`,
    [widest.package_id],
  );
  const pickMs = now() - t;
  const impactId = advisory!.advisory_id;
  log(
    `(f) most widely deployed vulnerable package: pkg:${widest.type}/${widest.name} in ${fmt(widest.workloads)} workloads; ` +
      `advisory ${impactId} reaches ${fmt(advisory!.workloads)} (found in ${fmt(pickMs)} ms)`,
  );

  const exposureRepo = createExposureRepository(db);
  const config = loadRiskConfig();
  const measureImpact = async (repo: ExposureRepository, phase: string) => {
    beginPhase(phase);
    t = now();
    const first = await advisoryImpact(repo, config, impactId);
    const impactFirstMs = now() - t;
    if (!first) throw new Error(`impact ${impactId}: no advisory`);
    const impactTimes: number[] = [];
    const impactStart = now();
    while (impactTimes.length < impactCalls && now() - impactStart < impactBudgetMs) {
      const s = now();
      await advisoryImpact(repo, config, impactId);
      impactTimes.push(now() - s);
    }
    const sortedImpact = [...impactTimes].sort((a, b) => a - b);
    const figures = {
      advisory: impactId,
      vulnerability: first.vulnerability,
      package: `pkg:${widest.type}/${widest.name}`,
      exposures: first.exposures.length,
      workloads: new Set(first.exposures.map((e) => `${e.environment}/${e.workload}`)).size,
      artifacts: new Set(first.exposures.map((e) => e.artifact)).size,
      firstMs: impactFirstMs,
      calls: impactTimes.length,
      p50Ms: percentile(sortedImpact, 50),
      p99Ms: percentile(sortedImpact, 99),
      maxMs: sortedImpact[sortedImpact.length - 1] ?? Number.NaN,
    };
    log(
      `(f) ${phase} ${impactId}: ${fmt(figures.exposures)} exposures in ${fmt(figures.workloads)} workloads (${fmt(figures.artifacts)} artifacts); ` +
        `${figures.calls} calls: p50 ${fmt(figures.p50Ms, 1)} ms, p99 ${fmt(figures.p99Ms, 1)} ms (first ${fmt(impactFirstMs, 1)} ms)`,
    );
    endPhase(
      phase,
      impactTimes.reduce((x, y) => x + y, 0),
    );

    return figures;
  };
  const impact = skipImpact ? null : await measureImpact(exposureRepo, 'impact');

  // (g) the same through serve's live index (docs/adr/077): loaded from the store, then the rows come from memory
  beginPhase('live-index');
  const rssBefore = rssMiB();
  t = now();
  const live = createLiveIndex(createIndexSource(db));
  await live.load();
  const liveLoadMs = now() - t;
  log(
    `(g) live index loaded in ${fmt(liveLoadMs)} ms: ${JSON.stringify(live.size())}, RSS +${fmt(rssMiB() - rssBefore)} MiB`,
  );
  endPhase('live-index', liveLoadMs);
  const liveRepo = live.repository(exposureRepo);
  const liveImpact = skipImpact ? null : await measureImpact(liveRepo, 'impact-live');

  // (h) a new advisory for that package: committed → evaluated → index settled → pushed impact computed
  const pushed: number[] = [];
  if (!skipImpact) {
    beginPhase('pushed');
    const feedRepos = createFeedRepositories(db);
    const [source] = await db.query<{ record: { affected: { package: unknown }[] } }>(
      'SELECT record FROM advisories WHERE id = $1',
      [impactId],
    );
    const findingsRepo = createFindingsRepository(db);
    for (let k = 0; k < 20; k++) {
      const id = `VIGIL-BENCH-NEW-${k}`;
      await writeOsvRecord(feedRepos, {
        id,
        modified: new Date().toISOString(),
        affected: [
          {
            package: source?.record.affected[0]?.package,
            ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }],
          },
        ],
      });
      const s = now();
      const summary = await evaluateFindings(findingsRepo, { full: false, now: () => new Date() });
      live.enqueue({ findings: { advisories: summary.changedAdvisories } });
      await live.settle();
      const events = await impactOfChanges(liveRepo, config, summary.changedAdvisories);
      pushed.push(now() - s);
      if (k === 0)
        log(
          `(h) new advisory ${id}: ${events.length} event(s), ${fmt(events[0]?.exposures.length ?? 0)} exposures`,
        );
    }
    pushed.sort((a, b) => a - b);
    log(
      `(h) new advisory → impact computed: p50 ${fmt(percentile(pushed, 50), 1)} ms, p99 ${fmt(percentile(pushed, 99), 1)} ms`,
    );
    endPhase(
      'pushed',
      pushed.reduce((x, y) => x + y, 0),
    );
  }

  // (e) exposures over everything: last, as it holds every exposure in memory at once
  let list:
    | {
        rows: number;
        countMs: number;
        exposures: number;
        ms: number;
        byDecision: Record<string, number>;
        suppressed: number;
      }
    | { rows: number; countMs: number; skipped: string }
    | { error: string }
    | undefined;
  if (!skipList) {
    beginPhase('exposures-count');
    t = now();
    // the rows exposureRows would return (one per finding × artifact × workload), without their payload
    const [counted] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM findings f
         JOIN components c ON c.package_version_id = f.package_version_id
         JOIN sboms s ON s.id = c.sbom_id AND s.superseded_at IS NULL
         JOIN deployments d ON d.artifact_id = s.artifact_id AND d.ended_at IS NULL
         JOIN workloads w ON w.id = d.workload_id AND w.removed_at IS NULL
         WHERE f.status = 'affected' GROUP BY f.package_version_id, f.advisory_id, s.artifact_id, d.workload_id) x`,
    );
    const rows = counted?.n ?? 0;
    const countMs = now() - t;
    log(`(e) exposure rows (SQL count): ${fmt(rows)} in ${fmt(countMs)} ms`);
    beginPhase('exposures');
    t = now();
    if (rows > listMax) {
      list = { rows, countMs, skipped: `over --list-max ${listMax}` };
      log(`(e) exposures over everything not run: ${fmt(rows)} rows is over --list-max ${fmt(listMax)}`);
    } else
      try {
        const all = await listExposures(exposureRepo, config);
        const ms = now() - t;
        const byDecision: Record<string, number> = {};
        for (const e of all) byDecision[e.decision] = (byDecision[e.decision] ?? 0) + 1;
        list = {
          rows,
          countMs,
          exposures: all.length,
          ms,
          byDecision,
          suppressed: all.filter((e) => e.suppressed).length,
        };
        log(
          `(e) exposures over everything: ${fmt(all.length)} in ${fmt(ms)} ms ${JSON.stringify(byDecision)}`,
        );
        endPhase('exposures', ms);
      } catch (error) {
        list = { error: error instanceof Error ? error.message : String(error) };
        log(`(e) exposures over everything FAILED after ${fmt(now() - t)} ms: ${list.error}`);
      }
  }

  const peak = peakRssMiB();
  const figures = {
    scale,
    machine,
    store: db.kind,
    estate: {
      sboms: estate.artifacts.length,
      componentsPerSbom: estate.componentsPerSbom,
      components,
      packageVersions: pvCount?.n ?? 0,
      workloads: twinCounts?.workloads ?? 0,
      deployments: twinCounts?.all ?? 0,
      openDeployments: twinCounts?.open ?? 0,
      runningArtifacts: twinCounts?.running_artifacts ?? 0,
      currentComponents: componentCounts?.all ?? 0,
      vulnerableComponents: componentCounts?.vulnerable ?? 0,
      affectedFindings: findingCounts?.affected ?? 0,
      vulnerablePackageVersions: findingCounts?.package_versions ?? 0,
    },
    feeds: { osvRecords, seconds: feedsMs / 1000 },
    ingest,
    deployments: {
      pipelineEvents: events,
      pipelineMsEach: pipelineMs / events,
      snapshotRounds: rounds,
      snapshotSeconds: snapshotsMs / 1000,
    },
    evaluation: {
      fullMs,
      full,
      incrementalMs,
      incremental,
      extraSboms: estate.extra.length,
    },
    impact,
    liveIndex: { loadMs: liveLoadMs, size: live.size(), impact: liveImpact },
    pushed: pushed.length
      ? { calls: pushed.length, p50Ms: percentile(pushed, 50), p99Ms: percentile(pushed, 99) }
      : null,
    exposures: list ?? null,
    peakRssMiB: peak,
    sql: Object.fromEntries(
      Object.entries(phases).map(([name, p]) => [name, { ...p, top: profile.top(name, sqlTop) }]),
    ),
    totalSeconds: (now() - started) / 1000,
  };

  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const rows: [string, string, string, string][] = [
    ['full evaluation', `${fmt(fullMs)} ms`, '≤ 2,000 ms', verdict(fullMs <= 2000)],
    impact
      ? [
          'impact p50 / p99',
          `${fmt(impact.p50Ms, 1)} / ${fmt(impact.p99Ms, 1)} ms (${impact.calls} calls)`,
          'p99 ≤ 10 ms',
          verdict(impact.p99Ms <= 10),
        ]
      : ['impact', 'not measured (--skip-impact)', 'p99 ≤ 10 ms', ''],
    ...(liveImpact
      ? [
          [
            'impact (live index) p50 / p99',
            `${fmt(liveImpact.p50Ms, 1)} / ${fmt(liveImpact.p99Ms, 1)} ms (${liveImpact.calls} calls)`,
            'p99 ≤ 10 ms',
            verdict(liveImpact.p99Ms <= 10),
          ] as [string, string, string, string],
        ]
      : []),
    ...(pushed.length
      ? [
          [
            'new advisory → impact p50 / p99',
            `${fmt(percentile(pushed, 50), 1)} / ${fmt(percentile(pushed, 99), 1)} ms`,
            'p99 ≤ 50 ms',
            verdict(percentile(pushed, 99) <= 50),
          ] as [string, string, string, string],
        ]
      : []),
    [
      'SBOM ingest (400 components)',
      `${fmt(ingest.sbomsPerSecond, 1)} SBOMs/s (warm ${fmt(ingest.warmSbomsPerSecond, 1)})`,
      '≥ 300 SBOMs/s',
      verdict(ingest.sbomsPerSecond >= 300),
    ],
    ['peak RSS', `${fmt(peak)} MiB`, '', ''],
  ];
  if (asJson) console.log(JSON.stringify(figures, null, 2));
  else {
    console.log('\nfigure                        | measured                          | aim           |');
    console.log('------------------------------|-----------------------------------|---------------|-------');
    for (const [a, b, c, d] of rows) console.log(`${a.padEnd(30)}| ${b.padEnd(34)}| ${c.padEnd(14)}| ${d}`);
    console.log(`\ntotal ${fmt(figures.totalSeconds, 0)} s`);
  }
} finally {
  await store.dispose();
}
