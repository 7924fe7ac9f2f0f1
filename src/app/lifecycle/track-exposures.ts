import { DECISIONS, type Decision } from '../../core/risk/index.js';
import type { Exposure, KevFacts } from '../exposures/index.js';
import type { LifecycleRepository, LifecycleRow } from './ports.js';
import type { ClosedBy, ExposureTransition, TransitionKind } from './transitions.js';

/**
 * The key of an exposure's life: a vulnerability group on one workload (`namespace/name`) of one environment.
 * Components and artifacts come and go within it: a fix that leaves the vulnerability in another component of
 * the workload is no remediation.
 */
export const lifecycleKey = (vulnerability: string, environment: string, workload: string): string =>
  `${vulnerability}|${environment}/${workload}`;

export interface TrackExposuresDeps {
  readonly repo: LifecycleRepository;
  /** Every current exposure, in every environment. */
  readonly exposures: () => Promise<readonly Exposure[]>;
  readonly kev: (cves: readonly string[]) => Promise<readonly KevFacts[]>;
  readonly now: () => Date;
}

export interface TrackSummary {
  readonly open: number;
  readonly transitions: Readonly<Record<TransitionKind, number>>;
  readonly millis: number;
}

const CVE = /^CVE-\d{4}-\d+$/i;
const urgency = (d: Decision): number => DECISIONS.indexOf(d);
const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);
const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

/** The current exposures folded into one candidate life per key. */
function fold(exposures: readonly Exposure[]): Map<string, Exposure[]> {
  const byKey = new Map<string, Exposure[]>();
  for (const e of exposures) {
    const key = lifecycleKey(e.vulnerability, e.environment, e.workload);
    const group = byKey.get(key);
    if (group) group.push(e);
    else byKey.set(key, [e]);
  }
  return byKey;
}

/** The exposure that speaks for a group: the most urgent one not suppressed, else the most urgent one. */
function leader(first: Exposure, group: readonly Exposure[]): Exposure {
  const rank = (e: Exposure) => (e.suppressed ? 10 : 0) + urgency(e.decision);
  const before = (a: Exposure, b: Exposure) =>
    rank(a) - rank(b) || b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return group.reduce((best, e) => (before(e, best) < 0 ? e : best), first);
}

/** How a life with no current exposure ended, from the twin: the workload's running artifacts. */
function closedBy(row: LifecycleRow, running: ReadonlyMap<string, readonly string[]>): ClosedBy {
  const now = running.get(`${row.environment}/${row.workload}`);
  if (!now) return 'workload_gone';
  return now.some((digest) => row.artifacts.includes(digest)) ? 'finding_withdrawn' : 'fixed_deployed';
}

/**
 * The monitoring step of the CTEM cycle: compares the exposures derived now with their stored lives and records
 * each change in one transaction — detected (`opened`), back after a remediation (`reopened`, first-seen kept),
 * `remediated` only when the workload runs no artifact that carried it (`fixed_deployed`) or is gone
 * (`workload_gone`; a finding withdrawn while the same artifact runs is recorded as such), a decision raised,
 * its vulnerability newly in KEV, its SLA due date passed. Running it again with nothing changed records nothing.
 */
