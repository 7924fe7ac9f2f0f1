import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../app/auth/index.js';
import { runCli } from '../cli/test-support/run-cli.js';
import { STORES, type TestDatabase } from '../store/test-support/databases.js';
import { openVigil, readVigilConfig } from '../wiring/index.js';
import { ROUTE_ACCESS } from './create-api.js';
import {
  ALPINE_DIGEST,
  ALPINE_SBOM,
  alpineMirror,
  opensslAdvisoryMirror,
} from './test-support/alpine-deployment.js';
import { bareApi } from './test-support/bare-api.js';
import { type ServeInProcess, serveInProcess } from './test-support/serve-in-process.js';
import { readEvents, type SseEvent } from './test-support/sse.js';

interface Created {
  id: number;
  token: string;
  scopes: string[];
}

describe('every route declares its permission', () => {
  it('the route table and ROUTE_ACCESS agree, writes are audited, and an undeclared route is refused', async () => {
    const t = await STORES[0].create();
    await t.db.close();
    const vigil = await openVigil(readVigilConfig(t.env, '/'));
    try {
      const app = await bareApi(vigil, 'test');
      const routes = app.vigilRoutes.map((r) => r.replace(/^HEAD /, 'GET '));
      for (const route of routes) {
        const access = ROUTE_ACCESS[route];
        expect(access, route).toBeDefined();
        // exactly one of: public, any valid credential, a permission
        expect(
          [access?.public, access?.authenticated, access?.permission].filter(Boolean),
          route,
        ).toHaveLength(1);
        if (/^(POST|PUT|PATCH|DELETE) /.test(route)) expect(access?.action, route).toMatch(/\S/);
        if (access?.permission) expect(PERMISSIONS).toContain(access.permission);
      }
      expect(Object.keys(ROUTE_ACCESS).filter((k) => !routes.includes(k))).toEqual([]); // none stale
      expect(() => app.get('/api/v1/undeclared', async () => 'x')).toThrow(/declares no permission/);
      await app.close();
    } finally {
      await vigil.close();
      await t.dispose();
    }
  });
});

