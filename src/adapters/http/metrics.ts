import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DECISIONS } from '../../core/risk/index.js';

/** What `/metrics` shows, read at scrape time. */
export interface MetricSources {
  /** Unsuppressed exposures by decision (cached by the caller: computing them is a full ranking). */
  exposuresByDecision(): Promise<Readonly<Record<string, number>>>;
  /**
   * Each feed scope: seconds since its last successful sync (absent: never one), and whether its newest sync
   * failed (or was interrupted or abandoned).
   */
  feedAges(): Promise<readonly { feed: string; scope: string; seconds?: number; failing: boolean }[]>;
  /** Callers waiting for an evaluation. */
  queueDepth(): number;
  /** Whether this process runs the cluster-wide schedules. */
  isLeader(): boolean;
}

/** One registry per server (never the global one): several servers in one test process stay apart. */
export function createMetrics(sources: MetricSources) {
  const registry = new Registry();
  const requests = new Histogram({
    name: 'vigil_http_request_duration_seconds',
    help: 'HTTP request latency by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const evaluations = new Counter({
    name: 'vigil_evaluations_total',
    help: 'incremental evaluations run',
    registers: [registry],
  });
  const evaluated = new Counter({
    name: 'vigil_evaluated_package_versions_total',
    help: 'package versions matched by evaluations',
    registers: [registry],
  });
  const jobs = new Counter({
    name: 'vigil_jobs_total',
    help: 'scheduled jobs run, by job and outcome',
    labelNames: ['job', 'outcome'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'vigil_evaluation_queue_depth',
    help: 'requests waiting for findings to be brought up to date',
    registers: [registry],
    collect() {
      this.set(sources.queueDepth());
    },
  });
  new Gauge({
    name: 'vigil_scheduler_leader',
    help: '1 when this process runs the schedules (one process per database does)',
    registers: [registry],
    collect() {
      this.set(sources.isLeader() ? 1 : 0);
    },
  });
  new Gauge({
    name: 'vigil_exposures',
    help: 'exposures not suppressed (by triage or VEX), by decision',
    labelNames: ['decision'] as const,
    registers: [registry],
    async collect() {
      const counts = await sources.exposuresByDecision();
      for (const d of DECISIONS) this.set({ decision: d }, counts[d] ?? 0);
    },
  });
  new Gauge({
    name: 'vigil_feed_age_seconds',
    help: "seconds since a feed's last successful sync",
    labelNames: ['feed', 'scope'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const a of await sources.feedAges())
        if (a.seconds !== undefined) this.set({ feed: a.feed, scope: a.scope }, a.seconds);
    },
  });
  new Gauge({
    name: 'vigil_feed_sync_failing',
    help: "1 when a feed scope's newest sync failed, was interrupted or abandoned; 0 when it succeeded or runs",
    labelNames: ['feed', 'scope'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const a of await sources.feedAges()) this.set({ feed: a.feed, scope: a.scope }, a.failing ? 1 : 0);
    },
  });
  return { registry, requests, evaluations, evaluated, jobs };
}

export type Metrics = ReturnType<typeof createMetrics>;
