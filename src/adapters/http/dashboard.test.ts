import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordDailyCounts } from '../../app/trends/index.js';
import { runCli } from '../cli/test-support/run-cli.js';
import { createDailyCountRepository } from '../store/daily-count-repository.js';
import { STORES, type TestDatabase } from '../store/test-support/databases.js';
import { type ServeInProcess, serveInProcess } from './test-support/serve-in-process.js';

// The dashboard's server side through a real serve: the trends route scoped like every read, and the routes of the
// bundle that never swallow the API's 404s. The pages themselves: test/browser/dashboard.test.ts.
describe('GET /api/v1/trends and the dashboard routes', () => {
  let t: TestDatabase;
  let serve: ServeInProcess;
  const tokens: Record<string, string> = {};
  const call = (path: string, token?: string) =>
    fetch(`${serve.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  beforeAll(async () => {
    t = await create();
    await t.db.query(
      "INSERT INTO environments (name, tier) VALUES ('production', 'production'), ('staging', 'staging')",
    );
    const zero = { Act: 0, Attend: 0, 'Track*': 0, Track: 0 };
    for (const [ago, act] of [
      [1, 3],
      [0, 2],
    ] as const)
      await recordDailyCounts({
        repo: createDailyCountRepository(t.db),
        now: () => new Date(Date.now() - ago * 86_400_000),
        current: async () => [
          { environment: 'production', counts: { ...zero, Act: act }, suppressed: 0 },
          { environment: 'staging', counts: { ...zero, Track: 7 }, suppressed: 1 },
        ],
      });
    // a life per environment, detected yesterday; production's fix seen running today (ADR 079)
    for (const env of ['production', 'staging'])
      await t.db.query(
        `INSERT INTO exposure_lifecycle (key, vulnerability, environment, workload, state, first_seen, opened_at,
           reopened, decision, score, kev, suppressed, ids, summary, tier, artifact_name, artifacts, components,
           updated_at)
         VALUES ($1, 'CVE-2024-0001', $2, 'shop/web', 'open', now() - interval '1 day', now() - interval '1 day', 0,
           'Act', 90, false, false, '{CVE-2024-0001}', '', $2, 'web', '{}', '{}', now())`,
        [`CVE-2024-0001|${env}/shop/web`, env],
      );
    await t.db.query(
      `INSERT INTO exposure_events (key, kind, at, environment, decision, opened_at, closed_by)
       SELECT key, 'opened', opened_at, environment, 'Act', opened_at, NULL FROM exposure_lifecycle
       UNION ALL
       SELECT key, 'remediated', now(), environment, 'Act', opened_at, 'fixed_deployed' FROM exposure_lifecycle
       WHERE environment = 'production'`,
    );
    await t.db.close();
    for (const [name, team, scope] of [
      ['admin', 'admins', 'admin'],
      ['shop', 'shop', 'exposures:read'],
      ['twin', 'shop', 'twin:read'],
    ] as const) {
      const made = await runCli(['token', 'create', '--team', team, '--scope', scope], { env: t.env });
      expect(made.code, made.stderr).toBe(0);
      tokens[name] = made.stdout.trim();
    }
    expect((await runCli(['team', 'assign', 'staging', 'shop'], { env: t.env })).code).toBe(0);
    serve = await serveInProcess(['--feeds-every', '0'], t.env);
  }, 120_000);
  afterAll(async () => {
    await serve?.stop();
    await t?.dispose();
  });

  it('answers new versus remediated per day from the recorded lifecycle, scoped like the counts', async () => {
    type Flow = { flow: { day: string; environment: string; opened: number; remediated: number }[] };
    const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString().slice(0, 10);
    const admin = (await (await call('/api/v1/trends?days=7', tokens.admin)).json()) as Flow;
    const sum = (f: Flow, env: string, field: 'opened' | 'remediated', on: string) =>
      f.flow.filter((r) => r.environment === env && r.day === on).reduce((n, r) => n + r[field], 0);
    expect(sum(admin, 'production', 'opened', day(1))).toBe(1);
    expect(sum(admin, 'staging', 'opened', day(1))).toBe(1);
    expect(sum(admin, 'production', 'remediated', day(0))).toBe(1);
    expect(sum(admin, 'staging', 'remediated', day(0))).toBe(0);
    const shop = (await (await call('/api/v1/trends', tokens.shop)).json()) as Flow;
    expect(new Set(shop.flow.map((r) => r.environment))).toEqual(new Set(['staging']));
  });

  it("answers the recorded days, a team's environments only, and needs exposures:read", async () => {
    type Trends = {
      days: number;
      counts: { day: string; environment: string; decision: string; count: number }[];
    };
    const admin = (await (await call('/api/v1/trends?days=7', tokens.admin)).json()) as Trends;
    expect(admin.days).toBe(7);
    const act = admin.counts.filter((c) => c.environment === 'production' && c.decision === 'Act');
    // yesterday as stored; today's was replaced by serve's own count at start, of a twin with no exposure
    expect(act.map((c) => c.count)).toEqual([3]);
    expect(admin.counts.filter((c) => c.day === new Date().toISOString().slice(0, 10))).toEqual([]);
    const shop = (await (await call('/api/v1/trends', tokens.shop)).json()) as Trends;
    expect(shop.days).toBe(30);
    expect(new Set(shop.counts.map((c) => c.environment))).toEqual(new Set(['staging']));
    expect((await call('/api/v1/trends', tokens.twin)).status).toBe(403);
    expect((await call('/api/v1/trends')).status).toBe(401);
    const bad = await call('/api/v1/trends?days=0', tokens.admin);
    expect(bad.status).toBe(400);
  });

  it('serves the dashboard to anyone, and keeps the 404s of the API and of missing files', async () => {
    const index = await call('/exposures?environment=production');
    expect(index.status).toBe(200); // public, like /healthz: the page asks for credentials itself
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(index.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    for (const path of [
      '/api/v1/nothing-here',
      '/api/nothing',
      '/auth/nothing',
      '/assets/missing.js',
      '/assets/x.exe',
    ]) {
      const r = await call(path, tokens.admin);
      expect(r.status, path).toBe(404);
      expect(((await r.json()) as { error: { code: string } }).error.code, path).toBe('NOT_FOUND');
    }
  });
});

const create = STORES[0].create;
