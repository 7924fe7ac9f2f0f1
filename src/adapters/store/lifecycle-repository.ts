import { packagePurl } from '../../app/exposures/index.js';
import type {
  ExposureInterval,
  ExposureTransition,
  LifecycleEvent,
  LifecycleRepository,
  LifecycleRow,
  MttrRow,
} from '../../app/lifecycle/index.js';
import type { PackageVersionRef } from '../../core/matching/osv-package.js';
import { formatPurl } from '../../core/purl/index.js';
import type { SqlClient } from './sql-client.js';
import { BATCH_ROWS } from './unnest.js';

/** Called inside the transaction that records transitions (the notification outbox appends there). */
export type TransitionListener = (
  tx: SqlClient,
  transitions: readonly ExposureTransition[],
  now: string,
) => Promise<void>;

interface RawLife {
  key: string;
  vulnerability: string;
  environment: string;
  workload: string;
  state: LifecycleRow['state'];
  first_seen: Date | string;
  opened_at: Date | string;
  closed_at: Date | string | null;
  closed_by: LifecycleRow['closedBy'];
  reopened: number;
  decision: LifecycleRow['decision'];
  score: number;
  kev: boolean;
  suppressed: boolean;
  ids: string[];
  summary: string;
  tier: string;
  artifact_name: string;
  fixed_version: string | null;
  artifacts: string[];
  components: string[];
  due_at: Date | string | null;
  breached_at: Date | string | null;
  updated_at: Date | string;
}

const iso = (t: Date | string): string => new Date(t).toISOString();
const isoOrNull = (t: Date | string | null): string | null => (t === null ? null : iso(t));

const fromRaw = (r: RawLife): LifecycleRow => ({
  key: r.key,
  vulnerability: r.vulnerability,
  environment: r.environment,
  workload: r.workload,
  state: r.state,
  firstSeen: iso(r.first_seen),
  openedAt: iso(r.opened_at),
  closedAt: isoOrNull(r.closed_at),
  closedBy: r.closed_by,
  reopened: Number(r.reopened),
  decision: r.decision,
  score: Number(r.score),
  kev: r.kev,
  suppressed: r.suppressed,
  ids: r.ids,
  summary: r.summary,
  tier: r.tier,
  artifactName: r.artifact_name,
  fixedVersion: r.fixed_version,
  artifacts: r.artifacts,
  components: r.components,
  dueAt: isoOrNull(r.due_at),
  breachedAt: isoOrNull(r.breached_at),
  updatedAt: iso(r.updated_at),
});

const COLUMNS = `key text, vulnerability text, environment text, workload text, state text, first_seen timestamptz,
  opened_at timestamptz, closed_at timestamptz, closed_by text, reopened int, decision text, score int, kev boolean,
  suppressed boolean, ids jsonb, summary text, tier text, artifact_name text, fixed_version text, artifacts jsonb,
  components jsonb, due_at timestamptz, breached_at timestamptz, updated_at timestamptz`;
const textArray = (column: string) => `ARRAY(SELECT jsonb_array_elements_text(r.${column}))`;

const UPSERT = `
INSERT INTO exposure_lifecycle (key, vulnerability, environment, workload, state, first_seen, opened_at, closed_at,
  closed_by, reopened, decision, score, kev, suppressed, ids, summary, tier, artifact_name, fixed_version, artifacts,
  components, due_at, breached_at, updated_at)
SELECT r.key, r.vulnerability, r.environment, r.workload, r.state, r.first_seen, r.opened_at, r.closed_at, r.closed_by,
  r.reopened, r.decision, r.score, r.kev, r.suppressed, ${textArray('ids')}, r.summary, r.tier, r.artifact_name,
  r.fixed_version, ${textArray('artifacts')}, ${textArray('components')}, r.due_at, r.breached_at, r.updated_at
FROM jsonb_to_recordset($1::jsonb) AS r(${COLUMNS})
ON CONFLICT (key) DO UPDATE SET state = EXCLUDED.state, first_seen = EXCLUDED.first_seen,
  opened_at = EXCLUDED.opened_at, closed_at = EXCLUDED.closed_at, closed_by = EXCLUDED.closed_by,
  reopened = EXCLUDED.reopened, decision = EXCLUDED.decision, score = EXCLUDED.score, kev = EXCLUDED.kev,
  suppressed = EXCLUDED.suppressed, ids = EXCLUDED.ids, summary = EXCLUDED.summary, tier = EXCLUDED.tier,
  artifact_name = EXCLUDED.artifact_name, fixed_version = EXCLUDED.fixed_version, artifacts = EXCLUDED.artifacts,
  components = EXCLUDED.components, due_at = EXCLUDED.due_at, breached_at = EXCLUDED.breached_at,
  updated_at = EXCLUDED.updated_at`;

