import type { SqlClient } from './sql-client.js';

/** Rows per statement: ~10k keeps both PGlite and PostgreSQL at their fastest (ECOSYSTEM.md). */
export const BATCH_ROWS = 10_000;

/**
 * Runs a bulk statement over column arrays, `BATCH_ROWS` rows at a time. `sql` receives the
 * `unnest($1::type[], …)` expression for the columns, in order; the rows of every batch are returned.
 * @example unnestQuery(tx, (u) => `INSERT INTO t (a, b) SELECT * FROM ${u}`, ['text', 'int8'], [as, bs])
 */
export async function unnestQuery<Row = Record<string, unknown>>(
  tx: SqlClient,
  sql: (unnest: string) => string,
  types: readonly string[],
  columns: readonly (readonly unknown[])[],
  leading: readonly unknown[] = [],
): Promise<Row[]> {
  const rows = columns[0]?.length ?? 0;
  if (rows === 0) return [];
  const unnest = `unnest(${types.map((t, i) => `$${leading.length + i + 1}::${t}[]`).join(', ')})`;
  const statement = sql(unnest);
  const out: Row[] = [];
  for (let start = 0; start < rows; start += BATCH_ROWS) {
    const params = [...leading, ...columns.map((c) => c.slice(start, start + BATCH_ROWS))];
    out.push(...(await tx.query<Row>(statement, params)));
  }
  return out;
}
