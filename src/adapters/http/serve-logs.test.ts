import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedTestDatabase, type TestDatabase } from '../store/test-support/databases.js';
import { serveInProcess } from './test-support/serve-in-process.js';

describe('vigil serve logs', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createEmbeddedTestDatabase();
    await t.db.close();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('are JSON lines with request ids, and never hold a credential a request carried', async () => {
    const serve = await serveInProcess(['--feeds-every', '0', '--log-level', 'info'], t.env);
    const secret = 'vgl_s3cr3t-token-value-4242';
    await fetch(`${serve.url}/api/v1/exposures?limit=1`, {
      headers: {
        authorization: `Bearer ${secret}`,
        cookie: `session=${secret}`,
        'x-api-key': secret,
        'x-request-id': 'req-7',
      },
    });
    await fetch(`${serve.url}/api/v1/nothing`, { headers: { authorization: `Bearer ${secret}` } });
    const r = await serve.stop();
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const records = lines.map((l) => JSON.parse(l) as { reqId?: string; msg: string; level: number });
    expect(records.some((l) => l.reqId === 'req-7' && l.msg === 'incoming request')).toBe(true);
    expect(records.some((l) => l.msg === 'vigil serve is listening')).toBe(true);
    expect(r.stdout).not.toContain(secret);
    expect(r.stderr).not.toContain(secret);
  }, 120_000);
});
