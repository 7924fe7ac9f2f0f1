import type { Job, JobRepository } from '../../app/jobs/index.js';
import type { SqlClient } from './sql-client.js';
import { iso, isoOrNull } from './sql-time.js';

/** The job queue over SQL (migrations/015_jobs.sql, docs/adr/084). */
export function createJobRepository(db: SqlClient): JobRepository {
  const get = async (id: number) => {
    const [row] = await db.query<JobRow>('SELECT * FROM jobs WHERE id = $1', [id]);
    return row ? jobOf(row) : undefined;
  };
  return {
    get,
    async enqueue(job) {
      // Joining: a queued or running job of the key is the answer; one that ends in between lets the insert in.
      for (let tries = 0; ; tries++) {
        const [row] = await db.query<JobRow>(
          `INSERT INTO jobs (kind, payload, dedupe_key, state, max_attempts, run_at, requested_by, created_at)
           VALUES ($1, $2::jsonb, $3, 'queued', $4, $5, $6, $5)
           ON CONFLICT (dedupe_key) WHERE state IN ('queued', 'running') DO NOTHING RETURNING *`,
          [
            job.kind,
            JSON.stringify(job.payload),
            job.dedupeKey ?? null,
            job.maxAttempts,
            job.now,
            job.requestedBy,
          ],
        );
        if (row) return { job: jobOf(row), joined: false };
        const [existing] = await db.query<JobRow>(
          `SELECT * FROM jobs WHERE dedupe_key = $1 AND state IN ('queued', 'running')`,
          [job.dedupeKey],
        );
        if (existing) return { job: jobOf(existing), joined: true };
        if (tries > 5)
          throw new Error(`job ${job.dedupeKey} could not be queued: it keeps ending as it is joined`);
      }
    },
    async claim({ worker, kinds, now, leaseUntil }) {
      // A job whose worker died on its last try ends here, failed, rather than running once more.
      await db.query(
        `UPDATE jobs SET state = 'failed', finished_at = $1, lease_until = NULL,
           error = coalesce(error || '; ', '') || 'its worker stopped while running it (the lease ran out) on the last try'
         WHERE state = 'running' AND lease_until < $1 AND attempts >= max_attempts`,
        [now],
      );
      try {
        const [row] = await db.query<JobRow>(
          `WITH next AS (
             SELECT id FROM jobs
             WHERE kind = ANY($1::text[])
               AND ((state = 'queued' AND run_at <= $2) OR (state = 'running' AND lease_until < $2))
               AND NOT EXISTS (SELECT 1 FROM jobs r WHERE r.kind = jobs.kind AND r.state = 'running'
                               AND r.lease_until >= $2)
             ORDER BY state = 'running' DESC, run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
           )
           UPDATE jobs j SET state = 'running', attempts = j.attempts + 1, worker = $3, lease_until = $4,
             started_at = $2, finished_at = NULL
           FROM next WHERE j.id = next.id RETURNING j.*`,
          [kinds, now, worker, leaseUntil],
        );
        return row ? jobOf(row) : undefined;
      } catch (error) {
        // Another worker claimed a job of the same kind at the same instant: one runs at a time.
        if ((error as { code?: string }).code === '23505') return undefined;
        throw error;
      }
    },
    async extend(id, worker, leaseUntil) {
      const rows = await db.query(
        `UPDATE jobs SET lease_until = $3 WHERE id = $1 AND worker = $2 AND state = 'running' RETURNING id`,
        [id, worker, leaseUntil],
      );
      return rows.length > 0;
    },
    async finish(id, worker, outcome, now) {
      const rows = await db.query(
        `UPDATE jobs SET state = $3, lease_until = NULL,
           result = CASE WHEN $3 = 'done' THEN $4::jsonb ELSE result END,
           error = CASE WHEN $3 = 'done' THEN NULL ELSE $5 END,
           run_at = coalesce($6::timestamptz, run_at),
           finished_at = CASE WHEN $3 = 'queued' THEN NULL ELSE $7::timestamptz END
         WHERE id = $1 AND worker = $2 AND state = 'running' RETURNING id`,
        [
          id,
          worker,
          outcome.state,
          outcome.state === 'done' ? JSON.stringify(outcome.result) : null,
          outcome.state === 'done' ? null : outcome.error,
          outcome.state === 'queued' ? outcome.retryAt : null,
          now,
        ],
      );
      return rows.length > 0;
    },
    async list({ state, limit }) {
      return (
        await db.query<JobRow>(
          `SELECT * FROM jobs WHERE $1::text IS NULL OR state = $1 ORDER BY id DESC LIMIT $2`,
          [state ?? null, limit],
        )
      ).map(jobOf);
    },
  };
}

interface JobRow {
  id: string | number;
  kind: string;
  payload: unknown;
  dedupe_key: string | null;
  state: Job['state'];
  attempts: number;
  max_attempts: number;
  run_at: Date | string;
  lease_until: Date | string | null;
  worker: string | null;
  result: unknown;
  error: string | null;
  requested_by: string;
  created_at: Date | string;
  started_at: Date | string | null;
  finished_at: Date | string | null;
}

const jobOf = (r: JobRow): Job => ({
  id: Number(r.id),
  kind: r.kind,
  payload: r.payload,
  dedupeKey: r.dedupe_key,
  state: r.state,
  attempts: r.attempts,
  maxAttempts: r.max_attempts,
  runAt: iso(r.run_at),
  leaseUntil: isoOrNull(r.lease_until),
  worker: r.worker,
  result: r.result,
  error: r.error,
  requestedBy: r.requested_by,
  createdAt: iso(r.created_at),
  startedAt: isoOrNull(r.started_at),
  finishedAt: isoOrNull(r.finished_at),
});
