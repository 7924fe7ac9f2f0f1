import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ServeInProcess,
  serveInProcess,
} from '../../src/adapters/http/test-support/serve-in-process.js';
import {
  createPostgresTestDatabase,
  TEST_POSTGRES_URL,
  type TestDatabase,
} from '../../src/adapters/store/test-support/databases.js';

/** Runs SQL as the test server's administrator, on its maintenance database. */
async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function eventually(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not within ${ms} ms: ${what}`);
}

// A database that goes away under a running serve (a restart, a failover), on the machine's real PostgreSQL:
// the database is made to refuse connections and its sessions are terminated, then it is let back.
describe('vigil serve when its PostgreSQL database goes away and comes back', () => {
  let t: TestDatabase;
  let name: string;
  let url: string;
  let serve: ServeInProcess;

  beforeAll(async () => {
    t = await createPostgresTestDatabase();
    await t.db.close();
    name = new URL(t.env.VIGIL_DATABASE_URL as string).pathname.slice(1);
    serve = await serveInProcess(['--feeds-every', '0'], t.env);
    url = serve.url;
  }, 120_000);

  afterAll(async () => {
    await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`).catch(() => {});
    await serve?.stop().catch(() => {});
    await t?.dispose();
  });

  it('goes unready and answers 503 meanwhile, then recovers by itself; the process survives', async () => {
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);

    await eventually(async () => (await fetch(`${url}/readyz`)).status === 503, 10_000, '/readyz goes red');
    const down = await fetch(`${url}/api/v1/exposures`);
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('5');
    const body = (await down.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('UNAVAILABLE');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/); // no stack
    expect((await fetch(`${url}/healthz`)).status).toBe(200); // alive, only not ready

    await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    await eventually(async () => (await fetch(`${url}/readyz`)).status === 200, 15_000, '/readyz back');
    expect((await fetch(`${url}/api/v1/exposures`)).status).toBe(200);

    const r = await serve.stop();
    expect(r.code, r.stderr).toBe(0);
  }, 120_000);
});