describe.each(STORES)('API tokens on the $kind store', ({ kind, create }) => {
  let t: TestDatabase;
  let serve: ServeInProcess;
  let admin: Created;
  const call = (path: string, token?: string, init: RequestInit = {}) =>
    fetch(`${serve.url}${path}`, {
      ...init,
      headers: {
        ...(init.headers as Record<string, string>),
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      },
    });
  const createToken = async (as: string | undefined, body: object): Promise<Created> => {
    const r = await call('/api/v1/tokens', as, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(r.status).toBe(201);
    return (await r.json()) as Created;
  };

  beforeAll(async () => {
    t = await create();
    if (kind === 'embedded') await t.db.close();
    serve = await serveInProcess(['--feeds-every', '0', '--log-level', 'info'], t.env);
  }, 120_000);
  afterAll(async () => {
    await serve?.stop().catch(() => {});
    await t?.dispose();
  });

  it('is open on loopback until the first token exists; from then on every route but health needs one', async () => {
    expect((await call('/api/v1/exposures')).status).toBe(200);
    admin = await createToken(undefined, { name: 'root', team: 'admins', scopes: ['admin'] });
    expect(admin.token).toMatch(/^vgl_[A-Za-z0-9_-]{43}$/);
    await new Promise((r) => setTimeout(r, 2100)); // the "any token?" answer is cached for 2 s
    expect((await call('/api/v1/exposures')).status).toBe(401);
    expect((await call('/api/v1/exposures', admin.token)).status).toBe(200);
    expect((await call('/healthz')).status).toBe(200);
    expect((await call('/api/v1/openapi.json')).status).toBe(200);
  });

  it('refuses missing, malformed, unknown, expired and revoked tokens alike, and under-scoped ones with 403', async () => {
    const reader = await createToken(admin.token, { name: 'ci', team: 'shop', scopes: ['exposures:read'] });
    const expired = await createToken(admin.token, {
      name: 'old',
      team: 'shop',
      scopes: ['exposures:read'],
      expires: '2020-01-01T00:00:00Z',
    });
    const revoked = await createToken(admin.token, {
      name: 'gone',
      team: 'shop',
      scopes: ['exposures:read'],
    });
    expect((await call(`/api/v1/tokens/${revoked.id}`, admin.token, { method: 'DELETE' })).status).toBe(204);

    const refusals: unknown[] = [];
    for (const [what, token] of [
      ['missing', undefined],
      ['malformed', 'not-a-token'],
      ['unknown', `vgl_${'A'.repeat(43)}`],
      ['expired', expired.token],
      ['revoked', revoked.token],
    ] as const) {
      const r = await call('/api/v1/exposures', token);
      expect(r.status, what).toBe(401);
      expect(r.headers.get('www-authenticate'), what).toMatch(/^Bearer/);
      const body = (await r.json()) as { error: { code: string; message: string } };
      refusals.push({ code: body.error.code, message: body.error.message });
    }
    expect(new Set(refusals.map((r) => JSON.stringify(r))).size).toBe(1); // nothing tells them apart
    const basic = await call('/api/v1/exposures', undefined, {
      headers: { authorization: `Basic ${admin.token}` },
    });
    expect(basic.status).toBe(401);

    expect((await call('/api/v1/exposures', reader.token)).status).toBe(200);
    const write = await call('/api/v1/sboms?name=alpine.json', reader.token, {
      method: 'POST',
      body: readFileSync(ALPINE_SBOM),
    });
    expect(write.status).toBe(403);
    expect((await call('/api/v1/sboms', admin.token)).status).toBe(200);
    expect(((await (await call('/api/v1/sboms', admin.token)).json()) as unknown[]).length).toBe(0); // nothing stored
    expect((await call('/api/v1/tokens', reader.token)).status).toBe(403);
  });

  it('audits every write: who, what, when', async () => {
    const writer = await createToken(admin.token, { name: 'pipeline', team: 'shop', scopes: ['sbom:write'] });
    const posted = await call('/api/v1/sboms?name=alpine.json', writer.token, {
      method: 'POST',
      body: readFileSync(ALPINE_SBOM),
    });
    expect(posted.status).toBe(201);
    const audit = (await (await call('/api/v1/audit', admin.token)).json()) as {
      actor: string;
      action: string;
      target: string;
    }[];
    expect(audit[0]).toMatchObject({ action: 'sbom.ingest', target: '/api/v1/sboms' });
    expect(audit[0]?.actor).toContain(`token:${writer.id} (pipeline, team shop)`);
    expect(audit.filter((a) => a.action === 'token.create').length).toBeGreaterThanOrEqual(5);
    expect(audit.some((a) => a.action === 'token.revoke')).toBe(true);
    expect(audit.some((a) => a.actor.startsWith('local'))).toBe(true); // the first token, made before any existed
  });

  it('answers 429 once an address has failed to authenticate too often', async () => {
    // requests with no credential at all (a logged-out dashboard polling) are 401 but guess nothing
    for (let i = 0; i < 25; i++) expect((await call('/api/v1/status')).status).toBe(401);
    expect((await call('/api/v1/status', admin.token)).status).toBe(200);
    let last = 0;
    for (let i = 0; i < 25 && last !== 429; i++)
      last = (await call('/api/v1/status', `vgl_${'B'.repeat(43)}`)).status;
    expect(last).toBe(429);
  });

  it('never writes a token in clear: not in the logs, not in the store', async () => {
    const r = await serve.stop();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/"reqId"/); // the logs were written
    expect(r.stdout).not.toContain(admin.token);
    expect(r.stdout).not.toContain(admin.token.slice(4));
    const listed = await runCli(['token', 'list', '--json'], { env: t.env });
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).not.toContain(admin.token);
    const dump = await runCli(['audit', 'list', '--json', '--limit', '1000'], { env: t.env });
    expect(dump.stdout).not.toContain(admin.token);
    serve = await serveInProcess(['--feeds-every', '0'], t.env); // for afterAll
  }, 120_000);
});

describe('vigil serve beyond loopback', () => {
  it('refuses to listen where other machines reach it while no token exists', async () => {
    const t = await STORES[0].create();
    await t.db.close();
    try {
      const r = await runCli(['serve', '--listen', '0.0.0.0:0', '--log-level', 'silent'], { env: t.env });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /^error: --listen: "0\.0\.0\.0:0" is reachable from other machines, and no API token exists/m,
      );
      const made = await runCli(['token', 'create', '--team', 'admins', '--scope', 'admin'], { env: t.env });
      expect(made.code, made.stderr).toBe(0);
      expect(made.stdout).toMatch(/^vgl_[A-Za-z0-9_-]{43}\n$/);
      const bad = await runCli(['token', 'create', '--team', 'x', '--scope', 'root'], { env: t.env });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('error: scopes: unknown "root"');
    } finally {
      await t.dispose();
    }
  }, 120_000);
});

