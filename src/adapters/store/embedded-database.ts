import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { lockFolder } from './folder-lock.js';
import { rejectNestedTransaction, type SqlClient, type SqlDatabase } from './sql-client.js';

// int8 (20) as number, like the PostgreSQL adapter: ids and counts stay far below 2^53.
const parsers = { 20: (v: string) => Number(v) };

type Queryable = Pick<PGlite, 'query' | 'exec'> | Transaction;

function clientOf(db: Queryable): Omit<SqlClient, 'transaction'> {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<Row>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

/**
 * Opens the embedded store (PostgreSQL in WASM) in `folder`/pgdata, taking the folder's lock first.
 * @throws StoreLockedError when another live process has it open.
 */
export async function openEmbeddedDatabase(folder: string): Promise<SqlDatabase> {
  mkdirSync(folder, { recursive: true });
  const lock = lockFolder(folder);
  let pg: PGlite;
  try {
    pg = await PGlite.create(join(folder, 'pgdata'), { parsers });
  } catch (error) {
    lock.release();
    throw new Error(`cannot open the embedded store in ${folder}`, { cause: error });
  }
  return {
    kind: 'embedded',
    location: folder,
    ...clientOf(pg),
    transaction: <T>(work: (tx: SqlClient) => Promise<T>): Promise<T> =>
      pg.transaction((tx) => work({ ...clientOf(tx), transaction: rejectNestedTransaction })),
    async close() {
      try {
        await pg.close();
      } finally {
        lock.release();
      }
    },
  };
}
