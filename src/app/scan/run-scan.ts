import { type InputIssue, isInputError } from '../../core/input/index.js';
import type { KubernetesDocument } from '../../core/twin/index.js';
import type {
  GapRow,
  ImportKubernetesInput,
  KubernetesWatchSource,
  RegistrySbomSource,
  SnapshotSummary,
  WatchKubernetesInput,
} from '../evidence/index.js';
import type { EvaluationStep, EvaluationSummary, Exposure } from '../exposures/index.js';
import type { SyncFeedsResult } from '../feeds/index.js';
import type { IngestSbomBytesInput, IngestSbomResult } from '../sbom/index.js';
import type { AddVexResult, VexInput } from '../vex/index.js';
import { discoverMissingSboms, type MissingSbomLookup, sbomCoverage } from './discover-missing-sboms.js';
import { explainEmptyRanking } from './explain-empty-ranking.js';

/** A file of evidence and what its content says it is. */
export interface ScanEvidenceFile {
  readonly path: string;
  readonly kind: 'sbom' | 'kubernetes' | 'vex';
}

export interface ScanRequest {
  readonly files: readonly ScanEvidenceFile[];
  /** Environment of the Kubernetes evidence (created when missing). */
  readonly environment?: string;
  /** Cluster of the Kubernetes evidence; absent: the environment's name, else `default`. */
  readonly cluster?: string;
  /** Read the live cluster, when one is configured. */
  readonly liveCluster: boolean;
  /** Ask registries for the SBOMs of running images that have none (after a live cluster was read). */
  readonly registry: boolean;
  /** Sync the feeds before evaluating. */
  readonly sync: boolean;
}

/** What a scan reaches: the other use cases, bound to their ports by the wiring. */
export interface ScanDeps {
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly ingestSbom: (input: IngestSbomBytesInput) => Promise<IngestSbomResult>;
  readonly readKubernetes: (paths: readonly string[]) => Promise<KubernetesDocument[]>;
  readonly importSnapshot: (input: ImportKubernetesInput) => Promise<SnapshotSummary>;
  readonly readVex: (path: string) => Promise<VexInput[]>;
  readonly addVex: (inputs: readonly VexInput[]) => Promise<AddVexResult[]>;
  /** The configured live cluster, if any. @throws InputError for a bad kubeconfig or context. */
  readonly liveCluster: () => Promise<KubernetesWatchSource | undefined>;
  readonly watchKubernetes: (source: KubernetesWatchSource, input: WatchKubernetesInput) => Promise<void>;
  readonly registry: () => RegistrySbomSource;
  readonly twinGaps: () => Promise<GapRow[]>;
  readonly syncFeeds: () => Promise<SyncFeedsResult>;
  readonly evaluate: (
    progress: (step: EvaluationStep, done?: number, total?: number) => void,
  ) => Promise<EvaluationSummary>;
  readonly listExposures: () => Promise<Exposure[]>;
  readonly unplacedFindings: () => Promise<{ artifacts: number; packageVersions: number }>;
  /** What the store holds, for the reasons of an empty ranking. */
  readonly holdings: () => Promise<{ advisories: number; sboms: number; workloads: number }>;
  readonly clock: () => Date;
}

/** What a scan tells as it goes; every step is optional to listen to. */
export interface ScanObserver {
  readonly kubernetes?: (summary: SnapshotSummary) => void;
  readonly evidence?: (count: { sbom: number; kubernetes: number; vex: number }) => void;
  readonly liveCluster?: (
    event:
      | { readonly kind: 'applied'; readonly summary: SnapshotSummary }
      | { readonly kind: 'problem'; readonly message: string }
      | { readonly kind: 'no-answer'; readonly seconds: number },
  ) => void;
  readonly registryProgress?: (done: number, total: number) => void;
  readonly registry?: (lookups: readonly MissingSbomLookup[]) => void;
  readonly feeds?: (result: SyncFeedsResult) => void;
  readonly evaluationProgress?: (step: EvaluationStep, done?: number, total?: number) => void;
  readonly evaluated?: (summary: EvaluationSummary) => void;
}

export interface ScanResult {
  readonly exposures: readonly Exposure[];
  /** Bad evidence: each file refused whole, the rest ingested. */
  readonly issues: readonly InputIssue[];
  readonly notDeployed: { readonly artifacts: number; readonly packageVersions: number };
  readonly coverage: { readonly running: number; readonly withSbom: number };
  /** One-line reasons when the ranking is empty. */
  readonly hints: readonly string[];
}

/** How long the live cluster may take to list its objects before the scan goes on without it. */
export const LIVE_CLUSTER_TIMEOUT_MS = 60_000;

