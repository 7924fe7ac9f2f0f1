import { openDatabase } from '../store/open-database.js';
import type { SqlDatabase } from '../store/sql-client.js';
import type { CliIo } from './cli-context.js';

/** Opens the store the environment names (embedded by default), runs `work`, and always closes it. */
export async function withDatabase<T>(io: CliIo, work: (db: SqlDatabase) => Promise<T>): Promise<T> {
  const db = await openDatabase(io.env);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
