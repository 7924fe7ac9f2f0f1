import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openEmbeddedDatabase } from '../embedded-database.js';
import { migrate } from '../migrate.js';
import { openPostgresDatabase } from '../postgres-database.js';
import type { SqlDatabase } from '../sql-client.js';

/** The server the PostgreSQL suites use: the machine's, or $VIGIL_TEST_POSTGRES_URL. */
export const TEST_POSTGRES_URL = process.env.VIGIL_TEST_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/test';

export interface TestDatabase {
  readonly db: SqlDatabase;
  /** What to set in a CLI run's environment to reach this same store (close `db` first for embedded). */
  readonly env: Record<string, string>;
  /** Closes and removes the store (the embedded folder or the created database). */
  dispose(): Promise<void>;
}

/** A fresh, migrated embedded store in a temporary folder. */
export async function createEmbeddedTestDatabase(): Promise<TestDatabase> {
  const home = mkdtempSync(join(tmpdir(), 'vigil-test-'));
  const db = await openEmbeddedDatabase(home);
  await migrate(db);
  return {
    db,
    env: { VIGIL_HOME: home },
    async dispose() {
      await db.close().catch(() => {});
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** A fresh, migrated PostgreSQL database that the suite creates on the test server and drops afterwards. */
export async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const name = `vigil_test_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  const db = await openPostgresDatabase(url.toString());
  await migrate(db);
  return {
    db,
    env: { VIGIL_DATABASE_URL: url.toString() },
    async dispose() {
      await db.close().catch(() => {});
      const drop = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await drop.connect();
      try {
        await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await drop.end();
      }
    },
  };
}

/** Both stores, for suites that must pass on each: `describe.each(STORES)(…)`. */
export const STORES = [
  { kind: 'embedded', create: createEmbeddedTestDatabase },
  { kind: 'postgres', create: createPostgresTestDatabase },
] as const;
