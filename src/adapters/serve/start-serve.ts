import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyServerOptions } from 'fastify';
import type { KubernetesWatchSource } from '../../app/evidence/index.js';
import type { Job } from '../../app/jobs/index.js';
import { parseFeedStaleHours } from '../../app/notify/index.js';
import { inputError, quoteValue } from '../../core/input/index.js';
import { createApi } from '../http/create-api.js';
import { createEventHub } from '../http/event-hub.js';
import { createFreshness } from '../http/freshness.js';
import { createMetrics } from '../http/metrics.js';
import { createOidcLogin } from '../oidc/index.js';
import {
  type FeedSyncSummary,
  kubernetesSource,
  oidcSettings,
  openVigil,
  type VigilConfig,
} from '../wiring/index.js';
import { startDailyCounts } from './daily-counts-recorder.js';
import { startJobWorker, workerName } from './job-worker.js';
import { type Leadership, postgresLeadership, soleLeadership } from './leadership.js';
import { startLifecycleTracker } from './lifecycle-tracker.js';
import { startNotifyDispatcher } from './notify-dispatcher.js';

export interface ServeOptions {
  /** `host:port`; port 0 takes a free one. */
  readonly listen: string;
  /** How often OSV deltas are synced (and KEV/EPSS checked for being due); 0: never (only `POST /api/v1/feeds/sync`). */
  readonly feedsEveryMs: number;
  /** KEV and EPSS are synced when their last sync is older than this (they are published daily). */
  readonly dailyEveryMs: number;
  readonly version: string;
  readonly logger?: FastifyServerOptions['logger'];
  /** Live clusters to keep the twin current with (list, then watch), one per context; absent: none. */
  readonly watch?: {
    readonly kubeconfig?: string | undefined;
    /** Contexts of the kubeconfig; empty: its current one. */
    readonly contexts: readonly string[];
    /** The environment of clusters new to the twin (default: one named after the cluster). */
    readonly environment?: string | undefined;
  };
}

export interface RunningServe {
  /** `http://host:port`, with the port actually bound. */
  readonly url: string;
  /** No token existed at start: the API is open to this machine until the first token is created. */
  readonly openAccess: boolean;
  /** The process's events (pushed impact), for in-process subscribers such as notifications. */
  readonly events: ReturnType<typeof createEventHub>;
  /** Stops taking requests, lets in-flight ones and a running job finish, then closes the store. */
  close(): Promise<void>;
}

/** How often a process that does not lead the schedules tries to take them over. */
const LEADERSHIP_RETRY_MS = 2_000;

/** How often a process on PostgreSQL applies the other processes' index changes when no read asks it to. */
const FOLLOW_EVERY_MS = 1_000;

/** How often feed staleness is checked when no feed schedule ticks (`--feeds-every 0`). */
const STALE_CHECK_MS = 15 * 60_000;

/** Exposure counts for `/metrics` are a full ranking: computed at most this often. */
const EXPOSURE_COUNT_TTL_MS = 30_000;

/** Where `vigil serve` announces itself in an embedded store's folder, so a CLI that finds the store held can say by whom. */
export const SERVE_ANNOUNCEMENT = 'serve.json';

/** The dedupe keys of the schedule's jobs start so; the rest is the job's name in `/metrics`. */
const SCHEDULED = 'schedule:';
/** A job's name in `/metrics` and the logs: the schedule's name, or its kind. */
const jobLabel = (job: Job): string =>
  job.dedupeKey?.startsWith(SCHEDULED) ? job.dedupeKey.slice(SCHEDULED.length) : job.kind;

/**
 * `vigil serve`: one long-running process over the configured store with the HTTP API, the metrics, and the
 * feed scheduler. Findings are brought up to date before every read (never overlapping evaluations), and
 * after every scheduled sync.
 */
