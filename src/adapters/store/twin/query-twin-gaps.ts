import type { GapRow } from '../../../app/evidence/index.js';
import type { SqlClient } from '../sql-client.js';
import { iso } from './twin-rows.js';

// Deployments open now, of any source: what the twin says is running (or was asked to run) today.
const RUNNING = `SELECT DISTINCT e.name AS environment, a.id AS artifact_id, a.digest, w.namespace, w.name, d.metadata->>'image' AS image
  FROM deployments d JOIN workloads w ON w.id = d.workload_id JOIN environments e ON e.id = w.environment_id
  JOIN artifacts a ON a.id = d.artifact_id WHERE d.ended_at IS NULL`;

const HAS_SBOM =
  'EXISTS (SELECT 1 FROM sboms s WHERE s.artifact_id = r.artifact_id AND s.superseded_at IS NULL)';

/** The twin's blind spots (see `twinGaps` in app/evidence), in a stable order. */
export async function queryTwinGaps(db: SqlClient): Promise<GapRow[]> {
  const coverage = await db.query<{ environment: string; total: number; covered: number }>(
    `SELECT environment, count(DISTINCT artifact_id)::int8 AS total,
            count(DISTINCT artifact_id) FILTER (WHERE ${HAS_SBOM})::int8 AS covered
     FROM (${RUNNING}) r GROUP BY environment ORDER BY environment`,
  );
  const missing = await db.query<{
    environment: string;
    digest: string;
    images: string[];
    workloads: string[];
  }>(
    `SELECT environment, digest, array_agg(DISTINCT coalesce(image, '')) AS images,
            array_agg(DISTINCT CASE WHEN namespace = '' THEN name ELSE namespace || '/' || name END) AS workloads
     FROM (${RUNNING}) r WHERE NOT ${HAS_SBOM} GROUP BY environment, digest ORDER BY environment, digest`,
  );
  const present = await db.query<{
    environment: string;
    namespace: string;
    name: string;
    containers: unknown;
  }>(
    `SELECT e.name AS environment, w.namespace, w.name, w.attributes->'containers' AS containers
     FROM workloads w JOIN environments e ON e.id = w.environment_id
     WHERE w.removed_at IS NULL AND jsonb_typeof(w.attributes->'containers') = 'array'
     ORDER BY e.name, w.namespace, w.name`,
  );
  const drift = await db.query<{
    environment: string;
    namespace: string;
    name: string;
    declared: string;
    declared_at: Date;
    observed: string[];
  }>(
    `WITH last_pipeline AS (
       SELECT DISTINCT ON (workload_id) workload_id, artifact_id, first_seen FROM deployments
       WHERE source = 'pipeline' ORDER BY workload_id, first_seen DESC, id DESC),
     seen AS (
       SELECT d.workload_id, array_agg(DISTINCT a.digest ORDER BY a.digest) AS digests FROM deployments d
       JOIN artifacts a ON a.id = d.artifact_id WHERE d.observed AND d.ended_at IS NULL GROUP BY d.workload_id)
     SELECT e.name AS environment, w.namespace, w.name, pa.digest AS declared, lp.first_seen AS declared_at, s.digests AS observed
     FROM last_pipeline lp JOIN seen s ON s.workload_id = lp.workload_id JOIN artifacts pa ON pa.id = lp.artifact_id
     JOIN workloads w ON w.id = lp.workload_id JOIN environments e ON e.id = w.environment_id
     WHERE NOT (pa.digest = ANY (s.digests)) ORDER BY e.name, w.namespace, w.name`,
  );
  const idle = await db.query<{ digest: string; name: string; sbom_id: number; declared: boolean }>(
    `SELECT a.digest, a.name, s.id AS sbom_id, EXISTS (SELECT 1 FROM deployments d WHERE d.artifact_id = a.id) AS declared
     FROM artifacts a JOIN sboms s ON s.artifact_id = a.id AND s.superseded_at IS NULL
     WHERE NOT EXISTS (SELECT 1 FROM deployments d WHERE d.artifact_id = a.id AND d.observed)
     ORDER BY a.digest`,
  );
  const ref = (namespace: string, name: string) => (namespace ? `${namespace}/${name}` : name);
  return [
    ...coverage.map(
      (c): GapRow => ({
        kind: 'coverage',
        environment: c.environment,
        runningDigests: c.total,
        withSbom: c.covered,
        coveragePercent: c.total === 0 ? 100 : Math.round((1000 * c.covered) / c.total) / 10,
      }),
    ),
    ...missing.map(
      (m): GapRow => ({
        kind: 'no-sbom',
        environment: m.environment,
        digest: m.digest,
        image: m.images.filter(Boolean).join(', '),
        workloads: m.workloads,
      }),
    ),
    ...present.flatMap((p) =>
      (p.containers as { name?: string; image?: string; imageDigest?: string }[])
        .filter((c) => !c.imageDigest)
        .map(
          (c): GapRow => ({
            kind: 'unresolved-image',
            environment: p.environment,
            workload: ref(p.namespace, p.name),
            container: c.name ?? '',
            image: c.image ?? '',
          }),
        ),
    ),
    ...drift.map(
      (d): GapRow => ({
        kind: 'drift',
        environment: d.environment,
        workload: ref(d.namespace, d.name),
        declared: d.declared,
        declaredAt: iso(d.declared_at)!,
        observed: d.observed,
      }),
    ),
    ...idle.map(
      (i): GapRow => ({
        kind: 'sbom-not-running',
        digest: i.digest,
        name: i.name,
        sbomId: i.sbom_id,
        declared: i.declared,
      }),
    ),
  ];
}
