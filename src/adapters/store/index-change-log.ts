import type { IndexChange } from '../../app/exposures/index.js';
import type { SqlClient } from './sql-client.js';

/** How long entries are kept (docs/adr/077). */
const KEEP = '1 day';

/**
 * The change log through which the live indexes of several processes on one database stay equal: each appends
 * what its writes changed and reads what the others appended since it last looked.
 */
export function createIndexChangeLog(db: SqlClient, origin: string) {
  let seen: number | undefined;
  // Sequence numbers are taken before commit, so an entry can become visible after a later one: each read also
  // looks a minute back and skips what it applied already (an append commits microseconds after its number).
  let applied = new Set<string>();
  return {
    /** Where the log ends now: read before the index is loaded, so nothing written meanwhile is missed. */
    async start(): Promise<void> {
      const [row] = await db.query<{ seq: string | null }>('SELECT max(seq)::text AS seq FROM index_changes');
      seen = Number(row?.seq ?? 0);
    },
    async append(change: IndexChange): Promise<void> {
      await db.query('INSERT INTO index_changes (origin, change) VALUES ($1, $2::jsonb)', [
        origin,
        JSON.stringify(change),
      ]);
    },
    /** The other processes' changes since the last call (or `start`). */
    async since(): Promise<IndexChange[]> {
      if (seen === undefined) await this.start();
      const rows = await db.query<{ seq: string; origin: string; change: IndexChange }>(
        `SELECT seq::text AS seq, origin, change FROM index_changes
         WHERE seq > $1 OR at > now() - interval '1 minute' ORDER BY seq`,
        [seen],
      );
      // (right after `start`, the last minute's entries are applied again: harmless, a change only re-reads)
      const fresh = rows.filter((r) => !applied.has(r.seq));
      applied = new Set(rows.map((r) => r.seq));
      for (const r of rows) seen = Math.max(seen ?? 0, Number(r.seq));
      return fresh.filter((r) => r.origin !== origin).map((r) => r.change);
    },
    /** Drops entries older than a day. */
    async prune(): Promise<void> {
      await db.query(`DELETE FROM index_changes WHERE at < now() - interval '${KEEP}'`);
    },
  };
}

export type IndexChangeLog = ReturnType<typeof createIndexChangeLog>;
