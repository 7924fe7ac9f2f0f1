import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { importKubernetesSnapshot } from '../../../app/evidence/import-kubernetes-snapshot.js';
import type { GapRow } from '../../../app/evidence/ports.js';
import { twinGaps } from '../../../app/evidence/twin-gaps.js';
import { watchKubernetes } from '../../../app/evidence/watch-kubernetes.js';
import { listExposures } from '../../../app/exposures/list-exposures.js';
import { syncFeeds } from '../../../app/feeds/sync-feeds.js';
import { discoverMissingSboms, explainEmptyRanking, sbomCoverage } from '../../../app/scan/index.js';
import { addVex } from '../../../app/vex/add-vex.js';
import { type InputIssue, isInputError } from '../../../core/input/index.js';
import { loadRiskConfig } from '../../config/load-risk-config.js';
import { findEvidence } from '../../evidence/find-evidence.js';
import { createKubernetesWatchSource } from '../../kubernetes/kubernetes-watch-source.js';
import { loadKubeConfig } from '../../kubernetes/load-kube-config.js';
import { readKubernetesFiles } from '../../kubernetes/read-kubernetes-files.js';
import { ingestSbomBytes } from '../../sbom-ingest/ingest-sbom-bytes.js';
import { createExposureRepository } from '../../store/exposure-repository.js';
import { createFeedRepositories } from '../../store/feed-repositories.js';
import { createSbomRepository } from '../../store/sbom-repository.js';
import type { SqlDatabase } from '../../store/sql-client.js';
import { createTwinRepository } from '../../store/twin-repository.js';
import { createVexRepository } from '../../store/vex-repository.js';
import { readVexFile } from '../../vex/read-vex-file.js';
import { type CliIo, EXIT, ExitSignal, type RegisterCommands } from '../cli-context.js';
import { createStepLine } from '../step-line.js';
import { createSyncProgressBar } from '../sync-progress-bar.js';
import { withDatabase } from '../with-database.js';
import {
  addExposureOptions,
  checkExposureOptions,
  type ExposureOptions,
  printExposures,
  refreshFindings,
} from './exposures.js';
import { printSyncSummary, syncRequest } from './feeds.js';
import { registryAccessFor } from './registry.js';

interface ScanOptions extends ExposureOptions {
  env?: string;
  cluster?: string;
  kubeconfig?: string;
  context?: string;
  kube: boolean;
  sync: boolean;
  registry: boolean;
  osvMirror?: string;
  kev?: string;
  epss?: string[];
}

/** How long the live cluster may take to list its objects before the scan goes on without it. */
const KUBE_LIST_TIMEOUT_MS = 60_000;

