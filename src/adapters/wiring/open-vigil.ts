import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type pg from 'pg';
import {
  assignEnvironment,
  authenticate,
  authenticateSession,
  type CreateTokenInput,
  createToken,
  endSession,
  revokeToken,
  type SessionUser,
  startSession,
} from '../../app/auth/index.js';
import type { KubernetesWatchSource, RegistrySbomSource, TagResolver } from '../../app/evidence/index.js';
import {
  type DeployEvent,
  importKubernetesSnapshot,
  ingestRegistrySboms,
  recordDeployment,
  showTwin,
  twinGaps,
  twinHistory,
  type WatchKubernetesInput,
  watchKubernetes,
} from '../../app/evidence/index.js';
import type { CheckedSelection, Exposure, ExposureFilter } from '../../app/exposures/index.js';
import {
  advisoryImpact,
  artifactFindings,
  type EvaluationStep,
  evaluateFindings,
  exposureStatus,
  impactOfChanges,
  listExposures,
  pageExposures,
  rankExposures,
} from '../../app/exposures/index.js';
import {
  feedsStatus,
  queryAdvisories,
  SILENT_PROGRESS,
  type SyncFeedsRequest,
  type SyncProgress,
  showAdvisory,
  syncFeeds,
} from '../../app/feeds/index.js';
import { enqueueJob, type JobDeps, listJobs, runNextJob } from '../../app/jobs/index.js';
import {
  exposureHistory,
  type HistoryScope,
  type MttrAsk,
  mttrReport,
  remediationFlow,
  trackExposures,
} from '../../app/lifecycle/index.js';
import {
  dispatchDue,
  type FeedStaleHours,
  listSubscriptions,
  notifyStaleFeeds,
  removeSubscription,
  type SubscriptionOwner,
  type SubscriptionRequest,
  subscribe,
  writeOutbox,
} from '../../app/notify/index.js';
import { planRemediation } from '../../app/remediation/index.js';
import { type IngestSbomBytesInput, ingestSbomBytes } from '../../app/sbom/index.js';
import { runScan, type ScanObserver, type ScanRequest } from '../../app/scan/index.js';
import { listDailyCounts, recordDailyCounts } from '../../app/trends/index.js';
import {
  listTriage,
  revokeTriage,
  setTriage,
  type TriageActor,
  triageAudit,
} from '../../app/triage/index.js';
import { addVex, exportVex, type VexInput } from '../../app/vex/index.js';
import { inputError } from '../../core/input/index.js';
import type { RiskConfig } from '../../core/risk/index.js';
import type { TriageRequest } from '../../core/triage/index.js';
import { packageVersion } from '../cli/package-version.js';
import { loadRiskConfig } from '../config/load-risk-config.js';
import { toCycloneDxVex, toOpenVex } from '../formats/vex-export.js';
import { readKubernetesFiles } from '../kubernetes/read-kubernetes-files.js';
import { parseAllowlist } from '../notify/destination.js';
import { createNotificationSender } from '../notify/send-notification.js';
import { createRegistryAccess } from '../registry/registry-access.js';
import { type CredentialLookup, credentialLookup } from '../registry/registry-credentials.js';
import { parseSbom } from '../sbom/parse-sbom.js';
import { DEFAULT_MAX_SBOM_BYTES } from '../sbom/sbom-limits.js';
import { createAuthRepository } from '../store/auth-repository.js';
import { withCrashPoint } from '../store/crash-point.js';
import { createDailyCountRepository } from '../store/daily-count-repository.js';
import { openEmbeddedDatabase } from '../store/embedded-database.js';
import { createExposureRepository } from '../store/exposure-repository.js';
import { createFeedRepositories } from '../store/feed-repositories.js';
import { createFindingsRepository } from '../store/findings-repository.js';
import { createJobRepository } from '../store/job-repository.js';
import { createLifecycleRepository, type TransitionListener } from '../store/lifecycle-repository.js';
import { createNotifyRepository } from '../store/notify-repository.js';
import { migrated } from '../store/open-database.js';
import { connectPostgresDatabase, createPostgresPool, redactUrl } from '../store/postgres-database.js';
import { createSbomRepository } from '../store/sbom-repository.js';
import { createSessionRepository } from '../store/session-repository.js';
import type { SqlDatabase } from '../store/sql-client.js';
import { createTriageRepository } from '../store/triage-repository.js';
import { createTwinRepository } from '../store/twin-repository.js';
import { createVexRepository } from '../store/vex-repository.js';
import { readVexFile } from '../vex/read-vex-file.js';
import {
  FEED_SYNC_JOB,
  type FeedPart,
  type FeedSyncJob,
  feedSyncJob,
  feedSyncJobRequest,
  feedSyncSummary,
} from './feed-jobs.js';
import { type FeedLocations, scanSyncRequest } from './feed-sources.js';
import { withLiveIndex } from './live-index.js';
import { positiveInteger, type StoreConfig, type VigilConfig } from './vigil-config.js';