/** How many registry lookups run at a time while looking for the SBOMs of running images. */
export const REGISTRY_CONCURRENCY = 4;

/**
 * The main job: ingest the evidence (one transaction per SBOM and VEX document, one snapshot for all
 * Kubernetes files; a bad file is reported and the rest goes on), read the live cluster, ask registries for
 * missing SBOMs, sync the feeds, evaluate, and rank.
 */
export async function runScan(
  deps: ScanDeps,
  request: ScanRequest,
  observer: ScanObserver = {},
): Promise<ScanResult> {
  const issues: InputIssue[] = [];
  const collect = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      if (!isInputError(error)) throw error;
      issues.push(...error.issues);
      return undefined;
    }
  };
  await ingestEvidence(deps, request, observer, collect);
  const live = request.liveCluster
    ? ((await collect(() => snapshotLiveCluster(deps, request, observer))) ?? false)
    : false;
  if (live && request.registry) await findRunningSboms(deps, observer);
  if (request.sync) observer.feeds?.(await deps.syncFeeds());
  const summary = await deps.evaluate((step, done, total) =>
    observer.evaluationProgress?.(step, done, total),
  );
  observer.evaluated?.(summary);
  const exposures = await deps.listExposures();
  const gaps = await deps.twinGaps();
  return {
    exposures,
    issues,
    notDeployed: await deps.unplacedFindings(),
    coverage: sbomCoverage(gaps),
    hints:
      exposures.length > 0 ? [] : explainEmptyRanking({ exposures: 0, ...(await deps.holdings()), gaps }),
  };
}

async function ingestEvidence(
  deps: ScanDeps,
  request: ScanRequest,
  observer: ScanObserver,
  collect: <T>(work: () => Promise<T>) => Promise<T | undefined>,
): Promise<void> {
  const count = { sbom: 0, kubernetes: 0, vex: 0 };
  for (const f of request.files.filter((f) => f.kind === 'sbom')) {
    await collect(async () => {
      await deps.ingestSbom({ bytes: await deps.readFile(f.path), fileName: f.path });
      count.sbom++;
    });
  }
  const kube = request.files.filter((f) => f.kind === 'kubernetes').map((f) => f.path);
  if (kube.length > 0) {
    await collect(async () => {
      const summary = await deps.importSnapshot({
        documents: await deps.readKubernetes(kube),
        cluster: request.cluster ?? request.environment ?? 'default',
        ...(request.environment ? { environment: request.environment } : {}),
        at: deps.clock().toISOString(),
        defaultNamespace: 'default',
      });
      count.kubernetes = kube.length;
      observer.kubernetes?.(summary);
    });
  }
  for (const f of request.files.filter((f) => f.kind === 'vex')) {
    await collect(async () => {
      await deps.addVex(await deps.readVex(f.path));
      count.vex++;
    });
  }
  observer.evidence?.(count);
}

/** One snapshot of the configured live cluster, if any; true when it was read in time. */
async function snapshotLiveCluster(
  deps: ScanDeps,
  request: ScanRequest,
  observer: ScanObserver,
): Promise<boolean> {
  const source = await deps.liveCluster();
  if (!source) return false;
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), LIVE_CLUSTER_TIMEOUT_MS);
  let applied = false;
  try {
    await deps.watchKubernetes(source, {
      ...(request.cluster ? { cluster: request.cluster } : {}),
      ...(request.environment ? { environment: request.environment } : {}),
      defaultNamespace: 'default',
      signal: stop.signal,
      onApplied: (summary) => {
        applied = true;
        observer.liveCluster?.({ kind: 'applied', summary });
        stop.abort();
      },
      onProblem: (message) => observer.liveCluster?.({ kind: 'problem', message }),
    });
  } finally {
    clearTimeout(timer);
  }
  if (!applied) observer.liveCluster?.({ kind: 'no-answer', seconds: LIVE_CLUSTER_TIMEOUT_MS / 1000 });
  return applied;
}

/** For each running digest without an SBOM, the SBOMs attached to it in its registry. */
async function findRunningSboms(deps: ScanDeps, observer: ScanObserver): Promise<void> {
  const gaps = await deps.twinGaps();
  if (!gaps.some((g) => g.kind === 'no-sbom')) return;
  const lookups = await discoverMissingSboms(
    {
      registry: deps.registry(),
      sboms: { ingest: (input) => deps.ingestSbom(input) },
    },
    gaps,
    {
      concurrency: REGISTRY_CONCURRENCY,
      ...(observer.registryProgress ? { onDone: observer.registryProgress } : {}),
    },
  );
  observer.registry?.(lookups);
}
