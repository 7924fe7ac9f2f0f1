import pg from 'pg';
import { rejectNestedTransaction, type SqlClient, type SqlDatabase } from './sql-client.js';

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** The URL with its password replaced, for messages and `status`. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/** A pool on a PostgreSQL database, with Vigil's type parsers (bigint as number). */
export function createPostgresPool(url: string, opts: { max?: number } = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 4, types });
  pool.on('error', () => {
    // an idle client lost its connection; the next query reports it
  });
  return pool;
}

/** Opens a pool on a PostgreSQL database (`VIGIL_DATABASE_URL`) and checks that it answers. */
export async function openPostgresDatabase(url: string, opts: { max?: number } = {}): Promise<SqlDatabase> {
  return connectPostgresDatabase(createPostgresPool(url, opts), redactUrl(url));
}

/**
 * The store over a pool its owner made (the wiring, or a server sharing one pool); checks that it answers.
 * `close()` ends the pool. A pool made elsewhere must parse bigint (oid 20) as a number, as `createPostgresPool`'s does.
 */
export async function connectPostgresDatabase(pool: pg.Pool, location: string): Promise<SqlDatabase> {
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw new Error(`cannot connect to PostgreSQL at ${location}`, { cause: error });
  }
  const query = async <Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> =>
    (await pool.query(sql, params as unknown[])).rows as Row[];
  return {
    kind: 'postgres',
    location,
    query,
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const tx: SqlClient = {
          query: async <Row>(sql: string, params: readonly unknown[] = []) =>
            (await client.query(sql, params as unknown[])).rows as Row[],
          exec: async (sql) => {
            await client.query(sql);
          },
          transaction: rejectNestedTransaction,
        };
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