export const registerScanCommands: RegisterCommands = (program: Command, io: CliIo) => {
  const scan = program
    .command('scan')
    .description(
      'the main job: ingest the evidence given (SBOMs, Kubernetes snapshots or manifests, VEX; a live cluster when a kubeconfig is present), sync the feeds (VIGIL_OSV_MIRROR, else the live OSV), and print the ranked exposures',
    )
    .argument('[paths...]', 'files or folders of evidence; their content tells what they are')
    .option(
      '--env <name>',
      'environment of the Kubernetes evidence (created when missing, tier from its name)',
    )
    .option('--cluster <name>', 'cluster of the Kubernetes evidence (default: the --env name)')
    .option('--kubeconfig <file>', 'also snapshot the live cluster of this kubeconfig')
    .option('--context <name>', 'kubeconfig context')
    .option('--no-kube', 'do not read a live cluster even when a kubeconfig is present')
    .option('--no-sync', 'use the feeds already stored; do not sync')
    .option(
      '--no-registry',
      'do not ask registries for the SBOMs of running images that have none (asked after a live cluster is read)',
    )
    .option(
      '--osv-mirror <dir>',
      'OSV mirror folder holding <Ecosystem>/all.zip (default: VIGIL_OSV_MIRROR, else the live OSV)',
    )
    .option(
      '--kev <location>',
      'KEV catalog: file, mirror folder or URL (default: VIGIL_KEV, else the live catalog)',
    )
    .option(
      '--epss <locations...>',
      'EPSS CSV files, mirror folders or URLs (default: VIGIL_EPSS, else the live file)',
    );
  addExposureOptions(scan).action(async (paths: string[], opts: ScanOptions) => {
    checkExposureOptions(opts);
    const config = loadRiskConfig(io.env);
    const found = await findEvidence(paths.map((p) => resolve(io.cwd, p)));
    const issues: InputIssue[] = [];
    const { exposures, notDeployed, hints, coverage } = await withDatabase(io, async (db) => {
      await ingestEvidence(db, io, found.files, opts, issues);
      const live = opts.kube ? await snapshotLiveCluster(db, io, opts, issues) : false;
      if (live && opts.registry) await findRunningSboms(db, io);
      if (opts.sync) await syncFeedsForScan(db, io, opts);
      await refreshFindings(db, io);
      const repo = createExposureRepository(db);
      const exposures = await listExposures(repo, config);
      const gaps = await twinGaps(createTwinRepository(db));
      return {
        exposures,
        notDeployed: await repo.unplacedFindings(),
        hints: exposures.length > 0 ? [] : await explainEmptyScan(db, gaps),
        coverage: sbomCoverage(gaps),
      };
    });
    for (const s of found.skipped) io.stderr.write(`skipped ${s.path}: ${s.why}\n`);
    for (const i of issues) io.stderr.write(`error: ${i.path}: ${i.message} [${i.code}]\n`);
    // SBOMs alone place nothing: say what deployment evidence would show.
    if (notDeployed.packageVersions > 0)
      io.stderr.write(
        `note: ${notDeployed.packageVersions} vulnerable package versions sit in ${notDeployed.artifacts} artifacts not seen running or declared anywhere; ` +
          'add Kubernetes manifests or snapshots, `vigil deploy record` events, or a kubeconfig to place them\n',
      );
    printExposures(io, exposures, opts);
    if (coverage.running > 0)
      io.stderr.write(
        `coverage: ${coverage.withSbom} of ${coverage.running} running images have an SBOM${coverage.withSbom < coverage.running ? '; the rest: `vigil twin gaps`' : ''}\n`,
      );
    for (const h of hints) io.stderr.write(`hint: ${h}\n`);
    if (issues.length > 0) throw new ExitSignal(EXIT.badInput);
  });
};

/** How many registry lookups run at a time while looking for the SBOMs of running images. */
const REGISTRY_CONCURRENCY = 4;

/** For each running digest without an SBOM, the SBOMs attached to it in its registry. */
async function findRunningSboms(db: SqlDatabase, io: CliIo): Promise<void> {
  const gaps = await twinGaps(createTwinRepository(db));
  const missing = gaps.filter((g) => g.kind === 'no-sbom').length;
  if (missing === 0) return;
  const access = registryAccessFor(io, {});
  const line = createStepLine(io);
  const lookups = await discoverMissingSboms(
    { registry: access.sboms, sboms: { ingest: (input) => ingestSbomBytes(db, input) } },
    gaps,
    {
      concurrency: REGISTRY_CONCURRENCY,
      onDone: (done, total) => line.show(`registry: ${done}/${total} images asked for SBOMs`),
    },
  ).finally(() => line.clear());
  const found = lookups.filter((l) => l.found > 0);
  io.stderr.write(
    `registry: SBOMs found for ${found.length} of ${lookups.length} running images that had none\n`,
  );
  for (const l of lookups.filter((l) => l.problem)) io.stderr.write(`registry: ${l.image}: ${l.problem}\n`);
}

/** What the store holds, for the one-line reasons of an empty ranking. */
async function explainEmptyScan(db: SqlDatabase, gaps: readonly GapRow[]): Promise<string[]> {
  const [counts, sboms, rows] = await Promise.all([
    createFeedRepositories(db).advisories.countsByEcosystem(),
    createSbomRepository(db).listSboms({ includeHistory: false }),
    createTwinRepository(db).showTwin({ at: new Date().toISOString() }),
  ]);
  return explainEmptyRanking({
    exposures: 0,
    advisories: counts.reduce((n, c) => n + c.advisories, 0),
    sboms: sboms.length,
    workloads: new Set(rows.map((r) => `${r.environment}/${r.namespace}/${r.workload}`)).size,
    gaps,
  });
}

