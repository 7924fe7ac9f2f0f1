import type { HistoryRow, TwinRow } from '../../../app/evidence/index.js';
import type { WorkloadRef } from '../../../core/twin/index.js';
import type { SqlClient } from '../sql-client.js';
import { iso } from './twin-rows.js';

interface ShowRow {
  environment: string;
  cluster: string | null;
  namespace: string;
  workload: string;
  kind: string;
  digest: string | null;
  image: string | null;
  containers: { image?: string; imageDigest?: string }[] | null;
  source: string | null;
  observed: boolean;
  first_seen: Date | null;
  last_seen: Date | null;
  ended_at: Date | null;
  attributes: { internetFacing?: boolean; exposure?: string[]; networkPolicyIsolated?: boolean };
  sbom: boolean;
}

const ACTIVE = `d.first_seen <= $1 AND (d.ended_at IS NULL OR d.ended_at > $1)`;

/**
 * What ran where at `at`: the deployments active then, and the workloads present then without any (their
 * images known by tag only, listed from their attributes). Attributes are today's, not those of `at`.
 */
export async function queryTwin(
  db: SqlClient,
  query: { environment?: string; at: string },
): Promise<TwinRow[]> {
  const rows = await db.query<ShowRow>(
    `SELECT e.name AS environment, c.name AS cluster, w.namespace, w.name AS workload, w.kind, a.digest,
            d.metadata->>'image' AS image, NULL::jsonb AS containers, d.source, d.observed, d.first_seen, d.last_seen, d.ended_at,
            w.attributes,
            EXISTS (SELECT 1 FROM sboms s WHERE s.artifact_id = a.id) AS sbom
     FROM deployments d JOIN workloads w ON w.id = d.workload_id JOIN environments e ON e.id = w.environment_id
     JOIN artifacts a ON a.id = d.artifact_id LEFT JOIN clusters c ON c.id = d.cluster_id
     WHERE ${ACTIVE} AND ($2::text IS NULL OR e.name = $2)
     UNION ALL
     SELECT e.name, c.name, w.namespace, w.name, w.kind, NULL, NULL, w.attributes->'containers', NULL, false,
            w.first_seen, w.last_seen, w.removed_at, w.attributes, false
     FROM workloads w JOIN environments e ON e.id = w.environment_id LEFT JOIN clusters c ON c.id = w.cluster_id
     WHERE w.first_seen <= $1 AND (w.removed_at IS NULL OR w.removed_at > $1) AND ($2::text IS NULL OR e.name = $2)
       AND NOT EXISTS (SELECT 1 FROM deployments d WHERE d.workload_id = w.id AND ${ACTIVE})
     ORDER BY 1, 3, 4, 6 NULLS LAST, 9`,
    [query.at, query.environment ?? null],
  );
  return rows.map((r) => ({
    environment: r.environment,
    cluster: r.cluster,
    namespace: r.namespace,
    workload: r.workload,
    kind: r.kind,
    digest: r.digest,
    image:
      r.image ??
      [...new Set((r.containers ?? []).filter((c) => !c.imageDigest && c.image).map((c) => c.image))].join(
        ', ',
      ),
    source: r.source,
    observed: r.observed,
    firstSeen: iso(r.first_seen),
    lastSeen: iso(r.last_seen),
    endedAt: iso(r.ended_at),
    internetFacing: r.attributes.internetFacing === true,
    exposure: r.attributes.exposure ?? [],
    networkPolicyIsolated: r.attributes.networkPolicyIsolated === true,
    sbom: r.sbom,
  }));
}

interface HistoryQueryRow {
  environment: string;
  namespace: string;
  name: string;
  digest: string;
  image: string | null;
  source: string;
  observed: boolean;
  cluster: string | null;
  first_seen: Date;
  last_seen: Date;
  ended_at: Date | null;
  commit_sha: string | null;
  pipeline_run: string | null;
  actor: string | null;
}

/** Every deployment of a workload (in every environment unless one is named), oldest first. */
export async function queryWorkloadHistory(
  db: SqlClient,
  query: { workload: WorkloadRef; environment?: string },
): Promise<HistoryRow[]> {
  const rows = await db.query<HistoryQueryRow>(
    `SELECT e.name AS environment, w.namespace, w.name, a.digest, d.metadata->>'image' AS image, d.source, d.observed,
            c.name AS cluster, d.first_seen, d.last_seen, d.ended_at, d.commit_sha, d.pipeline_run, d.actor
     FROM deployments d JOIN workloads w ON w.id = d.workload_id JOIN environments e ON e.id = w.environment_id
     JOIN artifacts a ON a.id = d.artifact_id LEFT JOIN clusters c ON c.id = d.cluster_id
     WHERE w.namespace = $1 AND w.name = $2 AND ($3::text IS NULL OR e.name = $3)
     ORDER BY e.name, d.first_seen, d.id`,
    [query.workload.namespace, query.workload.name, query.environment ?? null],
  );
  return rows.map((r) => ({
    environment: r.environment,
    workload: r.namespace ? `${r.namespace}/${r.name}` : r.name,
    digest: r.digest,
    image: r.image ?? '',
    source: r.source,
    observed: r.observed,
    cluster: r.cluster,
    firstSeen: iso(r.first_seen)!,
    lastSeen: iso(r.last_seen)!,
    endedAt: iso(r.ended_at),
    commit: r.commit_sha,
    pipelineRun: r.pipeline_run,
    actor: r.actor,
  }));
}
