import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { lockFolder } from './folder-lock.js';
import type { SqlClient, SqlDatabase } from './sql-client.js';

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
  const base = clientOf(pg);
  return {
    kind: 'embedded',
    location: folder,
    ...base,
    async transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
      return pg.transaction(async (tx) => {
        const inner = clientOf(tx);
        return work({
          ...inner,
          transaction: () => Promise.reject(new Error('transactions do not nest')),
        });
      });
    },
    async close() {
      try {
        await pg.close();
      } finally {
        lock.release();
      }
    },
  };
}

/** An in-memory embedded database for tests and throw-away runs: no folder, no lock. */
export async function openMemoryDatabase(): Promise<SqlDatabase> {
  const pg = await PGlite.create({ parsers });
  return {
    kind: 'embedded',
    location: 'memory://',
    ...clientOf(pg),
    transaction: <T>(work: (tx: SqlClient) => Promise<T>) =>
      pg.transaction(async (tx) =>
        work({ ...clientOf(tx), transaction: () => Promise.reject(new Error('transactions do not nest')) }),
      ),
    close: () => pg.close(),
  };
}
