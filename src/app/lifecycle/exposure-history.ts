import type { ExposureRepository } from '../exposures/index.js';
import type { TriageAuditEntry } from '../triage/index.js';
import type {
  ExposureInterval,
  HistoryScope,
  LifecycleEvent,
  LifecycleRepository,
  LifecycleRow,
} from './ports.js';

/** One stretch of time a workload ran (or was declared to run) the vulnerability. */
export interface ExposedStretch {
  readonly from: string;
  /** Null: it still does. */
  readonly to: string | null;
  /**
   * From when it could be known (the advisory's publication, when later than `from`); null when the stretch
   * ended before anything was published: exposed, but nobody could have known.
   */
  readonly knownFrom: string | null;
  readonly artifacts: readonly string[];
  readonly components: readonly string[];
}

export interface WorkloadHistory {
  readonly environment: string;
  readonly workload: string;
  /** From the twin's history (deployment intervals), merged where they overlap. */
  readonly exposed: readonly ExposedStretch[];
  /** What Vigil recorded as it watched (ADR 079); null if it never tracked this one. */
  readonly lifecycle:
    | (Pick<LifecycleRow, 'state' | 'firstSeen' | 'closedAt' | 'closedBy' | 'reopened' | 'dueAt'> & {
        readonly events: readonly LifecycleEvent[];
      })
    | null;
  /**
   * The triage trail of decisions on this vulnerability that name this workload, its environment, or neither
   * (portfolio rules), newest first: the "triaged" step of the life, with who, when and why (ADR 081).
   */
  readonly triage: readonly TriageAuditEntry[];
}

export interface ExposureHistory {
  readonly vulnerability: string;
  readonly ids: readonly string[];
  /** The earliest publication among the group's advisories. */
  readonly published: string | null;
  readonly workloads: readonly WorkloadHistory[];
}

const CVE = /^CVE-\d{4}-\d+$/i;

/**
 * Was this workload exposed to CVE-X on date D, from when to when, and could anyone have known? From the twin's
 * deployment history (every interval an artifact carrying an affected finding ran) and the advisories'
 * publication, beside the lifecycle Vigil recorded. Findings are today's: a range corrected later applies
 * to the past too.
 * Undefined when no advisory has the id.
 */
export async function exposureHistory(
  deps: {
    readonly lifecycle: LifecycleRepository;
    /** The id look-up `impact` uses: any id to its vulnerability group, and the group's advisories. */
    readonly advisories: Pick<ExposureRepository, 'vulnerabilityOf' | 'advisoryFacts'>;
    /** The triage audit trail (newest first). */
    readonly triage?: () => Promise<readonly TriageAuditEntry[]>;
  },
  id: string,
  scope: HistoryScope = {},
): Promise<ExposureHistory | undefined> {
  const repo = deps.lifecycle;
  const group = await deps.advisories.vulnerabilityOf(id.trim());
  if (!group) return undefined;
  const members = await deps.advisories.advisoryFacts([group]);
  const ids = [...new Set([group, ...members.flatMap((m) => [m.id, ...m.aliases])])].sort();
  const published =
    members
      .map((m) => m.published)
      .filter((p): p is string => p !== null)
      .map((p) => new Date(p).toISOString())
      .sort()[0] ?? null;
  const intervals = await repo.intervals(group, scope);
  const byWorkload = new Map<string, ExposureInterval[]>();
  for (const i of intervals) {
    const k = `${i.environment}/${i.workload}`;
    const list = byWorkload.get(k);
    if (list) list.push(i);
    else byWorkload.set(k, [i]);
  }
  const display = ids.find((i) => CVE.test(i)) ?? group;
  const lifeKeys = new Set([...byWorkload.keys()].map((k) => `${display}|${k}`));
  const lives = new Map(
    (await repo.rows(scope.environment ? [scope.environment] : scope.environments, display))
      .filter((r) => lifeKeys.has(r.key))
      .map((r) => [r.key, r]),
  );
  const events = await repo.events([...lives.keys()]);
  const wanted = new Set(ids.map((i) => i.toUpperCase()));
  const trail = (await deps.triage?.()) ?? [];
  const decided = trail.filter((e) => wanted.has(e.scope.vulnerability.toUpperCase()));
  const workloads: WorkloadHistory[] = [...byWorkload.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, list]) => {
      const first = list[0] as (typeof list)[number];
      const life = lives.get(`${display}|${k}`);
      return {
        environment: first.environment,
        workload: first.workload,
        exposed: merge(list, published),
        lifecycle: life
          ? {
              state: life.state,
              firstSeen: life.firstSeen,
              closedAt: life.closedAt,
              closedBy: life.closedBy,
              reopened: life.reopened,
              dueAt: life.dueAt,
              events: events.filter((e) => e.key === life.key),
            }
          : null,
        triage: decided.filter(
          (e) =>
            (e.scope.environment === undefined || e.scope.environment === first.environment) &&
            (e.scope.workload === undefined || e.scope.workload === first.workload),
        ),
      };
    });
  return {
    vulnerability: display,
    ids,
    published,
    workloads,
  };
}

/** Deployment intervals merged where they overlap or touch, each with when it could be known. */
function merge(
  list: readonly { from: string; to: string | null; artifact: string; components: readonly string[] }[],
  published: string | null,
): ExposedStretch[] {
  const sorted = [...list].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: { from: string; to: string | null; artifacts: Set<string>; components: Set<string> }[] = [];
  for (const i of sorted) {
    const last = out.at(-1);
    if (last && (last.to === null || i.from <= last.to)) {
      if (last.to !== null && (i.to === null || i.to > last.to)) last.to = i.to;
      last.artifacts.add(i.artifact);
      for (const c of i.components) last.components.add(c);
    } else
      out.push({
        from: i.from,
        to: i.to,
        artifacts: new Set([i.artifact]),
        components: new Set(i.components),
      });
  }
  return out.map((s) => ({
    from: s.from,
    to: s.to,
    knownFrom:
      published === null
        ? null
        : published <= s.from
          ? s.from
          : s.to === null || published < s.to
            ? published
            : null,
    artifacts: [...s.artifacts].sort(),
    components: [...s.components].sort(),
  }));
}