const INSERT_EVENTS = `
INSERT INTO exposure_events (key, kind, at, environment, decision, opened_at, closed_by, detail)
SELECT r.key, r.kind, r.at, r.environment, r.decision, r.opened_at, r.closed_by, r.detail
FROM jsonb_to_recordset($1::jsonb) AS r(key text, kind text, at timestamptz, environment text, decision text,
  opened_at timestamptz, closed_by text, detail jsonb)`;

const toRaw = (r: LifecycleRow) => ({
  key: r.key,
  vulnerability: r.vulnerability,
  environment: r.environment,
  workload: r.workload,
  state: r.state,
  first_seen: r.firstSeen,
  opened_at: r.openedAt,
  closed_at: r.closedAt,
  closed_by: r.closedBy,
  reopened: r.reopened,
  decision: r.decision,
  score: r.score,
  kev: r.kev,
  suppressed: r.suppressed,
  ids: r.ids,
  summary: r.summary,
  tier: r.tier,
  artifact_name: r.artifactName,
  fixed_version: r.fixedVersion,
  artifacts: r.artifacts,
  components: r.components,
  due_at: r.dueAt,
  breached_at: r.breachedAt,
  updated_at: r.updatedAt,
});

async function inBatches<T>(items: readonly T[], write: (batch: readonly T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += BATCH_ROWS) await write(items.slice(i, i + BATCH_ROWS));
}

