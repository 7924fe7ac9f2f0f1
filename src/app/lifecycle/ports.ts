import type { Decision } from '../../core/risk/index.js';
import type { ClosedBy, ExposureTransition, TransitionKind } from './transitions.js';

/** The stored life of one exposure: a vulnerability group on one workload of one environment. */
export interface LifecycleRow {
  /** `vulnerability|environment/namespace/name` (see `lifecycleKey`). */
  readonly key: string;
  readonly vulnerability: string;
  readonly environment: string;
  /** `namespace/name`. */
  readonly workload: string;
  readonly state: 'open' | 'remediated';
  readonly firstSeen: string;
  readonly openedAt: string;
  readonly closedAt: string | null;
  readonly closedBy: ClosedBy | null;
  readonly reopened: number;
  readonly decision: Decision;
  readonly score: number;
  readonly kev: boolean;
  readonly suppressed: boolean;
  readonly ids: readonly string[];
  readonly summary: string;
  readonly tier: string;
  readonly artifactName: string;
  readonly fixedVersion: string | null;
  readonly artifacts: readonly string[];
  readonly components: readonly string[];
  readonly dueAt: string | null;
  readonly breachedAt: string | null;
  readonly updatedAt: string;
}

/** One recorded event of an exposure's life, as stored. */
export interface LifecycleEvent {
  readonly key: string;
  readonly kind: TransitionKind;
  readonly at: string;
  readonly environment: string;
  readonly decision: Decision;
  readonly openedAt: string;
  readonly closedBy: ClosedBy | null;
}

/** Mean time to remediate over one period of one environment. */
export interface MttrRow {
  /** The period's first day (YYYY-MM-DD): a week starting Monday, or a month. */
  readonly period: string;
  readonly environment: string;
  readonly team: string | null;
  readonly remediated: number;
  /** Mean hours from detection (of the open interval) to remediation. */
  readonly meanHours: number;
}

/** Exposures detected (opened or reopened) and remediated on one day in one environment. */
export interface FlowRow {
  /** YYYY-MM-DD (UTC). */
  readonly day: string;
  readonly environment: string;
  readonly opened: number;
  readonly remediated: number;
}

/** One deployment of an artifact carrying the vulnerability, from the twin's history. */
export interface ExposureInterval {
  readonly environment: string;
  /** `namespace/name`. */
  readonly workload: string;
  readonly artifact: string;
  readonly artifactName: string;
  /** Canonical purls of the affected components in that artifact. */
  readonly components: readonly string[];
  readonly from: string;
  /** Null: still running (or declared). */
  readonly to: string | null;
  readonly observed: boolean;
  readonly source: string;
}

/** Which environments a history covers: one asked for, and those the caller may see (a team's). */
export interface HistoryScope {
  readonly environment?: string;
  readonly environments?: readonly string[];
}

export interface LifecycleRepository {
  /** Every stored exposure life (open and remediated), or those of these environments, or of one vulnerability. */
  rows(environments?: readonly string[], vulnerability?: string): Promise<LifecycleRow[]>;
  /** Present workloads, by `environment/namespace/name`, with the digests of their open deployments. */
  runningArtifacts(): Promise<Map<string, readonly string[]>>;
  /** The team owning each environment (null: admins only). */
  teams(): Promise<Map<string, string | null>>;
  /**
   * In one transaction: writes the rows, appends the transitions as events, and hands the transitions to the
   * store's listeners (the notification outbox) inside the same transaction.
   */
  record(write: {
    readonly rows: readonly LifecycleRow[];
    readonly transitions: readonly ExposureTransition[];
  }): Promise<void>;
  /** Every deployment, past or present, of an artifact whose SBOM carries an affected finding of the group. */
  intervals(group: string, scope?: HistoryScope): Promise<ExposureInterval[]>;
  /** The events of these lives, oldest first. */
  events(keys: readonly string[]): Promise<LifecycleEvent[]>;
  /** Detections and remediations per day since `since` (withdrawn findings are no remediation). */
  flow(query: { readonly since: string; readonly environments?: readonly string[] }): Promise<FlowRow[]>;
  /** Remediations since `since`, per period, environment and team. */
  mttr(query: {
    readonly since: string;
    readonly period: 'week' | 'month';
    readonly environments?: readonly string[];
  }): Promise<MttrRow[]>;
}