/** How a caller reaches registries: credentials given for this call win over the configured ones. */
export interface RegistryOptions {
  readonly username?: string | undefined;
  readonly password?: string | undefined;
  readonly plainHttp?: boolean | undefined;
  /** Seconds per request, as given; default 30. */
  readonly timeout?: string | undefined;
}

/** Where a live cluster is reached: a kubeconfig (default: the configured one) and a context. */
export interface KubeOptions {
  readonly kubeconfig?: string | undefined;
  readonly context?: string | undefined;
}

/** Progress of an evaluation: the step, and package versions done of the total while matching. */
export type EvaluationProgress = (step: EvaluationStep, done?: number, total?: number) => void;

/**
 * Opens the store the config names (or uses `opts.pool` for PostgreSQL), brings its schema up to date and
 * binds every use case to its ports. The repositories are made once here, so that caches they hold (the SBOM
 * repository's package ids) live as long as the store is open.
 */
export async function openVigil(
  config: VigilConfig,
  opts: {
    readonly pool?: pg.Pool;
    /** Keep the live index (a long-running process): exposure reads come from memory. It is loaded by `index.load`. */
    readonly liveIndex?: boolean;
  } = {},
) {
  const opened = await openStore(config.store, opts.pool);
  const db = config.crashAtStatement ? withCrashPoint(opened, config.crashAtStatement) : opened;
  return bindUseCases(config, db, opts.liveIndex === true);
}

/** A Vigil with its use cases bound to one open store. */
export type Vigil = ReturnType<typeof bindUseCases>;

async function openStore(store: StoreConfig, pool: pg.Pool | undefined): Promise<SqlDatabase> {
  if (store.kind === 'embedded') return migrated(await openEmbeddedDatabase(store.home));
  return migrated(
    await connectPostgresDatabase(
      pool ?? createPostgresPool(store.url, { max: store.poolMax }),
      redactUrl(store.url),
    ),
  );
}

/** The registry credentials for a call: given ones, else the configured ones, else Docker's. */
export function registryCredentials(config: VigilConfig, given: RegistryOptions = {}): CredentialLookup {
  return credentialLookup({
    username: given.username ?? config.registry.username,
    password: given.password ?? config.registry.password,
    dockerConfigDir: config.docker.configDir,
    env: config.processEnv,
  });
}

/**
 * Registry access for a call.
 * @throws InputError (field `timeout`) for a timeout that is not a number of seconds between 0 and 3600.
 */
export function registryAccess(
  config: VigilConfig,
  given: RegistryOptions = {},
): { tags: TagResolver; sboms: RegistrySbomSource } {
  const seconds = Number(given.timeout ?? '30');
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600)
    throw inputError(
      'OPTION_INVALID',
      'timeout',
      `"${given.timeout}" is not a number of seconds between 0 and 3600`,
    );
  return createRegistryAccess({
    credentials: registryCredentials(config, given),
    timeoutMs: seconds * 1000,
    plainHttp: given.plainHttp === true,
  });
}

