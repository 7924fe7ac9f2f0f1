import type {
  PipelineDeploymentResult,
  PipelineDeploymentWrite,
  Refusal,
} from '../../../app/evidence/index.js';
import type { SqlDatabase } from '../sql-client.js';
import { ensureArtifacts, ensureEnvironment, imageName, iso } from './twin-rows.js';

/**
 * Stores a pipeline deploy event in one transaction. Its `event_key` makes a repeat a no-op; then the
 * workload's pipeline deployments are re-chained in time order, each ending where the next one starts, so
 * that events arriving out of order give the same intervals as in order (docs/adr/042).
 */
export async function recordPipelineDeployment(
  db: SqlDatabase,
  input: PipelineDeploymentWrite,
): Promise<Omit<PipelineDeploymentResult, 'workload'> | Refusal> {
  return db.transaction(async (tx) => {
    const env = await ensureEnvironment(tx, input.environment, input.createEnvironment);
    if (!env) {
      return {
        refused: {
          code: 'ENVIRONMENT_UNKNOWN',
          path: 'environment',
          message: `environment ${input.environment} does not exist; create it with --create-env (or check the name)`,
        },
      };
    }
    // the upsert locks the workload's row: concurrent events for one workload are chained one at a time
    const [workload] = await tx.query<{ id: number }>(
      `INSERT INTO workloads (environment_id, namespace, name, first_seen, last_seen) VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (environment_id, namespace, name) DO UPDATE SET
         first_seen = LEAST(COALESCE(workloads.first_seen, EXCLUDED.first_seen), EXCLUDED.first_seen),
         last_seen = GREATEST(workloads.last_seen, EXCLUDED.last_seen)
       RETURNING id`,
      [env.id, input.workload.namespace, input.workload.name, input.at],
    );
    const workloadId = workload!.id;
    const artifactId = (await ensureArtifacts(tx, [input.image])).get(input.image.digest)!;
    const [inserted] = await tx.query<{ id: number }>(
      `INSERT INTO deployments (artifact_id, workload_id, source, observed, first_seen, last_seen, commit_sha, pipeline_run, actor, event_key, metadata)
       VALUES ($1, $2, 'pipeline', false, $3, $3, $4, $5, $6, $7, $8::jsonb)
       ON CONFLICT (event_key) DO NOTHING RETURNING id`,
      [
        artifactId,
        workloadId,
        input.at,
        input.commit ?? null,
        input.pipelineRun ?? null,
        input.actor ?? null,
        input.eventKey,
        JSON.stringify({ image: imageName(input.image) }),
      ],
    );
    if (inserted) {
      await tx.query(
        `UPDATE deployments d SET ended_at = n.next_start
         FROM (SELECT id, lead(first_seen) OVER (ORDER BY first_seen, id) AS next_start
               FROM deployments WHERE workload_id = $1 AND source = 'pipeline') n
         WHERE d.id = n.id AND d.ended_at IS DISTINCT FROM n.next_start`,
        [workloadId],
      );
    }
    const [row] = await tx.query<{ id: number; digest: string; first_seen: Date; ended_at: Date | null }>(
      `SELECT d.id, a.digest, d.first_seen, d.ended_at FROM deployments d JOIN artifacts a ON a.id = d.artifact_id
       WHERE d.event_key = $1`,
      [input.eventKey],
    );
    return {
      deploymentId: row!.id,
      status: inserted ? 'new' : 'unchanged',
      environment: input.environment,
      ...(env.created ? { createdEnvironment: env.created } : {}),
      digest: row!.digest,
      firstSeen: iso(row!.first_seen)!,
      endedAt: iso(row!.ended_at),
    };
  });
}
