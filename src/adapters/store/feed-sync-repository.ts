import type { FeedSync, FeedSyncRepository, SyncCounts } from '../../app/feeds/index.js';
import { NO_COUNTS } from '../../app/feeds/index.js';
import type { SqlClient } from './sql-client.js';

interface SyncRow {
  id: number;
  feed: FeedSync['feed'];
  scope: string;
  location: string;
  mode: FeedSync['mode'];
  content_sha256: string;
  status: FeedSync['status'];
  started_at: Date;
  finished_at: Date | null;
  cursor: string | null;
  high_water: Date | null;
  counts: Partial<SyncCounts>;
  error: string | null;
}

/** A running sync renews its `progress_at` this often, besides every committed batch. */
const HEARTBEAT_MS = 15_000;
/** A running sync silent for this long is taken for one whose process died. */
export const SYNC_SILENT_MS = 4 * HEARTBEAT_MS;

/**
 * Feed sync bookkeeping over SQL: what was synced from where, and where an interrupted sync stands.
 * `exclusive`: this process is the store's only one (the embedded store's lock), so a running sync it did not
 * start is one whose process died.
 */
export function createFeedSyncRepository(
  db: SqlClient,
  opts: { readonly exclusive: boolean; readonly silentMs?: number; readonly heartbeatMs?: number },
): FeedSyncRepository {
  /** The syncs this process runs, with their heartbeats. */
  const ours = new Map<number, NodeJS.Timeout>();
  const silentMs = opts.silentMs ?? SYNC_SILENT_MS;
  const newest = async (feed: string, scope: string, where = '') =>
    (
      await db.query<SyncRow>(
        `SELECT * FROM feed_syncs WHERE feed = $1 AND scope = $2 ${where} ORDER BY id DESC LIMIT 1`,
        [feed, scope],
      )
    ).map(toSync)[0];
  return {
    lastDone: (feed, scope) => newest(feed, scope, "AND status = 'done'"),
    async resumable(feed, scope, sha256) {
      // a failed attempt (no content read: no sha) does not hide the interrupted sync before it
      const last = await newest(feed, scope, "AND content_sha256 <> ''");
      return last && (last.status === 'running' || last.status === 'failed') && last.sha256 === sha256
        ? last
        : undefined;
    },
    start: (sync) =>
      db.transaction(async (tx) => {
        await tx.query(
          `UPDATE feed_syncs SET status = 'abandoned', finished_at = now()
           WHERE feed = $1 AND scope = $2 AND status IN ('running', 'failed')`,
          [sync.feed, sync.scope],
        );
        const [row] = await tx.query<SyncRow>(
          `INSERT INTO feed_syncs (feed, scope, location, mode, content_sha256, status, counts, progress_at)
           VALUES ($1, $2, $3, $4, $5, 'running', $6::jsonb, now()) RETURNING *`,
          [sync.feed, sync.scope, sync.location, sync.mode, sync.sha256, JSON.stringify(NO_COUNTS)],
        );
        const started = toSync(row as SyncRow);
        const beat = setInterval(() => {
          db.query('UPDATE feed_syncs SET progress_at = now() WHERE id = $1', [started.id]).catch(() => {});
        }, opts.heartbeatMs ?? HEARTBEAT_MS);
        beat.unref();
        ours.set(started.id, beat);
        return started;
      }),
    async failedAttempt(attempt, error) {
      await db.query(
        `INSERT INTO feed_syncs (feed, scope, location, content_sha256, status, finished_at, error)
         VALUES ($1, $2, $3, '', 'failed', now(), $4)`,
        [attempt.feed, attempt.scope, attempt.location, error],
      );
    },
    async finish(id, status, counts, error) {
      clearInterval(ours.get(id));
      ours.delete(id);
      await db.query(
        'UPDATE feed_syncs SET status = $2, counts = $3::jsonb, error = $4, finished_at = now() WHERE id = $1',
        [id, status, JSON.stringify(counts), error ?? null],
      );
    },
    async latest() {
      const rows = await db.query<SyncRow & { silent: boolean; last_success: Date | null }>(
        `SELECT DISTINCT ON (feed, scope) *,
           coalesce(progress_at, started_at) < now() - make_interval(secs => $1) AS silent,
           max(finished_at) FILTER (WHERE status = 'done') OVER (PARTITION BY feed, scope) AS last_success
         FROM feed_syncs ORDER BY feed, scope, id DESC`,
        [silentMs / 1000],
      );
      return rows.map((r) => {
        const sync = { ...toSync(r), ...(r.last_success ? { lastSuccessAt: r.last_success } : {}) };
        const gone = sync.status === 'running' && !ours.has(sync.id) && (opts.exclusive || r.silent);
        return gone ? { ...sync, status: 'interrupted' as const } : sync;
      });
    },
  };
}

function toSync(r: SyncRow): FeedSync {
  return {
    id: r.id,
    feed: r.feed,
    scope: r.scope,
    location: r.location,
    mode: r.mode,
    sha256: r.content_sha256,
    status: r.status,
    startedAt: r.started_at,
    counts: { ...NO_COUNTS, ...r.counts },
    ...(r.finished_at ? { finishedAt: r.finished_at } : {}),
    ...(r.cursor !== null ? { cursor: r.cursor } : {}),
    ...(r.high_water ? { highWater: r.high_water } : {}),
    ...(r.error !== null ? { error: r.error } : {}),
  };
}
