import { DECISIONS, type Decision } from '../../core/risk/index.js';
import { type ExposureTransition, TRANSITION_KINDS, type TransitionKind } from '../lifecycle/index.js';

/** The event kinds a subscription may ask for: the exposure transitions (ADR 079), and a feed gone stale. */
export const NOTIFY_KINDS = [...TRANSITION_KINDS, 'feed_stale'] as const;
export type NotifyKind = (typeof NOTIFY_KINDS)[number];
export const NOTIFY_CHANNELS = ['webhook', 'slack', 'alertmanager'] as const;
export type NotifyChannel = (typeof NOTIFY_CHANNELS)[number];

/** One workload an event is about. */
export interface NotifiedWorkload {
  readonly workload: string;
  readonly artifactName: string;
  readonly component: string;
  readonly decision: Decision;
  readonly fixedVersion: string | null;
  readonly dueAt: string | null;
}

/**
 * What an exposure notification says (the Standard Webhooks payload's `data`): one kind of change to one
 * vulnerability (every id of it: aliases are one vulnerability) in one environment, with every workload it touched.
 */
export interface ExposureNotificationData {
  readonly kind: TransitionKind;
  readonly vulnerability: string;
  readonly ids: readonly string[];
  readonly summary: string;
  readonly environment: string;
  readonly tier: string;
  readonly team: string | null;
  /** The most urgent decision among the workloads. */
  readonly decision: Decision;
  readonly kev: boolean;
  readonly workloads: readonly NotifiedWorkload[];
}

/** A scope of a feed (an OSV ecosystem; `''` for KEV and EPSS) that has not synced successfully for too long. */
export interface StaleFeedScope {
  readonly scope: string;
  /** When its newest successful sync finished; null: it never synced successfully. */
  readonly lastSuccess: string | null;
  /** Its newest sync's status (`failed`, `running`, …) and error, if any: why it is stale. */
  readonly status: string;
  readonly error: string | null;
}

/**
 * A feed gone stale (ADR 083): the scopes that have not synced successfully for longer than the feed's threshold,
 * each once per staleness episode. It concerns every environment: it has none.
 */
export interface FeedStaleData {
  readonly kind: 'feed_stale';
  readonly feed: 'osv' | 'kev' | 'epss';
  readonly thresholdHours: number;
  readonly scopes: readonly StaleFeedScope[];
}

/** What a notification says: a change to exposures, or a feed gone stale. */
export type NotificationData = ExposureNotificationData | FeedStaleData;

export interface NotificationEvent<D extends NotificationData = NotificationData> {
  /** `msg_<uuid>`: receivers dedupe on it. */
  readonly id: string;
  readonly createdAt: string;
  readonly data: D;
}

/** A subscription: where to send, and what it wants. */
export interface Subscription {
  readonly id: number;
  readonly name: string;
  readonly channel: NotifyChannel;
  readonly url: string;
  /** Standard Webhooks secret (`whsec_…`); webhook channel only. Never shown by listings. */
  readonly secret?: string;
  readonly team?: string;
  readonly environment?: string;
  /** Only events at this decision or more urgent. */
  readonly minDecision?: Decision;
  readonly kevOnly: boolean;
  /** A purl without version: only events on components of this package. */
  readonly package?: string;
  /** Any id: only events on this vulnerability. */
  readonly advisory?: string;
  readonly kinds: readonly NotifyKind[];
  /** One message per this many minutes, with every event of the period. */
  readonly digestMinutes?: number;
  readonly createdBy: string;
  readonly createdAt: string;
}

const urgency = (d: Decision): number => DECISIONS.indexOf(d);
const packageOf = (purl: string): string => purl.replace(/[?#].*$/, '').replace(/@[^/@]*$/, '');

/**
 * The events of one recording pass: transitions grouped by kind, vulnerability and environment. Exposures a
 * person took off the list (triage, VEX) make no noise — except their remediation, which is news.
 */
export function eventsOf(
  transitions: readonly ExposureTransition[],
  now: string,
  newId: () => string,
): NotificationEvent<ExposureNotificationData>[] {
  const groups = new Map<string, ExposureTransition[]>();
  for (const t of transitions) {
    if (t.suppressed && t.kind !== 'remediated') continue;
    const key = `${t.kind}|${t.vulnerability}|${t.environment}`;
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()].map((list) => {
    const first = list[0] as ExposureTransition;
    const sorted = [...list].sort((a, b) => (a.workload < b.workload ? -1 : a.workload > b.workload ? 1 : 0));
    return {
      id: newId(),
      createdAt: now,
      data: {
        kind: first.kind,
        vulnerability: first.vulnerability,
        ids: first.ids,
        summary: first.summary,
        environment: first.environment,
        tier: first.tier,
        team: first.team,
        decision: list.map((t) => t.decision).sort((a, b) => urgency(a) - urgency(b))[0] as Decision,
        kev: list.some((t) => t.kev),
        workloads: sorted.map((t) => ({
          workload: t.workload,
          artifactName: t.artifactName,
          component: t.component,
          decision: t.decision,
          fixedVersion: t.fixedVersion,
          dueAt: t.dueAt,
        })),
      },
    };
  });
}

/**
 * Whether a subscription wants an event: every filter it sets holds. A stale feed concerns every environment, so
 * only the kinds decide for it (subscriptions made without kinds ask for it only when global: ADR 083).
 */
export function wants(s: Subscription, e: NotificationData): boolean {
  if (!s.kinds.includes(e.kind)) return false;
  if (e.kind === 'feed_stale') return true;
  if (s.team !== undefined && s.team !== e.team) return false;
  if (s.environment !== undefined && s.environment !== e.environment) return false;
  if (s.minDecision !== undefined && urgency(e.decision) > urgency(s.minDecision)) return false;
  if (s.kevOnly && !e.kev) return false;
  if (
    s.package !== undefined &&
    !e.workloads.some((w) => packageOf(w.component) === packageOf(s.package as string))
  )
    return false;
  if (s.advisory !== undefined && !e.ids.some((id) => id.toUpperCase() === s.advisory?.toUpperCase()))
    return false;
  return true;
}

/** When a digest subscription next sends: the end of the current period of `minutes`. */
export function nextDigestAt(now: string, minutes: number): string {
  const period = minutes * 60_000;
  return new Date(Math.ceil((Date.parse(now) + 1) / period) * period).toISOString();
}

/** The wait before attempt `attempts + 1`: exponential from 5 s, capped at an hour, with ±20 % jitter. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(3_600_000, 5_000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}
