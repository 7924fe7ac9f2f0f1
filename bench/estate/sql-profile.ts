import type { SqlClient, SqlDatabase } from '../../src/adapters/store/sql-client.js';

/** Time spent in each SQL statement (by its first words), summed per phase of the benchmark. */
export interface SqlProfile {
  /** Starts a new phase: later statements are summed under it. */
  phase(name: string): void;
  /** The statements of a phase by total time, slowest first. */
  top(phase: string, n: number): { sql: string; calls: number; ms: number }[];
  /** Total time of the phase's statements. */
  total(phase: string): number;
}

const label = (sql: string): string => sql.replace(/\s+/g, ' ').trim().slice(0, 96);

/**
 * Wraps a database so that every statement (inside transactions too) is timed. The wrapper adds a
 * `performance.now()` pair per statement: nothing next to a PGlite or PostgreSQL round trip.
 */
export function profileSql(db: SqlDatabase): { db: SqlDatabase; profile: SqlProfile } {
  const phases = new Map<string, Map<string, { calls: number; ms: number }>>();
  let current = new Map<string, { calls: number; ms: number }>();
  phases.set('setup', current);
  const record = (sql: string, ms: number) => {
    const key = label(sql);
    const s = current.get(key);
    if (s) {
      s.calls++;
      s.ms += ms;
    } else current.set(key, { calls: 1, ms });
  };
  const wrap = (client: SqlClient): SqlClient => ({
    async query<Row>(sql: string, params?: readonly unknown[]) {
      const start = performance.now();
      try {
        return await client.query<Row>(sql, params);
      } finally {
        record(sql, performance.now() - start);
      }
    },
    async exec(sql: string) {
      const start = performance.now();
      try {
        await client.exec(sql);
      } finally {
        record(sql, performance.now() - start);
      }
    },
    transaction: <T>(work: (tx: SqlClient) => Promise<T>) => client.transaction((tx) => work(wrap(tx))),
  });
  const inner = wrap(db);
  return {
    db: { kind: db.kind, location: db.location, ...inner, close: () => db.close() },
    profile: {
      phase(name) {
        current = phases.get(name) ?? new Map();
        phases.set(name, current);
      },
      top(phase, n) {
        return [...(phases.get(phase) ?? new Map<string, { calls: number; ms: number }>())]
          .map(([sql, s]) => ({ sql, ...s }))
          .sort((a, b) => b.ms - a.ms)
          .slice(0, n);
      },
      total(phase) {
        let ms = 0;
        for (const s of phases.get(phase)?.values() ?? []) ms += s.ms;
        return ms;
      },
    },
  };
}