/** Exposure lives over SQL (migrations/012_exposure_lifecycle.sql). */
export function createLifecycleRepository(
  db: SqlClient,
  listeners: readonly TransitionListener[] = [],
): LifecycleRepository {
  return {
    async rows(environments, vulnerability) {
      const rows = await db.query<RawLife>(
        `SELECT * FROM exposure_lifecycle WHERE ($1::text[] IS NULL OR environment = ANY($1::text[]))
           AND ($2::text IS NULL OR vulnerability = $2::text) ORDER BY key`,
        [environments ?? null, vulnerability ?? null],
      );
      return rows.map(fromRaw);
    },
    async runningArtifacts() {
      const rows = await db.query<{ workload: string; digests: string[] }>(
        `SELECT e.name || '/' || w.namespace || '/' || w.name AS workload,
                array_agg(DISTINCT a.digest ORDER BY a.digest) FILTER (WHERE a.digest IS NOT NULL) AS digests
         FROM workloads w
         JOIN environments e ON e.id = w.environment_id
         LEFT JOIN deployments d ON d.workload_id = w.id AND d.ended_at IS NULL
         LEFT JOIN artifacts a ON a.id = d.artifact_id
         WHERE w.removed_at IS NULL
         GROUP BY e.name, w.namespace, w.name`,
      );
      return new Map(rows.map((r) => [r.workload, r.digests ?? []]));
    },
    async teams() {
      const rows = await db.query<{ name: string; team: string | null }>(
        'SELECT name, team FROM environments',
      );
      return new Map(rows.map((r) => [r.name, r.team]));
    },
    record: ({ rows, transitions }) =>
      db.transaction(async (tx) => {
        await inBatches(rows, (batch) => tx.query(UPSERT, [JSON.stringify(batch.map(toRaw))]));
        const byKey = new Map(rows.map((r) => [r.key, r]));
        await inBatches(transitions, (batch) =>
          tx.query(INSERT_EVENTS, [
            JSON.stringify(
              batch.map((t) => ({
                key: t.key,
                kind: t.kind,
                at: t.at,
                environment: t.environment,
                decision: t.decision,
                opened_at: byKey.get(t.key)?.openedAt ?? t.at,
                closed_by: t.closedBy,
                detail: {
                  ...(t.previousDecision ? { previousDecision: t.previousDecision } : {}),
                  ...(t.dueAt ? { dueAt: t.dueAt } : {}),
                  artifacts: byKey.get(t.key)?.artifacts ?? [],
                  components: byKey.get(t.key)?.components ?? [],
                },
              })),
            ),
          ]),
        );
        const at = transitions[0]?.at ?? new Date().toISOString();
        for (const listener of listeners) if (transitions.length > 0) await listener(tx, transitions, at);
      }),
    async intervals(group, scope = {}) {
      const rows = await db.query<{
        environment: string;
        namespace: string;
        workload: string;
        digest: string;
        artifact_name: string;
        packages: PackageVersionRef[];
        first_seen: Date | string;
        ended_at: Date | string | null;
        observed: boolean;
        source: string;
      }>(
        // Every deployment (ended or not) of an artifact whose current SBOM has an affected finding of the group;
        // a workload since removed ends its open deployments at its removal.
        `SELECT e.name AS environment, w.namespace, w.name AS workload, art.digest, art.name AS artifact_name,
                jsonb_agg(DISTINCT jsonb_build_object('type', p.type, 'namespace', p.namespace, 'name', p.name,
                  'version', v.version, 'distro', v.distro, 'source', v.source)) AS packages,
                d.first_seen, coalesce(d.ended_at, w.removed_at) AS ended_at, d.observed, d.source
         FROM advisories a
         JOIN findings f ON f.advisory_id = a.id AND f.status = 'affected'
         JOIN components c ON c.package_version_id = f.package_version_id
         JOIN sboms s ON s.id = c.sbom_id AND s.superseded_at IS NULL
         JOIN deployments d ON d.artifact_id = s.artifact_id
         JOIN workloads w ON w.id = d.workload_id
         JOIN environments e ON e.id = w.environment_id
         JOIN artifacts art ON art.id = s.artifact_id
         JOIN package_versions v ON v.id = f.package_version_id
         JOIN packages p ON p.id = v.package_id
         WHERE a.vulnerability_id = $1 AND ($2::text IS NULL OR e.name = $2::text)
           AND ($3::text[] IS NULL OR e.name = ANY($3::text[]))
         GROUP BY d.id, e.name, w.namespace, w.name, w.removed_at, art.digest, art.name
         ORDER BY e.name, w.namespace, w.name, d.first_seen`,
        [group, scope.environment ?? null, scope.environments ?? null],
      );
      return rows.map(
        (r): ExposureInterval => ({
          environment: r.environment,
          workload: `${r.namespace ? `${r.namespace}/` : ''}${r.workload}`,
          artifact: r.digest,
          artifactName: r.artifact_name,
          components: [...new Set(r.packages.map((p) => formatPurl(packagePurl(p))))].sort(),
          from: iso(r.first_seen),
          to: isoOrNull(r.ended_at),
          observed: r.observed,
          source: r.source,
        }),
      );
    },
    async events(keys) {
      if (keys.length === 0) return [];
      const rows = await db.query<{
        key: string;
        kind: LifecycleEvent['kind'];
        at: Date | string;
        environment: string;
        decision: LifecycleEvent['decision'];
        opened_at: Date | string;
        closed_by: LifecycleEvent['closedBy'];
      }>(
        `SELECT key, kind, at, environment, decision, opened_at, closed_by FROM exposure_events
         WHERE key = ANY($1::text[]) ORDER BY id`,
        [keys],
      );
      return rows.map((r) => ({ ...r, at: iso(r.at), openedAt: iso(r.opened_at), closedBy: r.closed_by }));
    },
    async flow({ since, environments }) {
      const rows = await db.query<{
        day: string;
        environment: string;
        opened: number | string;
        remediated: number | string;
      }>(
        `SELECT to_char(date_trunc('day', at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, environment,
                count(*) FILTER (WHERE kind IN ('opened', 'reopened')) AS opened,
                count(*) FILTER (WHERE kind = 'remediated' AND closed_by <> 'finding_withdrawn') AS remediated
         FROM exposure_events
         WHERE kind IN ('opened', 'reopened', 'remediated') AND at >= $1::timestamptz
           AND ($2::text[] IS NULL OR environment = ANY($2::text[]))
         GROUP BY 1, environment ORDER BY 1, environment`,
        [since, environments ?? null],
      );
      return rows.map((r) => ({ ...r, opened: Number(r.opened), remediated: Number(r.remediated) }));
    },
    async mttr({ since, period, environments }) {
      const rows = await db.query<{
        period: string;
        environment: string;
        team: string | null;
        remediated: number | string;
        mean_hours: number | string;
      }>(
        `SELECT to_char(date_trunc($2::text, ev.at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS period, ev.environment,
                e.team, count(*) AS remediated,
                avg(extract(epoch FROM ev.at - ev.opened_at)) / 3600 AS mean_hours
         FROM exposure_events ev
         LEFT JOIN environments e ON e.name = ev.environment
         WHERE ev.kind = 'remediated' AND ev.closed_by <> 'finding_withdrawn' AND ev.at >= $1::timestamptz
           AND ($3::text[] IS NULL OR ev.environment = ANY($3::text[]))
         GROUP BY 1, ev.environment, e.team ORDER BY 1, ev.environment`,
        [since, period, environments ?? null],
      );
      return rows.map(
        (r): MttrRow => ({
          period: r.period,
          environment: r.environment,
          team: r.team,
          remediated: Number(r.remediated),
          meanHours: Math.round(Number(r.mean_hours) * 10) / 10,
        }),
      );
    },
  };
}