/**
 * The live cluster of a kubeconfig, if one is there: the given file, else `$KUBECONFIG`, else
 * `~/.kube/config` when it exists.
 * @throws InputError for a bad kubeconfig or an unknown context.
 */
export async function liveClusterSource(
  config: VigilConfig,
  kube: KubeOptions,
): Promise<KubernetesWatchSource | undefined> {
  if (!kube.kubeconfig && config.kubeconfig === undefined && !existsSync(config.defaultKubeconfig))
    return undefined;
  return kubernetesSource(kube);
}

/**
 * The cluster a kubeconfig names, found as kubectl finds it (given file, `$KUBECONFIG`, `~/.kube/config`, the
 * in-cluster service account). @throws InputError when none is found or the context is unknown.
 */
export async function kubernetesSource(kube: KubeOptions): Promise<KubernetesWatchSource> {
  // loaded only by the commands that reach a cluster: the Kubernetes client alone is ~0.5 s of every CLI start
  const [{ loadKubeConfig }, { createKubernetesWatchSource }] = await Promise.all([
    import('../kubernetes/load-kube-config.js'),
    import('../kubernetes/kubernetes-watch-source.js'),
  ]);
  const connection = loadKubeConfig({
    ...(kube.kubeconfig ? { kubeconfig: kube.kubeconfig } : {}),
    ...(kube.context ? { context: kube.context } : {}),
  });
  return createKubernetesWatchSource(connection.config, connection.clusterName);
}

