import { migrate } from './migrate.js';
import type { SqlDatabase } from './sql-client.js';

/** Brings a freshly opened store's schema up to date; closes it when that fails. */
export async function migrated(db: SqlDatabase): Promise<SqlDatabase> {
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
