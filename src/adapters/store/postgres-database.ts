import pg from 'pg';
import { rejectNestedTransaction, type SqlClient, type SqlDatabase } from './sql-client.js';

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Query parameters of a connection URL that carry secrets (libpq's `password`, `sslpassword`, and the like). */
const SECRET_PARAM = /pass|secret|token|key$/i;

/** The URL with its password replaced — in the userinfo and in the query string — for messages and `status`. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    for (const name of [...u.searchParams.keys()])
      if (SECRET_PARAM.test(name)) u.searchParams.set(name, '***');
    return u.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/**
 * A connection must be up (handshake included) within this: a host that drops packets or a port that speaks
 * another protocol would otherwise hang for minutes. The URL's `connect_timeout` (seconds, as libpq) wins.
 */
const CONNECT_TIMEOUT_MS = 10_000;
/**
 * No statement runs longer than this: a safety net against a stuck lock or a dead server, far above the longest
 * statement measured at bench scale (seconds).
 */
const STATEMENT_TIMEOUT_MS = 15 * 60_000;

/** A pool on a PostgreSQL database, with Vigil's type parsers (bigint as number) and timeouts. */
export function createPostgresPool(url: string, opts: { max?: number } = {}): pg.Pool {
  const given = connectTimeoutOf(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 4,
    types,
    connectionTimeoutMillis: given ?? CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
  });
  pool.on('error', () => {
    // an idle client lost its connection; the next query reports it
  });
  return pool;
}

/** `connect_timeout` of a connection URL, in milliseconds; undefined when absent or not a positive number. */
function connectTimeoutOf(url: string): number | undefined {
  try {
    const seconds = Number(new URL(url).searchParams.get('connect_timeout') ?? Number.NaN);
    return seconds > 0 ? seconds * 1000 : undefined;
  } catch {
    return undefined;
  }
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
      // The server may end the session while the client is checked out (a restart, pg_terminate_backend): the
      // next statement fails with it; without a listener the client's 'error' would crash the process. A broken
      // client is handed back as such, so that the pool drops it.
      let broken: Error | undefined;
      const onError = (error: Error) => {
        broken = error;
      };
      client.on('error', onError);
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
        client.off('error', onError);
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