export async function trackExposures(deps: TrackExposuresDeps): Promise<TrackSummary> {
  const started = Date.now();
  const [current, stored, running, teams] = await Promise.all([
    deps.exposures().then(fold),
    deps.repo.rows(),
    deps.repo.runningArtifacts(),
    deps.repo.teams(),
  ]);
  const now = deps.now().toISOString();
  const cves = sorted(
    [...current.values()].flatMap((g) => g.flatMap((e) => e.ids.filter((i) => CVE.test(i)))),
  );
  const kevByCve = new Map((await deps.kev(cves)).map((k) => [k.cve.toUpperCase(), k]));
  const storedByKey = new Map(stored.map((r) => [r.key, r]));
  const rows: LifecycleRow[] = [];
  const transitions: ExposureTransition[] = [];
  const counts = Object.fromEntries(
    (['opened', 'reopened', 'remediated', 'decision_raised', 'kev_added', 'sla_breached'] as const).map(
      (k) => [k, 0],
    ),
  ) as Record<TransitionKind, number>;
  const emit = (kind: TransitionKind, row: LifecycleRow, previousDecision: Decision | null = null) => {
    counts[kind] += 1;
    transitions.push({
      kind,
      at: now,
      key: row.key,
      vulnerability: row.vulnerability,
      ids: row.ids,
      summary: row.summary,
      environment: row.environment,
      tier: row.tier,
      team: teams.get(row.environment) ?? null,
      workload: row.workload,
      artifact: row.artifacts[0] ?? '',
      artifactName: row.artifactName,
      component: row.components[0] ?? '',
      decision: row.decision,
      previousDecision,
      score: row.score,
      kev: row.kev,
      suppressed: row.suppressed,
      fixedVersion: row.fixedVersion,
      firstSeen: row.firstSeen,
      closedBy: row.closedBy,
      dueAt: row.dueAt,
    });
  };

  for (const [key, group] of current) {
    const lead = leader(group[0] as Exposure, group);
    const kevEntries = sorted(group.flatMap((e) => e.ids))
      .map((id) => kevByCve.get(id.toUpperCase()))
      .filter((k): k is KevFacts => k !== undefined);
    const before = storedByKey.get(key);
    const reopening = before?.state === 'remediated';
    // evidence times, not the time of this look: when it could first be known (a regression: not before it closed)
    const detected = sorted(group.map((e) => e.detectedAt))[0] ?? now;
    const openedAt = !before
      ? detected
      : reopening
        ? ([detected, before.closedAt ?? now].sort().at(-1) ?? now)
        : before.openedAt;
    const due = sorted(group.map((e) => e.dueAt).filter((d): d is string => d !== null))[0] ?? null;
    const breached = before && !reopening ? before.breachedAt : null;
    const row: LifecycleRow = {
      key,
      vulnerability: lead.vulnerability,
      environment: lead.environment,
      workload: lead.workload,
      state: 'open',
      firstSeen: before?.firstSeen ?? detected,
      openedAt,
      closedAt: null,
      closedBy: null,
      reopened: (before?.reopened ?? 0) + (reopening ? 1 : 0),
      decision: lead.decision,
      score: Math.max(...group.map((e) => e.score)),
      kev: kevEntries.length > 0,
      suppressed: group.every((e) => e.suppressed),
      ids: sorted(group.flatMap((e) => e.ids)),
      summary: lead.summary,
      tier: lead.tier,
      artifactName: lead.artifactName,
      fixedVersion: lead.fixedVersion,
      artifacts: sorted(group.map((e) => e.artifact)),
      components: sorted(group.map((e) => e.component.purl)),
      dueAt: due,
      breachedAt: breached ?? (due !== null && due <= now ? now : null),
      updatedAt: now,
    };
    if (!before) emit('opened', row);
    else if (reopening) emit('reopened', row);
    else {
      if (urgency(row.decision) < urgency(before.decision)) emit('decision_raised', row, before.decision);
      if (row.kev && !before.kev) emit('kev_added', row);
    }
    if (row.breachedAt !== null && (reopening || !before || before.breachedAt === null))
      emit('sla_breached', row);
    if (!before || reopening || changed(before, row)) rows.push(row);
  }
  for (const before of stored) {
    if (before.state !== 'open' || current.has(before.key)) continue;
    const row: LifecycleRow = {
      ...before,
      state: 'remediated',
      closedAt: now,
      closedBy: closedBy(before, running),
      updatedAt: now,
    };
    rows.push(row);
    emit('remediated', row);
  }
  if (rows.length > 0) await deps.repo.record({ rows, transitions });
  const open = [...current.keys()].length;
  return { open, transitions: counts, millis: Date.now() - started };
}

/** Whether anything but the time of the last look differs. */
function changed(a: LifecycleRow, b: LifecycleRow): boolean {
  return (
    a.decision !== b.decision ||
    a.score !== b.score ||
    a.kev !== b.kev ||
    a.suppressed !== b.suppressed ||
    a.summary !== b.summary ||
    a.tier !== b.tier ||
    a.artifactName !== b.artifactName ||
    a.fixedVersion !== b.fixedVersion ||
    a.dueAt !== b.dueAt ||
    a.breachedAt !== b.breachedAt ||
    !sameSet(a.ids, b.ids) ||
    !sameSet(a.artifacts, b.artifacts) ||
    !sameSet(a.components, b.components)
  );
}
