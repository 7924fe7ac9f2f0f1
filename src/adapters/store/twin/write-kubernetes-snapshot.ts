import type { Refusal, SnapshotSummary, SnapshotWrite } from '../../../app/evidence/index.js';
import type { IssueCode } from '../../../core/input/index.js';
import type { SqlClient, SqlDatabase } from '../sql-client.js';
import { unnestQuery } from '../unnest.js';
import { ensureArtifacts, ensureEnvironment, imageName, iso } from './twin-rows.js';

interface OpenDeployment {
  id: number;
  workload_id: number;
  artifact_id: number;
  source: string;
  observed: boolean;
}

/**
 * Replaces a cluster's state with a snapshot, in one transaction (docs/adr/042): workloads are upserted,
 * open deployments still in the snapshot are continued (`last_seen`), the others ended at the snapshot time,
 * new ones opened; workloads of the cluster the snapshot no longer holds are marked removed.
 */
export async function writeKubernetesSnapshot(
  db: SqlDatabase,
  input: SnapshotWrite,
): Promise<SnapshotSummary | Refusal> {
  return db.transaction(async (tx) => {
    const [known] = await tx.query<{ id: number; environment: string; last_snapshot_at: Date | null }>(
      `SELECT c.id, e.name AS environment, c.last_snapshot_at FROM clusters c JOIN environments e ON e.id = c.environment_id
       WHERE c.name = $1 FOR UPDATE OF c`,
      [input.cluster],
    );
    const environment = input.environment ?? known?.environment ?? input.cluster;
    if (known && known.environment !== environment) {
      return refuse(
        'CLUSTER_ENVIRONMENT',
        'environment',
        `cluster ${input.cluster} belongs to environment ${known.environment}, not ${environment}`,
      );
    }
    const last = iso(known?.last_snapshot_at);
    if (last && last > input.at) {
      return refuse(
        'SNAPSHOT_STALE',
        'at',
        `${input.at} is before the last snapshot of cluster ${input.cluster} (${last}); snapshots replace each other in time order`,
      );
    }
    const env = (await ensureEnvironment(tx, environment, true))!;
    const clusterId = known?.id ?? (await insertCluster(tx, input.cluster, env.id));
    if (clusterId === undefined) {
      return refuse(
        'CLUSTER_ENVIRONMENT',
        'environment',
        `cluster ${input.cluster} was just created in another environment`,
      );
    }
    const workloads = input.snapshot.workloads;
    await unnestQuery(
      tx,
      (u) =>
        `INSERT INTO namespaces (cluster_id, name) SELECT $1, n FROM ${u} AS u(n) ON CONFLICT DO NOTHING`,
      ['text'],
      [input.snapshot.namespaces],
      [clusterId],
    );
    const rows = await unnestQuery<{ id: number; namespace: string; name: string }>(
      tx,
      (
        u,
      ) => `INSERT INTO workloads (environment_id, cluster_id, namespace_id, namespace, name, kind, labels, attributes, first_seen, last_seen)
        SELECT $1, $2, n.id, u.ns, u.name, u.kind, u.labels::jsonb, u.attributes::jsonb, $3, $3
        FROM ${u} AS u(ns, name, kind, labels, attributes) JOIN namespaces n ON n.cluster_id = $2 AND n.name = u.ns
        ON CONFLICT (environment_id, namespace, name) DO UPDATE SET
          updated_at = CASE WHEN (workloads.cluster_id, workloads.kind, workloads.labels, workloads.attributes, workloads.removed_at)
            IS DISTINCT FROM (EXCLUDED.cluster_id, EXCLUDED.kind, EXCLUDED.labels, EXCLUDED.attributes, NULL::timestamptz)
            THEN now() ELSE workloads.updated_at END,
          cluster_id = EXCLUDED.cluster_id, namespace_id = EXCLUDED.namespace_id, kind = EXCLUDED.kind,
          labels = EXCLUDED.labels, attributes = EXCLUDED.attributes, removed_at = NULL,
          first_seen = COALESCE(workloads.first_seen, EXCLUDED.first_seen),
          last_seen = GREATEST(workloads.last_seen, EXCLUDED.last_seen)
        RETURNING id, namespace, name`,
      ['text', 'text', 'text', 'text', 'text'],
      [
        workloads.map((w) => w.namespace),
        workloads.map((w) => w.name),
        workloads.map((w) => w.kind),
        workloads.map((w) => JSON.stringify(w.labels)),
        workloads.map((w) => JSON.stringify(w.attributes)),
      ],
      [env.id, clusterId, input.at],
    );
    const workloadIds = new Map(rows.map((r) => [`${r.namespace}/${r.name}`, r.id]));
    const artifactIds = await ensureArtifacts(
      tx,
      workloads.flatMap((w) => w.artifacts),
    );
    const wanted = workloads.flatMap((w) =>
      w.artifacts.map((a) => ({
        workloadId: workloadIds.get(`${w.namespace}/${w.name}`)!,
        artifactId: artifactIds.get(a.digest)!,
        source: a.source,
        observed: a.observed,
        firstSeen: a.since && a.since < input.at ? a.since : input.at,
        metadata: JSON.stringify({ image: imageName(a), containers: a.containers }),
      })),
    );
    const open = await tx.query<OpenDeployment>(
      `SELECT id, workload_id, artifact_id, source, observed FROM deployments
       WHERE cluster_id = $1 AND ended_at IS NULL AND source IN ('kubernetes', 'manifest')`,
      [clusterId],
    );
    const keyOf = (d: { workloadId: number; artifactId: number; source: string; observed: boolean }) =>
      `${d.workloadId}/${d.artifactId}/${d.source}/${d.observed}`;
    const openByKey = new Map(
      open.map((d) => [
        keyOf({
          workloadId: d.workload_id,
          artifactId: d.artifact_id,
          source: d.source,
          observed: d.observed,
        }),
        d.id,
      ]),
    );
    const opened = wanted.filter((d) => !openByKey.has(keyOf(d)));
    const continued = wanted
      .map((d) => openByKey.get(keyOf(d)))
      .filter((id): id is number => id !== undefined);
    const kept = new Set(continued);
    const ended = open.filter((d) => !kept.has(d.id)).map((d) => d.id);
    await tx.query('UPDATE deployments SET last_seen = GREATEST(last_seen, $2) WHERE id = ANY($1::int8[])', [
      continued,
      input.at,
    ]);
    await tx.query('UPDATE deployments SET ended_at = $2 WHERE id = ANY($1::int8[])', [ended, input.at]);
    await unnestQuery(
      tx,
      (
        u,
      ) => `INSERT INTO deployments (workload_id, artifact_id, source, observed, first_seen, metadata, cluster_id, last_seen)
        SELECT w, a, s, o, f, m::jsonb, $1, $2 FROM ${u} AS u(w, a, s, o, f, m)`,
      ['int8', 'int8', 'text', 'bool', 'timestamptz', 'text'],
      [
        opened.map((d) => d.workloadId),
        opened.map((d) => d.artifactId),
        opened.map((d) => d.source),
        opened.map((d) => d.observed),
        opened.map((d) => d.firstSeen),
        opened.map((d) => d.metadata),
      ],
      [clusterId, input.at],
    );
    const removed = await tx.query(
      `UPDATE workloads SET removed_at = $2, updated_at = now()
       WHERE cluster_id = $1 AND removed_at IS NULL AND NOT (id = ANY($3::int8[])) RETURNING id`,
      [clusterId, input.at, [...workloadIds.values()]],
    );
    await tx.query('UPDATE clusters SET last_snapshot_at = $2 WHERE id = $1', [clusterId, input.at]);
    const artifacts = workloads.flatMap((w) => w.artifacts);
    return {
      environment,
      ...(env.created ? { createdEnvironment: env.created } : {}),
      cluster: input.cluster,
      at: input.at,
      workloads: workloads.length,
      removedWorkloads: removed.length,
      deployments: { opened: opened.length, continued: continued.length, ended: ended.length },
      observed: artifacts.filter((a) => a.observed).length,
      declared: artifacts.filter((a) => !a.observed).length,
      unresolvedImages: workloads.reduce(
        (n, w) => n + w.attributes.containers.filter((c) => !c.imageDigest).length,
        0,
      ),
      ignoredKinds: input.snapshot.ignored,
    };
  });
}

async function insertCluster(
  tx: SqlClient,
  name: string,
  environmentId: number,
): Promise<number | undefined> {
  const [row] = await tx.query<{ id: number; environment_id: number }>(
    `INSERT INTO clusters (name, environment_id) VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id, environment_id`,
    [name, environmentId],
  );
  return row && row.environment_id === environmentId ? row.id : undefined;
}

const refuse = (code: IssueCode, path: string, message: string): Refusal => ({
  refused: { code, path, message },
});
