import { homedir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedDatabase } from './embedded-database.js';
import { migrate } from './migrate.js';
import { openPostgresDatabase } from './postgres-database.js';
import type { SqlDatabase } from './sql-client.js';

/** `$VIGIL_HOME`, or `~/.vigil`. */
export function vigilHome(env: Readonly<Record<string, string | undefined>>): string {
  return env.VIGIL_HOME || join(homedir(), '.vigil');
}

/**
 * Opens the store the environment asks for — PostgreSQL when `VIGIL_DATABASE_URL` is set, otherwise the
 * embedded store in `$VIGIL_HOME` — and brings its schema up to date.
 */
export async function openDatabase(env: Readonly<Record<string, string | undefined>>): Promise<SqlDatabase> {
  const url = env.VIGIL_DATABASE_URL;
  const db = url ? await openPostgresDatabase(url) : await openEmbeddedDatabase(vigilHome(env));
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