/** One transaction per SBOM and VEX document, one snapshot for all Kubernetes files; bad files are reported. */
async function ingestEvidence(
  db: SqlDatabase,
  io: CliIo,
  files: Awaited<ReturnType<typeof findEvidence>>['files'],
  opts: ScanOptions,
  issues: InputIssue[],
): Promise<void> {
  const collect = async (work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      if (!isInputError(error)) throw error;
      issues.push(...error.issues);
    }
  };
  const count = { sbom: 0, kubernetes: 0, vex: 0 };
  for (const f of files.filter((f) => f.kind === 'sbom')) {
    await collect(async () => {
      await ingestSbomBytes(db, { bytes: await readFile(f.path), fileName: f.path });
      count.sbom++;
    });
  }
  const kube = files.filter((f) => f.kind === 'kubernetes').map((f) => f.path);
  if (kube.length > 0) {
    await collect(async () => {
      const documents = await readKubernetesFiles(kube);
      const s = await importKubernetesSnapshot(createTwinRepository(db), {
        documents,
        cluster: opts.cluster ?? opts.env ?? 'default',
        ...(opts.env ? { environment: opts.env } : {}),
        at: new Date().toISOString(),
        defaultNamespace: 'default',
      });
      count.kubernetes = kube.length;
      io.stderr.write(
        `kubernetes: ${s.workloads} workloads in ${s.environment}/${s.cluster} (${s.observed} observed, ${s.declared} declared artifacts)\n`,
      );
    });
  }
  for (const f of files.filter((f) => f.kind === 'vex')) {
    await collect(async () => {
      await addVex(createVexRepository(db), await readVexFile(f.path));
      count.vex++;
    });
  }
  io.stderr.write(
    `evidence: ${count.sbom} SBOMs, ${count.kubernetes} Kubernetes files, ${count.vex} VEX documents\n`,
  );
}

/** With a kubeconfig (given, $KUBECONFIG or ~/.kube/config): one snapshot of the live cluster; true when read. */
async function snapshotLiveCluster(
  db: SqlDatabase,
  io: CliIo,
  opts: ScanOptions,
  issues: InputIssue[],
): Promise<boolean> {
  const present =
    opts.kubeconfig ??
    io.env.KUBECONFIG ??
    (existsSync(join(homedir(), '.kube', 'config')) ? join(homedir(), '.kube', 'config') : undefined);
  if (!present) return false;
  try {
    const connection = loadKubeConfig({
      ...(opts.kubeconfig ? { kubeconfig: opts.kubeconfig } : {}),
      ...(opts.context ? { context: opts.context } : {}),
    });
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(), KUBE_LIST_TIMEOUT_MS);
    let applied = false;
    try {
      await watchKubernetes(
        {
          store: createTwinRepository(db),
          source: createKubernetesWatchSource(connection.config, connection.clusterName),
          clock: () => new Date(),
        },
        {
          ...(opts.cluster ? { cluster: opts.cluster } : {}),
          ...(opts.env ? { environment: opts.env } : {}),
          defaultNamespace: 'default',
          signal: stop.signal,
          onApplied: (s) => {
            applied = true;
            io.stderr.write(`live cluster ${s.cluster}: ${s.workloads} workloads (${s.observed} observed)\n`);
            stop.abort();
          },
          onProblem: (message) => io.stderr.write(`live cluster: ${message}\n`),
        },
      );
    } finally {
      clearTimeout(timer);
    }
    if (!applied)
      io.stderr.write(
        `live cluster: no answer within ${KUBE_LIST_TIMEOUT_MS / 1000} s; going on without it\n`,
      );
    return applied;
  } catch (error) {
    if (!isInputError(error)) throw error;
    issues.push(...error.issues);
    return false;
  }
}

/** Feeds: OSV from VIGIL_OSV_MIRROR (else the live OSV, for the ecosystems in the twin), KEV and EPSS. */
async function syncFeedsForScan(db: SqlDatabase, io: CliIo, opts: ScanOptions): Promise<void> {
  const request = syncRequest(io, {
    ...(opts.osvMirror ? { osvMirror: opts.osvMirror } : {}),
    ...(opts.kev ? { kev: opts.kev } : {}),
    ...(opts.epss ? { epss: opts.epss } : {}),
  });
  const full = syncRequest(io, {});
  const result = await syncFeeds(
    { ...createFeedRepositories(db), progress: createSyncProgressBar(io) },
    { ...full, ...request },
  );
  printSyncSummary({ ...io, stdout: io.stderr }, result, { json: false, verbose: false });
  // A feed that cannot be reached (air-gapped, offline) leaves the stored data in use: say so, go on.
  if (result.failures.length > 0)
    io.stderr.write(
      `warning: ${result.failures.length} feeds could not be synced; the exposures use the feed data already stored\n`,
    );
}
