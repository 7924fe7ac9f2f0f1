import type { Decision } from '../../core/risk/index.js';

/**
 * What can happen to an exposure over its life (docs/adr/079): it is detected (`opened`), it may be remediated
 * (only on deployment evidence: the workload runs an artifact without the finding, or is gone) and come back
 * (`reopened`, keeping its first-seen time); while open its decision may rise, its vulnerability may join the
 * KEV catalog, and its SLA may be breached.
 */
export const TRANSITION_KINDS = [
  'opened',
  'reopened',
  'remediated',
  'decision_raised',
  'kev_added',
  'sla_breached',
] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

/** How an exposure stopped: the fixed build seen running, the workload gone, or the finding withdrawn. */
export const CLOSED_BY = ['fixed_deployed', 'workload_gone', 'finding_withdrawn'] as const;
export type ClosedBy = (typeof CLOSED_BY)[number];

/** One recorded change of one exposure (natural key, docs/adr/072), with what a reader needs to act on it. */
export interface ExposureTransition {
  readonly kind: TransitionKind;
  /** When the change was recorded (ISO 8601). */
  readonly at: string;
  /** The exposure life's key: `vulnerability|environment/namespace/name` (see `lifecycleKey`). */
  readonly key: string;
  /** The vulnerability as exposures name it (its CVE id when it has one); `ids` holds every id of it. */
  readonly vulnerability: string;
  readonly ids: readonly string[];
  readonly summary: string;
  readonly environment: string;
  readonly tier: string;
  /** The team owning the environment; null: admins only. */
  readonly team: string | null;
  /** `namespace/name`. */
  readonly workload: string;
  readonly artifact: string;
  readonly artifactName: string;
  /** The component's canonical purl. */
  readonly component: string;
  readonly decision: Decision;
  /** The decision before a `decision_raised`; null otherwise. */
  readonly previousDecision: Decision | null;
  readonly score: number;
  readonly kev: boolean;
  readonly suppressed: boolean;
  readonly fixedVersion: string | null;
  /** When the exposure was first detected (kept across a regression). */
  readonly firstSeen: string;
  /** For `remediated`: how it closed. */
  readonly closedBy: ClosedBy | null;
  /** The SLA due date, if a policy gives one. */
  readonly dueAt: string | null;
}
