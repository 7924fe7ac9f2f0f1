import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORES, type TestDatabase } from '../store/test-support/databases.js';
import { openVigil, readVigilConfig, type Vigil } from '../wiring/index.js';
import { bareApi } from './test-support/bare-api.js';

interface Listed {
  id: number;
  name: string;
  team?: string;
  environment?: string;
  kinds: string[];
}

// The API in process (Fastify inject) over each store, with real tokens: teams own environments, and a team's
// `notify:write` token manages its team's subscriptions only.
describe.each(STORES)('team-managed notification subscriptions on the $kind store', ({ kind, create }) => {
  let t: TestDatabase;
  let vigil: Vigil;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};
  const call = async (as: string, method: 'GET' | 'POST' | 'DELETE' | 'PUT', url: string, body?: object) => {
    const r = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${tokens[as]}` },
      ...(body ? { payload: body } : {}),
    });
    return { status: r.statusCode, body: r.body ? (JSON.parse(r.body) as unknown) : undefined };
  };
  const subscribe = (as: string, body: object) =>
    call(as, 'POST', '/api/v1/notifications/subscriptions', { url: 'https://hooks.example.com/x', ...body });
  const names = async (as: string) =>
    ((await call(as, 'GET', '/api/v1/notifications/subscriptions')).body as Listed[])
      .map((s) => s.name)
      .sort();

  beforeAll(async () => {
    t = await create();
    if (kind === 'embedded') await t.db.close();
    vigil = await openVigil(readVigilConfig(t.env, '/'));
    const token = async (name: string, team: string, scopes: string[]) => {
      tokens[name] = (await vigil.auth.createToken({ name, team, scopes }, 'test')).token;
    };
    await token('root', 'admins', ['admin']);
    await token('notify-a', 'a', ['notify:write']);
    await token('notify-b', 'b', ['notify:write']);
    await token('reader-a', 'a', ['exposures:read']);
    app = await bareApi(vigil, 'test');
    for (const [environment, team] of [
      ['prod-a', 'a'],
      ['prod-b', 'b'],
    ]) {
      const deployed = await call('root', 'POST', '/api/v1/deployments', {
        environment,
        createEnvironment: true,
        workload: 'shop/web',
        image: `docker.io/library/alpine@sha256:${'c'.repeat(64)}`,
      });
      expect(deployed.status).toBe(200);
      expect((await call('root', 'PUT', `/api/v1/environments/${environment}/team`, { team })).status).toBe(
        204,
      );
    }
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await vigil?.close();
    await t?.dispose();
  });

  it('needs notify:write', async () => {
    expect((await call('reader-a', 'GET', '/api/v1/notifications/subscriptions')).status).toBe(403);
    expect((await subscribe('reader-a', { name: 'r' })).status).toBe(403);
  });

  it("lets a team subscribe for itself and its environments only, and not to another team's", async () => {
    const own = await subscribe('notify-a', { name: 'a-all' });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({
      team: 'a',
      createdBy: expect.stringMatching(/^token:\d+ \(notify-a, team a\)$/),
    });
    expect((own.body as Listed).kinds).not.toContain('feed_stale'); // a team's hears of feeds when it asks
    expect((await subscribe('notify-a', { name: 'a-prod', environment: 'prod-a', team: 'a' })).status).toBe(
      201,
    );
    const feeds = await subscribe('notify-a', { name: 'a-feeds', kinds: ['feed_stale'] });
    expect(feeds.status).toBe(201);
    expect((feeds.body as Listed).kinds).toEqual(['feed_stale']);
    for (const body of [
      { name: 'a-steal', environment: 'prod-b' },
      { name: 'a-other', team: 'b' },
      { name: 'a-unowned', environment: 'staging' },
    ]) {
      const refused = await subscribe('notify-a', body);
      expect(refused.status, body.name).toBe(403);
      expect(refused.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
    // bad input is still 400, naming the field
    const bad = await subscribe('notify-a', { name: 'a-bad', kinds: ['weather'] });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { issues: [{ path: 'kinds' }] } });
    expect((await subscribe('notify-b', { name: 'b-all' })).status).toBe(201);
    const global = await subscribe('root', { name: 'ops' });
    expect((global.body as Listed).kinds).toContain('feed_stale');
    expect(await names('notify-a')).toEqual(['a-all', 'a-feeds', 'a-prod']);
    expect(await names('notify-b')).toEqual(['b-all']);
    expect(await names('root')).toEqual(['a-all', 'a-feeds', 'a-prod', 'b-all', 'ops']);
  });

  it("hides another team's subscription by id (404, nothing removed), and removes its own", async () => {
    const all = (await call('root', 'GET', '/api/v1/notifications/subscriptions')).body as Listed[];
    const id = (name: string) => (all.find((s) => s.name === name) as Listed).id;
    for (const other of ['b-all', 'ops']) {
      const refused = await call('notify-a', 'DELETE', `/api/v1/notifications/subscriptions/${id(other)}`);
      expect(refused.status, other).toBe(404);
    }
    expect((await call('notify-a', 'DELETE', '/api/v1/notifications/subscriptions/999999')).status).toBe(404);
    expect(await names('root')).toEqual(['a-all', 'a-feeds', 'a-prod', 'b-all', 'ops']);
    expect(
      (await call('notify-a', 'DELETE', `/api/v1/notifications/subscriptions/${id('a-prod')}`)).status,
    ).toBe(204);
    expect(await names('notify-a')).toEqual(['a-all', 'a-feeds']);
    expect((await call('root', 'DELETE', `/api/v1/notifications/subscriptions/${id('b-all')}`)).status).toBe(
      204,
    );
    expect(await names('notify-b')).toEqual([]);
  });

  it('keeps deliveries and replays to admins', async () => {
    expect((await call('notify-a', 'GET', '/api/v1/notifications/deliveries')).status).toBe(403);
    expect((await call('notify-a', 'POST', '/api/v1/notifications/replay', {})).status).toBe(403);
    expect((await call('root', 'GET', '/api/v1/notifications/deliveries')).status).toBe(200);
  });
});