describe.each(STORES)('teams own environments on the $kind store', ({ kind, create }) => {
  let t: TestDatabase;
  let serve: ServeInProcess;
  let mirror: string;
  let mirrorFolder: ReturnType<typeof alpineMirror> | undefined;
  let admin: string;
  let teamA: string;
  const OTHER = `sha256:${'b'.repeat(64)}`;
  const call = (path: string, token: string, init: RequestInit = {}) =>
    fetch(`${serve.url}${path}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
    });
  const post = (path: string, token: string, body: unknown, method = 'POST') =>
    call(path, token, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const deploy = (token: string, environment: string, workload: string, digest: string) =>
    post('/api/v1/deployments', token, {
      environment,
      createEnvironment: true,
      workload,
      image: `docker.io/library/alpine@${digest}`,
    });

  beforeAll(async () => {
    t = await create();
    if (kind === 'embedded') await t.db.close();
    mirrorFolder = alpineMirror();
    mirror = mirrorFolder.dir;
    serve = await serveInProcess(['--feeds-every', '0'], t.env);
    const made = await fetch(`${serve.url}/api/v1/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'root', team: 'admins', scopes: ['admin'] }),
    });
    admin = ((await made.json()) as Created).token;
    await new Promise((r) => setTimeout(r, 2100));
    expect(
      (
        await call(`/api/v1/sboms?name=alpine.json`, admin, {
          method: 'POST',
          body: readFileSync(ALPINE_SBOM),
        })
      ).status,
    ).toBe(201);
    expect((await deploy(admin, 'prod-a', 'shop/web', ALPINE_DIGEST)).status).toBe(200);
    expect((await deploy(admin, 'prod-b', 'shop/web', ALPINE_DIGEST)).status).toBe(200);
    expect((await deploy(admin, 'prod-b', 'shop/batch', OTHER)).status).toBe(200);
    const synced = await post('/api/v1/feeds/sync', admin, { osvMirror: mirror });
    expect(synced.status).toBe(200);
    expect((await post('/api/v1/environments/prod-a/team', admin, { team: 'a' }, 'PUT')).status).toBe(204);
    expect((await post('/api/v1/environments/prod-b/team', admin, { team: 'b' }, 'PUT')).status).toBe(204);
    const a = await post('/api/v1/tokens', admin, {
      name: 'team-a',
      team: 'a',
      scopes: ['exposures:read', 'twin:read', 'deploy:write'],
    });
    teamA = ((await a.json()) as Created).token;
  }, 300_000);
  afterAll(async () => {
    await serve?.stop().catch(() => {});
    await t?.dispose();
    mirrorFolder?.dispose();
  });

  it("a team's token sees only its environments in listings, exports, impact, status and the twin", async () => {
    const all = (await (await call('/api/v1/exposures?limit=1000', admin)).json()) as {
      exposures: { environment: string }[];
    };
    const mine = (await (await call('/api/v1/exposures?limit=1000', teamA)).json()) as {
      exposures: { environment: string }[];
    };
    expect(new Set(all.exposures.map((e) => e.environment))).toEqual(new Set(['prod-a', 'prod-b']));
    expect(mine.exposures.length).toBeGreaterThan(0);
    expect(new Set(mine.exposures.map((e) => e.environment))).toEqual(new Set(['prod-a']));
    const other = await call('/api/v1/exposures?environment=prod-b', teamA);
    expect(((await other.json()) as { exposures: unknown[] }).exposures).toEqual([]);
    const exported = await call('/api/v1/exposures', teamA, { headers: { accept: 'application/x-ndjson' } });
    const lines = (await exported.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { environment: string });
    expect(new Set(lines.map((l) => l.environment))).toEqual(new Set(['prod-a']));
    const impact = (await (await call('/api/v1/impact/CVE-2023-0286', teamA)).json()) as {
      exposures: { environment: string }[];
    };
    expect(impact.exposures.length).toBeGreaterThan(0);
    expect(new Set(impact.exposures.map((e) => e.environment))).toEqual(new Set(['prod-a']));
    const status = (await (await call('/api/v1/status', teamA)).json()) as {
      byEnvironment: { environment: string }[];
    };
    expect(status.byEnvironment.map((e) => e.environment)).toEqual(['prod-a']);
    const twin = (await (await call('/api/v1/twin', teamA)).json()) as { environment: string }[];
    expect(new Set(twin.map((r) => r.environment))).toEqual(new Set(['prod-a']));
    const gaps = (await (await call('/api/v1/twin/gaps', teamA)).json()) as { environment?: string }[];
    expect(gaps.every((g) => g.environment === 'prod-a')).toBe(true);
  });

  it("a team's token cannot read another team's artifact by digest, nor change another team's environment", async () => {
    expect((await call(`/api/v1/artifacts/${ALPINE_DIGEST}/findings`, teamA)).status).toBe(200);
    expect((await call(`/api/v1/artifacts/${OTHER}/findings`, teamA)).status).toBe(404);
    expect((await call(`/api/v1/artifacts/${OTHER}/findings`, admin)).status).toBe(200);
    const before = ((await (await call('/api/v1/twin?environment=prod-b', admin)).json()) as unknown[])
      .length;
    const refused = await deploy(teamA, 'prod-b', 'shop/evil', ALPINE_DIGEST);
    expect(refused.status).toBe(403);
    expect(((await (await call('/api/v1/twin?environment=prod-b', admin)).json()) as unknown[]).length).toBe(
      before,
    );
    expect((await deploy(teamA, 'prod-a', 'shop/api', ALPINE_DIGEST)).status).toBe(200);
    expect((await post('/api/v1/environments/prod-b/team', teamA, { team: 'a' }, 'PUT')).status).toBe(403);
  });

  it('a team plans and triages its own environments only; the trail names the token', async () => {
    const plan = (await (await call('/api/v1/plan', teamA)).json()) as {
      actions: { environments: string[] }[];
    };
    expect(plan.actions.length).toBeGreaterThan(0);
    expect(new Set(plan.actions.flatMap((a) => a.environments))).toEqual(new Set(['prod-a']));
    const made = await post('/api/v1/tokens', admin, {
      name: 'triager-a',
      team: 'a',
      scopes: ['exposures:read', 'triage:write'],
    });
    const triager = ((await made.json()) as Created).token;
    const rule = { vulnerability: 'CVE-2023-0286', state: 'will_fix', reason: 'next base image' };
    // a rule for every environment, or for another team's, is not the team's to make
    expect((await post('/api/v1/triage', triager, rule)).status).toBe(403);
    expect((await post('/api/v1/triage', triager, { ...rule, environment: 'prod-b' })).status).toBe(403);
    expect((await post('/api/v1/triage', teamA, { ...rule, environment: 'prod-a' })).status).toBe(403); // no triage:write
    const set = await post('/api/v1/triage', triager, { ...rule, environment: 'prod-a' });
    expect(set.status).toBe(201);
    const created = (await set.json()) as { rule: { id: number }; covers: number };
    expect(created.covers).toBeGreaterThan(0);
    const exposures = (await (await call('/api/v1/exposures?limit=1000&all=true', admin)).json()) as {
      exposures: { environment: string; ids: string[]; triage: { rule: number } | null }[];
    };
    const hit = exposures.exposures.filter((e) => e.ids.includes('CVE-2023-0286'));
    expect(
      hit.filter((e) => e.environment === 'prod-a').every((e) => e.triage?.rule === created.rule.id),
    ).toBe(true);
    expect(hit.filter((e) => e.environment === 'prod-b').every((e) => e.triage === null)).toBe(true);
    // a global rule made by an admin is seen by the team; another team's decisions are not
    const global = await post('/api/v1/triage', admin, {
      ...rule,
      state: 'in_triage',
      environment: 'prod-b',
    });
    expect(global.status).toBe(201);
    const seen = (await (await call('/api/v1/triage', triager)).json()) as { id: number }[];
    expect(seen.map((r) => r.id)).toEqual([created.rule.id]);
    const other = ((await global.json()) as { rule: { id: number } }).rule.id;
    expect((await post(`/api/v1/triage/${other}`, triager, { reason: 'not ours' }, 'DELETE')).status).toBe(
      404,
    );
    const trail = (await (await call('/api/v1/triage/audit', admin)).json()) as {
      by: string;
      rule: number;
    }[];
    expect(trail.find((e) => e.rule === created.rule.id)?.by).toMatch(/^token:\d+ \(triager-a, team a\)$/);
  });

  it("a team's event stream carries only its environments", async () => {
    // a new advisory for the openssl both environments run, published through a mirror of its own
    const advisory = 'ALPINE-VIGIL-TEST-0001';
    const delta = opensslAdvisoryMirror(advisory, 'CVE-2099-0001');
    const streamOf = async (token: string) =>
      call('/api/v1/events', token, { headers: { accept: 'text/event-stream' } });
    const [forA, forAdmin] = [await streamOf(teamA), await streamOf(admin)];
    const wanted = (e: SseEvent) => e.event === 'impact' && e.data.advisories.includes(advisory);
    const [eventA, eventAdmin] = [readEvents(forA, wanted), readEvents(forAdmin, wanted)];
    try {
      expect((await post('/api/v1/feeds/sync', admin, { osvMirror: delta.dir })).status).toBe(200);
      const envs = (e: SseEvent) => new Set(e.data.exposures.map((x) => x.environment));
      expect(envs(await eventAdmin)).toEqual(new Set(['prod-a', 'prod-b']));
      expect(envs(await eventA)).toEqual(new Set(['prod-a']));
    } finally {
      delta.dispose();
    }
  }, 120_000);
});