export async function startServe(config: VigilConfig, opts: ServeOptions): Promise<RunningServe> {
  const { host, port } = parseListen(opts.listen);
  const loopback = isLoopback(host);
  // Bad OIDC settings are refused before anything is opened, too; so are bad staleness thresholds.
  const staleHours = parseFeedStaleHours(
    config.notifyFeedStaleHours?.value,
    config.notifyFeedStaleHours?.from ?? 'VIGIL_NOTIFY_FEED_STALE_HOURS',
  );
  const oidc = oidcSettings(config, { loopback });
  // A bad kubeconfig or context is refused before anything is opened.
  const clusters: KubernetesWatchSource[] = opts.watch
    ? await Promise.all(
        (opts.watch.contexts.length > 0 ? opts.watch.contexts : [undefined]).map((context) =>
          kubernetesSource({ kubeconfig: opts.watch?.kubeconfig, context }),
        ),
      )
    : [];
  // The live index (docs/adr/077): exposure reads come from memory, kept current by the writes.
  const vigil = await openVigil(config, { liveIndex: true });
  // A listener beyond this machine must demand credentials: refuse to start one while no token exists and people
  // cannot log in either.
  if (!loopback && !oidc && !(await vigil.auth.hasActiveTokens())) {
    await vigil.close();
    throw inputError(
      'OPTION_INVALID',
      'listen',
      `${quoteValue(opts.listen)} is reachable from other machines, and no API token exists: create one first (vigil token create --team admins --scope admin), set up OIDC login (VIGIL_OIDC_ISSUER), or listen on 127.0.0.1`,
    );
  }
  const openAccess = loopback && !oidc && !(await vigil.auth.hasActiveTokens());
  await vigil.index?.load();
  let metrics: ReturnType<typeof createMetrics> | undefined;
  const events = createEventHub();
  let log: {
    error(o: object, m: string): void;
    warn(o: object, m: string): void;
    info(o: object, m: string): void;
  } = {
    error() {},
    warn() {},
    info() {},
  };
  // Pushed impact: after an evaluation re-matched advisories a feed changed, the running workloads each hits.
  let publishing: Promise<void> = Promise.resolve();
  const publish = (ids: readonly string[]): void => {
    publishing = publishing
      .then(async () => {
        for (const impact of await vigil.exposures.impactOfChanges(ids)) events.publish('impact', impact);
      })
      .catch((error: unknown) => log.error({ err: error }, 'pushed impact failed'));
  };
  const freshness = createFreshness(
    () => vigil.exposures.evaluate(),
    (summary) => {
      metrics?.evaluations.inc();
      metrics?.evaluated.inc(summary.packageVersions);
      if (summary.changedAdvisories.length > 0) publish(summary.changedAdvisories);
    },
  );
  // On PostgreSQL a feed change another process synced reaches this one through the change log: its impact is
  // pushed to this process's subscribers too. A follower catches up every second even when no read comes.
  vigil.index?.onRemoteAdvisories(publish);
  const following =
    config.store.kind === 'postgres'
      ? setInterval(() => {
          vigil.index?.settle().catch((error: unknown) => log.error({ err: error }, 'index catch-up failed'));
        }, FOLLOW_EVERY_MS)
      : undefined;
  following?.unref();
  // Schedules run in one process per database: the embedded store is one process; on PostgreSQL the holder of
  // an advisory lock leads, and another takes over when it dies.
  const leadership: Leadership =
    config.store.kind === 'postgres'
      ? postgresLeadership(config.store.url, {
          retryMs: LEADERSHIP_RETRY_MS,
          onChange: (leader) =>
            log.info({ leader }, leader ? 'leading the schedules' : 'no longer leading the schedules'),
        })
      : soleLeadership();
  let counted: { at: number; counts: Record<string, number> } | undefined;
  metrics = createMetrics({
    queueDepth: () => freshness.depth(),
    isLeader: () => leadership.isLeader(),
    async exposuresByDecision() {
      if (counted && Date.now() - counted.at < EXPOSURE_COUNT_TTL_MS) return counted.counts;
      await freshness.fresh();
      // counted chunk by chunk (status), never the whole ranking in memory
      const counts: Record<string, number> = { ...(await vigil.exposures.status()).totals };
      counted = { at: Date.now(), counts };
      return counts;
    },
    async feedAges() {
      const now = Date.now();
      return (await vigil.feeds.status()).map((r) => ({
        feed: r.feed,
        scope: r.scope,
        ...(r.lastSuccess ? { seconds: Math.max(0, (now - Date.parse(r.lastSuccess)) / 1000) } : {}),
        failing: r.status !== 'done' && r.status !== 'running',
      }));
    },
  });
  const workerId = workerName();
  // The job queue (ADR 084): every process runs due jobs, one at a time; the queue hands each to one process.
  const worker = startJobWorker({
    runNext: () => vigil.jobs.runNext(workerId),
    get: (id) => vigil.jobs.get(id),
    onRun: async (job) => {
      const label = jobLabel(job);
      if (job.state === 'done') {
        const summary = job.result as FeedSyncSummary;
        metrics.jobs.inc({ job: label, outcome: summary.failures.length > 0 ? 'partial' : 'ok' });
        for (const f of summary.failures)
          log.warn({ job: label, feed: f.feed, scope: f.scope, err: f.message }, 'feed could not be synced');
      } else {
        metrics.jobs.inc({ job: label, outcome: 'failed' });
        log.error(
          { job: label, id: job.id, attempts: job.attempts, err: job.error },
          job.state === 'queued' ? 'job failed; it will be tried again' : 'job failed for good',
        );
      }
      await freshness.fresh();
    },
    onError: (error) => log.error({ err: error }, 'the job queue could not be read'),
  });

  let address = ''; // known once listening
  const app = await createApi({
    vigil,
    events,
    requireTokens: !loopback,
    // the callback's URL defaults to the address actually bound (port 0 takes a free one)
    ...(oidc
      ? {
          oidc: {
            login: createOidcLogin(oidc, () => oidc.redirectUrl ?? new URL('/auth/callback', address)),
            rules: oidc.rules,
          },
        }
      : {}),
    freshness,
    metrics,
    jobs: worker,
    version: opts.version,
    logger: opts.logger ?? false,
  });

  log = app.log;
  // Findings current before the first request, and a watermark from which every later feed change is pushed.
  await freshness.fresh();
  // The dashboard's trends: the day's exposure counts, at start and daily.
  const dailyCounts = startDailyCounts({
    record: async () => {
      await freshness.fresh();
      await vigil.trends.record();
    },
    onError: (error) => app.log.error({ err: error }, 'daily exposure counts could not be recorded'),
  });

  // The monitoring step: the leader records the exposures' lives soon after anything changed them (ADR 079).
  const lifecycle = startLifecycleTracker({
    isLeader: () => leadership.isLeader(),
    generation: () => vigil.index?.generation() ?? 0,
    fresh: () => freshness.fresh(),
    track: () => vigil.lifecycle.track(),
    onError: (error) => app.log.error({ err: error }, 'exposure lifecycle could not be recorded'),
  });

  // Notifications: every process dispatches the outbox's due deliveries (claimed with SKIP LOCKED, ADR 083).
  const notifier = startNotifyDispatcher({
    dispatch: () => vigil.notify.dispatch(),
    onRound: (r) =>
      app.log.info({ sent: r.sent, failed: r.failed, dead: r.dead }, 'notifications dispatched'),
    onError: (error) => app.log.error({ err: error }, 'notifications could not be dispatched'),
  });

  // The feed schedule, kept by the leading process only: it queues the OSV delta every `feedsEveryMs`, and KEV
  // and EPSS (published daily) when their last sync is older than `dailyEveryMs` (so a restart or a new leader
  // does not fetch them again). A schedule's job joins its predecessor while that one is still queued or running.
  let ticking: Promise<void> | undefined;
  const dailyDue = async (): Promise<boolean> => {
    // due when either feed has not succeeded for a day: a failed daily sync is queued again on the next tick
    const rows = (await vigil.feeds.status()).filter((r) => r.feed !== 'osv');
    const oldest = Math.min(...rows.map((r) => (r.lastSuccess ? Date.parse(r.lastSuccess) : 0)));
    return rows.length === 0 || Date.now() - oldest >= opts.dailyEveryMs;
  };
  // Feed staleness is told once per episode (ADR 083), by the leader, on the schedule's tick.
  const checkFeeds = async (): Promise<void> => {
    try {
      const told = await vigil.notify.checkFeeds({ hours: staleHours });
      for (const e of told)
        app.log.warn({ feed: e.data.feed, scopes: e.data.scopes.map((s) => s.scope) }, 'feed is stale');
    } catch (error) {
      app.log.error({ err: error }, 'feed staleness could not be checked');
    }
  };
  const tick = (): Promise<void> => {
    if (!leadership.isLeader()) return Promise.resolve();
    ticking ??= (async () => {
      await checkFeeds();
      try {
        await vigil.index?.prune();
        await vigil.jobs.queueFeedSync(
          {},
          { requestedBy: 'schedule', parts: ['osv'], dedupeKey: `${SCHEDULED}osv-sync` },
        );
        if (await dailyDue())
          await vigil.jobs.queueFeedSync(
            {},
            { requestedBy: 'schedule', parts: ['kev', 'epss'], dedupeKey: `${SCHEDULED}kev-epss-sync` },
          );
        worker.kick();
      } catch (error) {
        app.log.error({ err: error }, 'the feed schedule could not run'); // e.g. a mirror that went away
      } finally {
        ticking = undefined;
      }
    })();
    return ticking;
  };
  const timer = opts.feedsEveryMs > 0 ? setInterval(() => void tick(), opts.feedsEveryMs) : undefined;
  timer?.unref();
  const staleTimer =
    opts.feedsEveryMs > 0
      ? undefined
      : setInterval(() => {
          if (!leadership.isLeader()) return;
          ticking ??= checkFeeds().finally(() => {
            ticking = undefined;
          });
        }, STALE_CHECK_MS);
  staleTimer?.unref();

  // The Kubernetes watches, in the leading process only (two watchers of one cluster would race their
  // snapshots): started when it leads, stopped when it no longer does, each a list then a watch (ADR 043).
  const watches = new Map<KubernetesWatchSource, { stop: AbortController; done: Promise<void> }>();
  const steerWatches = () => {
    for (const source of clusters) {
      const running = watches.get(source);
      if (leadership.isLeader() && !running) {
        const stop = new AbortController();
        const done = vigil.twin
          .watch(source, {
            ...(opts.watch?.environment ? { environment: opts.watch.environment } : {}),
            defaultNamespace: 'default',
            signal: stop.signal,
            onApplied: (s) => {
              metrics.jobs.inc({ job: 'k8s-snapshot', outcome: 'ok' });
              app.log.info(
                { cluster: s.cluster, environment: s.environment, workloads: s.workloads },
                'cluster snapshot applied',
              );
            },
            onProblem: (message) =>
              app.log.warn({ cluster: source.clusterName, problem: message }, 'kubernetes watch'),
          })
          .catch((error: unknown) => {
            metrics.jobs.inc({ job: 'k8s-snapshot', outcome: 'failed' });
            app.log.error({ cluster: source.clusterName, err: error }, 'kubernetes watch ended');
          })
          .finally(() => watches.delete(source));
        watches.set(source, { stop, done });
      } else if (!leadership.isLeader() && running) running.stop.abort();
    }
  };
  const stopWatches = async () => {
    for (const w of watches.values()) w.stop.abort();
    await Promise.all([...watches.values()].map((w) => w.done));
  };
  const steering = clusters.length > 0 ? setInterval(steerWatches, LEADERSHIP_RETRY_MS) : undefined;
  steering?.unref();
  steerWatches();

  try {
    address = await app.listen({ host, port });
  } catch (error) {
    if (timer) clearInterval(timer);
    if (staleTimer) clearInterval(staleTimer);
    if (steering) clearInterval(steering);
    if (following) clearInterval(following);
    await dailyCounts.stop();
    await lifecycle.stop();
    await notifier.stop();
    await worker.stop();
    await stopWatches();
    await leadership.close();
    await app.close().catch(() => {});
    await vigil.close();
    throw new Error(`cannot listen on ${opts.listen}`, { cause: error });
  }
  const announcement =
    config.store.kind === 'embedded' ? join(config.store.home, SERVE_ANNOUNCEMENT) : undefined;
  if (announcement) writeFileSync(announcement, JSON.stringify({ url: address, pid: process.pid }));
  app.log.info({ url: address, store: vigil.store.kind }, 'vigil serve is listening');

  let closing: Promise<void> | undefined;
  return {
    url: address,
    openAccess,
    events,
    close: () => {
      closing ??= (async () => {
        if (timer) clearInterval(timer);
        if (staleTimer) clearInterval(staleTimer);
        if (steering) clearInterval(steering);
        if (following) clearInterval(following);
        await stopWatches();
        await leadership.close();
        await app.close(); // stops accepting; in-flight requests finish
        await ticking;
        await worker.stop(); // a running job finishes; a queued one waits for the next start
        await dailyCounts.stop();
        await lifecycle.stop();
        await notifier.stop();
        await freshness.idle();
        await publishing;
        if (announcement) rmSync(announcement, { force: true });
        await vigil.close();
      })();
      return closing;
    },
  };
}

/**
 * `127.0.0.1:7700`, `[::1]:7700`, `:7700` (loopback).
 * @throws InputError (field `listen`) when it is not host:port.
 */
export function parseListen(text: string): { host: string; port: number } {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(text.trim());
  const port = m ? Number(m[3]) : Number.NaN;
  if (!m || port > 65535)
    throw inputError(
      'OPTION_INVALID',
      'listen',
      `${quoteValue(text)} is not host:port (e.g. 127.0.0.1:7700, [::1]:7700, :7700)`,
    );
  return { host: m[1] ?? (m[2] || '127.0.0.1'), port };
}

/** 127.0.0.0/8, ::1 and localhost: a listener only this machine reaches. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
