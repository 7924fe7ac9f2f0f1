import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../package-root.js';
import type { SqlDatabase } from './sql-client.js';

/** `migrations/` at the package root. */
export const MIGRATIONS_DIR = packagePath('migrations');

export interface Migration {
  readonly version: string;
  readonly sql: string;
}

/** Reads `NNN_name.sql` files in order. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: f.replace(/\.sql$/, ''), sql: readFileSync(join(dir, f), 'utf8') }));
}

// Any constant works: it only has to be the same for every Vigil process sharing a database.
const MIGRATION_LOCK = 7_365_114;

/**
 * Brings the schema up to date: each pending migration runs in its own transaction and is recorded in
 * `schema_migrations`. On PostgreSQL an advisory lock keeps concurrent processes from racing.
 * @returns the versions applied now.
 */
export async function migrate(db: SqlDatabase, migrations = readMigrations()): Promise<string[]> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  return db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const done = new Set(
      (await tx.query<{ version: string }>('SELECT version FROM schema_migrations')).map((r) => r.version),
    );
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      try {
        await tx.exec(m.sql);
      } catch (error) {
        throw new Error(`migration ${m.version} failed`, { cause: error });
      }
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [m.version]);
      applied.push(m.version);
    }
    return applied;
  });
}
