import type { CountedDecision, DailyCount, DailyCountRepository } from '../../app/trends/index.js';
import type { SqlClient } from './sql-client.js';
import { unnestQuery } from './unnest.js';

/** Daily exposure counts over SQL (migrations/009_daily_counts.sql). */
export function createDailyCountRepository(db: SqlClient): DailyCountRepository {
  return {
    replaceDay: (day, counts) =>
      db.transaction(async (tx) => {
        await tx.query('DELETE FROM daily_counts WHERE day = $1::date', [day]);
        await unnestQuery(
          tx,
          (u) => `INSERT INTO daily_counts (day, environment, decision, count) SELECT $1::date, * FROM ${u}`,
          ['text', 'text', 'int4'],
          [counts.map((c) => c.environment), counts.map((c) => c.decision), counts.map((c) => c.count)],
          [day],
        );
      }),
    async listSince(since, environments) {
      const rows = await db.query<{ day: string; environment: string; decision: string; count: number }>(
        `SELECT day::text AS day, environment, decision, count FROM daily_counts
         WHERE day >= $1::date AND ($2::text[] IS NULL OR environment = ANY($2::text[]))
         ORDER BY day, environment, decision`,
        [since, environments ?? null],
      );
      return rows.map(
        (r): DailyCount => ({ ...r, decision: r.decision as CountedDecision, count: Number(r.count) }),
      );
    },
  };
}