function bindUseCases(config: VigilConfig, db: SqlDatabase, liveIndex: boolean) {
  const clock = () => new Date();
  const writers = withLiveIndex(
    db,
    {
      sbom: createSbomRepository(db),
      twin: createTwinRepository(db),
      findings: createFindingsRepository(db),
      vex: createVexRepository(db),
    },
    liveIndex,
  );
  const { sbom: sbomRepo, twin, findings, vex: vexRepo, live } = writers;
  const feeds = createFeedRepositories(db);
  const storeExposures = createExposureRepository(db);
  const exposuresRepo = live ? live.index.repository(storeExposures) : storeExposures;
  /** Exposure reads see every change noted before them. */
  const settled = async (): Promise<void> => {
    await live?.settle();
  };
  const authRepo = createAuthRepository(db);
  // what else happens in the transaction that records exposure transitions (the notification outbox)
  const transitionListeners: TransitionListener[] = [
    async (tx, transitions, now) => {
      await writeOutbox(createNotifyRepository(tx), transitions, now, () => `msg_${randomUUID()}`);
    },
  ];
  const notifyRepo = createNotifyRepository(db);
  const lifecycle = createLifecycleRepository(db, transitionListeners);
  const dailyCounts = createDailyCountRepository(db);
  const triageDeps = {
    repo: createTriageRepository(db),
    exposures: async (environments?: readonly string[]) => {
      await settled();
      return rankExposures(exposuresRepo, riskConfig(), environments ? { environments } : {});
    },
    now: clock,
  };
  const sessions = {
    ...createSessionRepository(db),
    audit: (e: Parameters<typeof authRepo.audit>[0]) => authRepo.audit(e),
  };
  /** Records the changes of the exposures' lives, given every current exposure. */
  const track = (current: readonly Exposure[]) =>
    trackExposures({
      repo: lifecycle,
      exposures: async () => current,
      kev: (cves) => exposuresRepo.kev(cves),
      now: clock,
    });
  let risk: RiskConfig | undefined;
  const riskConfig = (): RiskConfig => {
    risk ??= loadRiskConfig(config.riskConfigFile);
    return risk;
  };
  const sbomDeps = { repo: sbomRepo, parse: parseSbom };
  const ingestSbom = (input: IngestSbomBytesInput) => ingestSbomBytes(sbomDeps, input);
  const evaluate = (opts: { readonly full?: boolean; readonly progress?: EvaluationProgress } = {}) =>
    evaluateFindings(findings, {
      full: opts.full === true,
      now: clock,
      ...(opts.progress ? { progress: opts.progress } : {}),
    });
  const sync = (request: SyncFeedsRequest, progress: SyncProgress) =>
    syncFeeds({ ...feeds, progress }, request);
  const watch = (source: KubernetesWatchSource, input: WatchKubernetesInput) =>
    watchKubernetes({ store: twin, source, clock }, input);
  // The job queue (ADR 084): the work any serve process may run, by kind.
  const jobDeps: JobDeps = {
    repo: createJobRepository(db),
    handlers: {
      [FEED_SYNC_JOB]: async (payload) =>
        feedSyncSummary(await sync(feedSyncJobRequest(config, payload as FeedSyncJob), SILENT_PROGRESS)),
    },
    now: clock,
    leaseMs: positiveInteger({ value: undefined, name: '' }, config.jobLeaseSeconds, 30) * 1000,
  };

  return {
    config,
    store: { kind: db.kind, location: db.location },
    riskConfig,
    /** Answers when the store does (for readiness). */
    ping: async (): Promise<void> => {
      await db.query('SELECT 1');
    },
    close: () => db.close(),
    /** The live index, when opened with one (`liveIndex`); undefined for one-shot commands. */
    index: live && {
      /** Reads the whole index from the store. */
      load: live.load,
      settle: live.settle,
      /** Advisories another process's evaluation re-matched, once applied here (PostgreSQL). */
      onRemoteAdvisories: live.onRemoteAdvisories,
      /** Drops old entries of the change log that keeps processes on one database equal. */
      prune: live.prune,
      snapshot: () => live.index.snapshot(),
      /** A fresh index read from the store now, to compare with `snapshot()` once settled. */
      rebuilt: live.rebuilt,
      generation: live.generation,
    },
    sbom: {
      /** @see ingestSbomBytes. The size cap is the one given, else the configured one. */
      ingest: (input: IngestSbomBytesInput) =>
        ingestSbom({ ...input, maxBytes: input.maxBytes ?? maxSbomBytes(config) }),
      list: (opts: { includeHistory: boolean }) => sbomRepo.listSboms(opts),
      showArtifact: (digest: string) => sbomRepo.showArtifact(digest),
      findComponents: (query: Parameters<typeof sbomRepo.findComponents>[0]) =>
        sbomRepo.findComponents(query),
      fromRegistry: (image: string, registry: RegistryOptions = {}) =>
        ingestRegistrySboms(
          { registry: registryAccess(config, registry).sboms, sboms: { ingest: ingestSbom } },
          image,
        ),
    },
    vex: {
      add: (inputs: readonly VexInput[]) => addVex(vexRepo, inputs),
      readFile: readVexFile,
      list: () => vexRepo.listVexDocuments(),
      /**
       * One environment's exposures as a VEX document (ADR 082): triage, else the VEX that applies, else under
       * investigation; `author` names who speaks (default: Vigil).
       */
      export: async (ask: {
        readonly environment?: string;
        readonly format?: string;
        readonly author?: string;
      }) => {
        await settled();
        const at = clock().toISOString();
        const { environment, format, statements } = await exportVex(
          {
            environmentExists: async (name) =>
              (await twin.showTwin({ at })).some((r) => r.environment === name),
            exposures: (name) => listExposures(exposuresRepo, riskConfig(), { environment: name }),
          },
          ask,
        );
        const header = {
          author: ask.author ?? 'Vigil',
          environment,
          timestamp: at,
          tooling: `vigil ${packageVersion()}`,
        };
        return {
          format,
          document: format === 'openvex' ? toOpenVex(statements, header) : toCycloneDxVex(statements, header),
        };
      },
    },
    twin: {
      show: (query: { readonly environment?: string; readonly at?: string }) =>
        showTwin({ store: twin, clock }, query),
      history: (query: { readonly workload: string; readonly environment?: string }) =>
        twinHistory(twin, query),
      gaps: () => twinGaps(twin),
      importSnapshot: (input: Parameters<typeof importKubernetesSnapshot>[1]) =>
        importKubernetesSnapshot(twin, input),
      watch,
      recordDeployment: (event: DeployEvent, registry: RegistryOptions = {}) =>
        recordDeployment({ store: twin, tags: registryAccess(config, registry).tags, clock }, event),
    },
    feeds: {
      sync,
      status: () => feedsStatus(feeds),
      showAdvisory: (id: string) => showAdvisory(feeds, id),
      queryAdvisories: (purl: string) => queryAdvisories(feeds, purl),
    },
    exposures: {
      evaluate,
      list: async (filter: ExposureFilter = {}) => {
        await settled();
        return listExposures(exposuresRepo, riskConfig(), filter);
      },
      /** One page of the ranking (`selectExposures`), scanned chunk by chunk: memory bounded by the page. */
      page: async (filter: ExposureFilter, selection: CheckedSelection) => {
        await settled();
        return pageExposures(exposuresRepo, riskConfig(), filter, selection);
      },
      impact: async (id: string, environments?: readonly string[]) => {
        await settled();
        return advisoryImpact(exposuresRepo, riskConfig(), id, environments);
      },
      /** Pushed impact of the advisories an evaluation re-matched (`EvaluationSummary.changedAdvisories`). */
      impactOfChanges: async (advisoryIds: readonly string[]) => {
        await settled();
        return impactOfChanges(exposuresRepo, riskConfig(), advisoryIds);
      },
      status: async (environments?: readonly string[]) => {
        await settled();
        return exposureStatus(exposuresRepo, riskConfig(), await findings.state(), environments);
      },
      unplaced: () => exposuresRepo.unplacedFindings(),
      /** The findings of an artifact's current SBOM; undefined for an unknown digest. */
      ofArtifact: (digest: string) =>
        artifactFindings(exposuresRepo, async (d) => (await sbomRepo.showArtifact(d)) !== undefined, digest),
    },
    /** The monitoring step: each exposure's life (detected, remediated, reopened), SLAs and MTTR (ADR 079). */
    lifecycle: {
      /** Compares the exposures now with their stored lives and records what changed (one transaction). */
      track: async () => {
        await settled();
        return track(await listExposures(exposuresRepo, riskConfig()));
      },
      /** Stored lives, optionally of some environments only. */
      rows: (environments?: readonly string[]) => lifecycle.rows(environments),
      events: (keys: readonly string[]) => lifecycle.events(keys),
      /** Mean time to remediate per period, environment and team (default: weeks of the last 90 days). */
      mttr: (ask: MttrAsk = {}) => mttrReport(lifecycle, ask, new Date()),
      /** New versus remediated exposures per day over the last `days` days. */
      flow: (days: number, environments?: readonly string[]) =>
        remediationFlow(lifecycle, { days, environments }, new Date()),
      /** Was it exposed, from when to when, as known at the time: one vulnerability on each workload. */
      history: async (id: string, scope: HistoryScope = {}) => {
        await settled();
        return exposureHistory(
          {
            lifecycle,
            advisories: exposuresRepo,
            triage: () => triageAudit(triageDeps, { limit: 1000, environments: scope.environments }),
          },
          id,
          scope,
        );
      },
    },
    /** What to fix first: the smallest upgrade per vulnerable component, ranked by the risk it removes. */
    remediation: {
      plan: async (filter: ExposureFilter = {}) => {
        await settled();
        return planRemediation({
          exposures: () => listExposures(exposuresRepo, riskConfig(), filter),
          advisoriesFor: (keys) => findings.advisoriesFor(keys),
        });
      },
    },
    /** Triage: decisions on exposures, one by one or as portfolio rules, with their audit trail (ADR 081). */
    triage: {
      set: (request: TriageRequest, who: TriageActor) => setTriage(triageDeps, request, who),
      revoke: (id: number, request: { readonly reason?: string | undefined }, who: TriageActor) =>
        revokeTriage(triageDeps, id, request, who),
      list: (opts: Parameters<typeof listTriage>[1] = {}) => listTriage(triageDeps, opts),
      audit: (opts: Parameters<typeof triageAudit>[1] = {}) => triageAudit(triageDeps, opts),
    },
    /** The job queue (ADR 084): background work any serve process may run, each job once at a time. */
    jobs: {
      /** Queues a feed sync of these locations (checked now), or joins the queued/running one of `dedupeKey`. */
      queueFeedSync: (
        locations: FeedLocations,
        opts: {
          readonly requestedBy: string;
          readonly parts?: readonly FeedPart[];
          readonly dedupeKey?: string;
        },
      ) =>
        enqueueJob(jobDeps, {
          kind: FEED_SYNC_JOB,
          payload: feedSyncJob(config, locations, opts.parts),
          dedupeKey: opts.dedupeKey,
          requestedBy: opts.requestedBy,
        }),
      /** Claims and runs the next due job as `worker`; undefined when none was due. */
      runNext: (worker: string) => runNextJob(jobDeps, worker),
      get: (id: number) => jobDeps.repo.get(id),
      list: (opts: { readonly state?: string | undefined; readonly limit: number }) =>
        listJobs(jobDeps.repo, opts),
    },
    /** Notifications (ADR 083): subscriptions, the outbox's deliveries, the dispatcher. */
    notify: {
      /** A team's `owner` subscribes for itself, in its environments only (ADR 083). */
      subscribe: (request: SubscriptionRequest, actor: string, owner?: SubscriptionOwner) =>
        subscribe({ repo: notifyRepo, now: clock }, request, { actor, owner }),
      /** Subscriptions (a team's own only) without their secrets. */
      list: (owner?: Pick<SubscriptionOwner, 'team'>) => listSubscriptions({ repo: notifyRepo }, owner),
      /** False when none has the id, or it is not the team's. */
      remove: (id: number, owner?: Pick<SubscriptionOwner, 'team'>) =>
        removeSubscription({ repo: notifyRepo }, id, owner),
      deliveries: (limit: number) => notifyRepo.deliveries(limit),
      replay: (opts: { readonly since?: string; readonly all?: boolean }) =>
        notifyRepo.replay({
          all: opts.all === true,
          now: clock().toISOString(),
          ...(opts.since ? { since: opts.since } : {}),
        }),
      /** Sends what is due, once. */
      dispatch: (opts: { readonly leaseMs?: number; readonly maxAttempts?: number } = {}) =>
        dispatchDue({ repo: notifyRepo, send: notificationSender(config), now: clock, ...opts }),
      /** Tells each feed scope's staleness once per episode (`feed_stale`), in one transaction. */
      checkFeeds: (opts: { readonly hours: FeedStaleHours; readonly now?: Date }) =>
        notifyStaleFeeds({
          transaction: (work) => db.transaction((tx) => work(createNotifyRepository(tx))),
          hours: opts.hours,
          now: opts.now ?? clock(),
          newId: () => `msg_${randomUUID()}`,
        }),
    },
    /** The dashboard's trends: exposure counts per day. */
    trends: {
      /** Stores today's counts, replacing earlier ones of today (serve: at start, then daily). */
      record: async () => {
        await settled();
        const status = await exposureStatus(exposuresRepo, riskConfig(), await findings.state());
        return recordDailyCounts({
          current: async () => status.byEnvironment,
          repo: dailyCounts,
          now: clock,
        });
      },
      list: (days: number, environments?: readonly string[]) =>
        listDailyCounts({ repo: dailyCounts, now: clock }, days, environments),
    },
    auth: {
      createToken: (input: CreateTokenInput, actor: string) =>
        createToken(authRepo, input, { actor, now: clock() }),
      revokeToken: (id: number, actor: string) => revokeToken(authRepo, id, { actor, now: clock() }),
      listTokens: () => authRepo.listTokens(),
      authenticate: (presented: string | undefined) => authenticate(authRepo, presented, clock()),
      hasActiveTokens: () => authRepo.hasActiveTokens(clock().toISOString()),
      audit: (entry: Parameters<typeof authRepo.audit>[0]) => authRepo.audit(entry),
      listAudit: (limit: number) => authRepo.listAudit({ limit }),
      /** The environments a team owns. */
      environmentsOf: (team: string) => authRepo.environmentsOf(team),
      /** Gives an environment to a team (null: to admins only); audited. */
      assignEnvironment: (environment: string, team: string | null, actor: string) =>
        assignEnvironment(authRepo, environment, team, { actor }),
      /** A session for a person who logged in through OIDC; audited. */
      startSession: (user: SessionUser) => startSession(sessions, user, clock()),
      authenticateSession: (presented: string | undefined) =>
        authenticateSession(sessions, presented, clock()),
      endSession: (presented: string) => endSession(sessions, presented),
    },
    /** The main job; see `runScan`. Feeds come from `feeds` (else the configured defaults). */
    scan: (
      request: ScanRequest & {
        readonly feeds: Parameters<typeof scanSyncRequest>[1];
        readonly kube: KubeOptions;
        readonly syncProgress: SyncProgress;
      },
      observer: ScanObserver = {},
    ) => {
      const syncRequest = request.sync ? scanSyncRequest(config, request.feeds) : undefined;
      return runScan(
        {
          readFile: (path) => readFile(path),
          ingestSbom,
          readKubernetes: readKubernetesFiles,
          importSnapshot: (input) => importKubernetesSnapshot(twin, input),
          readVex: readVexFile,
          addVex: (inputs) => addVex(vexRepo, inputs),
          liveCluster: () => liveClusterSource(config, request.kube),
          watchKubernetes: watch,
          registry: () => registryAccess(config).sboms,
          twinGaps: () => twinGaps(twin),
          syncFeeds: () => sync(syncRequest ?? {}, request.syncProgress),
          evaluate: (progress) => evaluate({ progress }),
          listExposures: async () => {
            await settled();
            const list = await listExposures(exposuresRepo, riskConfig());
            await track(list);
            return list;
          },
          unplacedFindings: () => exposuresRepo.unplacedFindings(),
          holdings: async () => {
            const [counts, sboms, rows] = await Promise.all([
              feeds.advisories.countsByEcosystem(),
              sbomRepo.listSboms({ includeHistory: false }),
              twin.showTwin({ at: clock().toISOString() }),
            ]);
            return {
              advisories: counts.reduce((n, c) => n + c.advisories, 0),
              sboms: sboms.length,
              workloads: new Set(rows.map((r) => `${r.environment}/${r.namespace}/${r.workload}`)).size,
            };
          },
          clock,
        },
        request,
        observer,
      );
    },
  };
}

/** The configured SBOM size cap. @throws InputError naming `VIGIL_MAX_SBOM_BYTES` when it is bad. */
export function maxSbomBytes(config: VigilConfig, given?: string): number {
  return positiveInteger(
    { value: given, name: 'maxBytes' },
    config.maxSbomBytes,
    DEFAULT_MAX_SBOM_BYTES,
    'positive whole number of bytes',
  );
}

/** The notification sender of this config. @throws InputError naming `VIGIL_NOTIFY_ALLOW` when it is bad. */
function notificationSender(config: VigilConfig) {
  let allow: string[];
  try {
    allow = parseAllowlist(config.notifyAllow?.value);
  } catch {
    throw inputError(
      'OPTION_INVALID',
      config.notifyAllow?.from ?? 'VIGIL_NOTIFY_ALLOW',
      `"${config.notifyAllow?.value}" is not a comma-separated list of addresses or CIDRs`,
    );
  }
  return createNotificationSender({ allow });
}
