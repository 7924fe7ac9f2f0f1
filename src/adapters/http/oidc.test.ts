import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CryptoKey,
  createRemoteJWKSet,
  exportSPKI,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  SignJWT,
  UnsecuredJWT,
} from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  authenticate,
  authenticateSession,
  createToken,
  SESSION_TTL_MS,
  startSession,
  USER_SCOPES,
} from '../../app/auth/index.js';
import { runCli } from '../cli/test-support/run-cli.js';
import { LoginRefused, verifyIdToken } from '../oidc/index.js';
import { createAuthRepository } from '../store/auth-repository.js';
import { createSessionRepository } from '../store/session-repository.js';
import { STORES, type TestDatabase } from '../store/test-support/databases.js';
import { ALPINE_DIGEST, ALPINE_SBOM, opensslAdvisoryMirror } from './test-support/alpine-deployment.js';
import { type ServeInProcess, serveInProcess } from './test-support/serve-in-process.js';
import { logIn, type TestBrowser, testBrowser, throughIdp } from './test-support/test-browser.js';
import { startTestIdp, type TestAccount, type TestIdp } from './test-support/test-idp.js';

const ACCOUNTS: Record<string, TestAccount> = {
  alice: { name: 'Alice Admin', groups: ['staff', 'vigil-admins'] },
  bob: { name: 'Bob Shop', groups: ['staff', 'shop-devs'] },
  carol: { name: 'Carol Pay', groups: ['pay-devs'] },
  mallory: { name: 'Mallory', groups: ['staff'] },
};

const discoveredKeys = async (idp: TestIdp) => {
  const meta = (await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json()) as {
    jwks_uri: string;
  };
  return { uri: new URL(meta.jwks_uri), keys: createRemoteJWKSet(new URL(meta.jwks_uri)) };
};

describe('ID tokens: the check the callback makes on every one', () => {
  let idp: TestIdp;
  let keys: Awaited<ReturnType<typeof discoveredKeys>>;
  const now = () => Math.floor(Date.now() / 1000);
  const claims = (): JWTPayload => ({
    iss: idp.issuer,
    aud: idp.clientId,
    sub: 'alice',
    nonce: 'the-nonce',
    iat: now(),
    exp: now() + 300,
  });
  const signed = (payload: JWTPayload) =>
    new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: idp.kid }).sign(idp.signingKey);
  const verify = (token: string) =>
    verifyIdToken(token, { issuer: idp.issuer, clientId: idp.clientId, nonce: 'the-nonce', keys: keys.keys });

  beforeAll(async () => {
    idp = await startTestIdp(ACCOUNTS);
    idp.open('http://127.0.0.1:1/auth/callback');
    keys = await discoveredKeys(idp);
  });
  afterAll(() => idp?.close());

  it("accepts a token the IdP's key signed, for this client and nonce (what the refusals below are measured against)", async () => {
    expect(await verify(await signed(claims()))).toMatchObject({ sub: 'alice', iss: idp.issuer });
  });

  it.each<[string, () => Promise<string>]>([
    ['alg=none', async () => new UnsecuredJWT(claims()).encode()],
    [
      'HS256 keyed with the public key the JWKS publishes',
      async () => {
        const published = ((await (await fetch(keys.uri)).json()) as { keys: JWK[] }).keys[0] as JWK;
        const pem = await exportSPKI((await importJWK(published, 'RS256')) as CryptoKey);
        return new SignJWT(claims())
          .setProtectedHeader({ alg: 'HS256', kid: idp.kid })
          .sign(new TextEncoder().encode(pem));
      },
    ],
    [
      'a key that is not the IdP’s',
      async () => {
        const { privateKey } = await generateKeyPair('RS256');
        return new SignJWT(claims()).setProtectedHeader({ alg: 'RS256', kid: idp.kid }).sign(privateKey);
      },
    ],
    [
      'a payload changed after signing',
      async () => {
        const [header, , signature] = (await signed(claims())).split('.');
        const forged = Buffer.from(JSON.stringify({ ...claims(), sub: 'mallory' })).toString('base64url');
        return `${header}.${forged}.${signature}`;
      },
    ],
    ['another issuer', () => signed({ ...claims(), iss: 'http://127.0.0.1:1' })],
    ['another audience', () => signed({ ...claims(), aud: 'another-client' })],
    ['several audiences and another azp', () => signed({ ...claims(), aud: [idp.clientId, 'x'], azp: 'x' })],
    ['an expired exp', () => signed({ ...claims(), iat: now() - 7200, exp: now() - 3600 })],
    [
      'no exp',
      async () => {
        const { exp: _, ...rest } = claims();
        return signed(rest);
      },
    ],
    ['another nonce', () => signed({ ...claims(), nonce: 'another-nonce' })],
    [
      'no nonce',
      async () => {
        const { nonce: _, ...rest } = claims();
        return signed(rest);
      },
    ],
  ])('refuses a token with %s', async (_what, token) => {
    await expect(verify(await token())).rejects.toBeInstanceOf(LoginRefused);
  });
});

describe('session and token lookups: unknown and expired take the same path', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await STORES[0].create();
  });
  afterAll(() => t?.dispose());
  const later = () => new Date(Date.now() + SESSION_TTL_MS + 60_000);

  /** `lookup`, recording every hash it is asked for. */
  const recorded =
    <T>(lookups: string[], lookup: (hash: string) => Promise<T>) =>
    (hash: string): Promise<T> => {
      lookups.push(hash);
      return lookup(hash);
    };
  /** An expired credential, an unknown one, and the check with every store lookup recorded. */
  type Setup = (lookups: string[]) => Promise<{
    expired: string;
    unknown: string;
    check: (presented: string) => Promise<unknown>;
  }>;
  const session: Setup = async (lookups) => {
    const repo = createSessionRepository(t.db);
    const user = { subject: 'timing', name: 'Timing', team: 'shop', admin: false };
    const { id } = await startSession({ ...repo, audit: createAuthRepository(t.db).audit }, user, new Date());
    const counted = {
      ...repo,
      sessionByHash: recorded(lookups, repo.sessionByHash),
    };
    return { expired: id, unknown: 'A'.repeat(43), check: (p) => authenticateSession(counted, p, later()) };
  };
  const token: Setup = async (lookups) => {
    const repo = createAuthRepository(t.db);
    const made = await createToken(
      repo,
      { name: 'timing', team: 'shop', scopes: ['exposures:read'], expires: '1m' },
      { actor: 'test', now: new Date() },
    );
    const counted = {
      ...repo,
      tokenByHash: recorded(lookups, repo.tokenByHash),
    };
    return {
      expired: made.token,
      unknown: `vgl_${'A'.repeat(43)}`,
      check: (p) => authenticate(counted, p, later()),
    };
  };

  it.each([
    ['session', session],
    ['token', token],
  ] as const)(
    'an unknown %s and an expired one: one lookup by hash each, and the same time (medians within 5 ms)',
    async (_kind, setup) => {
      const lookups: string[] = [];
      const { expired, unknown, check } = await setup(lookups);
      expect(await check(expired)).toEqual({ refused: 'expired' });
      expect(await check(unknown)).toEqual({ refused: 'unknown' });
      expect(lookups).toHaveLength(2);
      expect(lookups.every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
      const times: Record<'expired' | 'unknown', number[]> = { expired: [], unknown: [] };
      for (let i = 0; i < 30; i++)
        for (const which of ['expired', 'unknown'] as const) {
          const started = performance.now();
          await check(which === 'expired' ? expired : unknown);
          times[which].push(performance.now() - started);
        }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
      expect(Math.abs(median(times.expired) - median(times.unknown))).toBeLessThan(5);
    },
  );
});

describe.each(STORES)('people log in through OIDC on the $kind store', ({ kind, create }) => {
  let t: TestDatabase;
  let idp: TestIdp;
  let serve: ServeInProcess;
  let mirror: ReturnType<typeof opensslAdvisoryMirror> | undefined;
  let alice: TestBrowser;
  let aliceCsrf: string;
  const url = (path: string) => `${serve.url}${path}`;
  /** A write as `browser`'s person: with the CSRF token when one is given. */
  const write = (
    browser: TestBrowser,
    path: string,
    csrf: string | undefined,
    body: unknown,
    method = 'POST',
  ) =>
    browser.fetch(url(path), {
      method,
      headers: { 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': csrf } : {}) },
      body: JSON.stringify(body),
    });
  const deploy = (browser: TestBrowser, csrf: string | undefined, environment: string, workload: string) =>
    write(browser, '/api/v1/deployments', csrf, {
      environment,
      createEnvironment: true,
      workload,
      image: `docker.io/library/alpine@${ALPINE_DIGEST}`,
    });
  const workloads = async () =>
    (
      (await (await alice.fetch(url('/api/v1/twin'))).json()) as { namespace: string; workload: string }[]
    ).map((r) => `${r.namespace}/${r.workload}`);
  const audit = async () =>
    (await (await alice.fetch(url('/api/v1/audit?limit=1000'))).json()) as {
      actor: string;
      action: string;
    }[];
  const logins = async () => (await audit()).filter((a) => a.action === 'session.login').length;

  beforeAll(async () => {
    idp = await startTestIdp(ACCOUNTS);
    t = await create();
    if (kind === 'embedded') await t.db.close();
    // one advisory for the openssl the Alpine image holds, so that both environments have exposures
    mirror = opensslAdvisoryMirror('ALPINE-VIGIL-OIDC-0001', 'CVE-2099-0002');
    serve = await serveInProcess(['--feeds-every', '0'], {
      ...t.env,
      VIGIL_OIDC_ISSUER: idp.issuer,
      VIGIL_OIDC_CLIENT_ID: idp.clientId,
      VIGIL_OIDC_CLIENT_SECRET: idp.clientSecret,
      VIGIL_OIDC_ADMIN_GROUP: 'vigil-admins',
      VIGIL_OIDC_TEAM_MAP: 'shop-devs=shop,pay-devs=pay',
    });
    idp.open(url('/auth/callback'));
    alice = testBrowser();
    aliceCsrf = (await logIn(alice, serve.url, 'alice')).csrf;
    const sbom = await alice.fetch(url('/api/v1/sboms?name=alpine.json'), {
      method: 'POST',
      headers: { 'x-csrf-token': aliceCsrf },
      body: readFileSync(ALPINE_SBOM),
    });
    expect(sbom.status).toBe(201);
    for (const env of ['prod-a', 'prod-b'])
      expect((await deploy(alice, aliceCsrf, env, 'shop/web')).status).toBe(200);
    expect((await write(alice, '/api/v1/feeds/sync', aliceCsrf, { osvMirror: mirror.dir })).status).toBe(200);
    for (const [env, team] of [
      ['prod-a', 'shop'],
      ['prod-b', 'pay'],
    ])
      expect(
        (await write(alice, `/api/v1/environments/${env}/team`, aliceCsrf, { team }, 'PUT')).status,
      ).toBe(204);
  }, 120_000);
  afterAll(async () => {
    await serve?.stop().catch(() => {});
    await idp?.close();
    await t?.dispose();
    mirror?.dispose();
  });

  it('sends the browser to the IdP with state, nonce and an S256 PKCE challenge, in a short-lived HttpOnly cookie', async () => {
    const browser = testBrowser();
    const login = await browser.fetch(url('/auth/login'));
    expect(login.status).toBe(302);
    const to = new URL(login.headers.get('location') ?? '');
    expect(to.origin).toBe(idp.issuer);
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      client_id: idp.clientId,
      response_type: 'code',
      redirect_uri: url('/auth/callback'),
      code_challenge_method: 'S256',
      scope: 'openid profile groups',
    });
    for (const p of ['state', 'nonce', 'code_challenge'])
      expect(to.searchParams.get(p), p).toMatch(/^[\w-]{43}$/);
    expect(login.headers.getSetCookie()).toEqual([
      expect.stringMatching(
        /^vigil_login=[\w.-]+; Path=\/auth\/callback; Max-Age=600; HttpOnly; Secure; SameSite=Lax$/,
      ),
    ]);
  });

  it('turns the callback into a session cookie and /api/v1/me shows the person, team, permissions and CSRF token', async () => {
    const bob = testBrowser();
    const answered = await bob.fetch(await throughIdp(bob, serve.url, 'bob'));
    expect(answered.status).toBe(302);
    expect(answered.headers.get('location')).toBe('/');
    const session = answered.headers.getSetCookie().find((c) => c.startsWith('vigil_session='));
    expect(session).toMatch(
      /^vigil_session=[\w-]{43}; Path=\/; Max-Age=28800; HttpOnly; Secure; SameSite=Lax$/,
    );
    const me = await (await bob.fetch(url('/api/v1/me'))).json();
    expect(me).toEqual({
      kind: 'user',
      name: 'Bob Shop',
      subject: 'bob',
      team: 'shop',
      permissions: [...USER_SCOPES],
      environments: ['prod-a'],
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
      expiresAt: expect.any(String),
    });
    const admin = await (await alice.fetch(url('/api/v1/me'))).json();
    expect(admin).toMatchObject({ kind: 'user', subject: 'alice', team: 'admins', permissions: ['admin'] });
    expect(admin).not.toHaveProperty('environments');
    expect(
      (await audit()).some(
        (a) => a.action === 'session.login' && a.actor === 'user:bob (Bob Shop, team shop)',
      ),
    ).toBe(true);
  });

  it("a team's person sees only the exposures of its team's environments", async () => {
    const envs = async (browser: TestBrowser) => {
      const r = await browser.fetch(url('/api/v1/exposures?limit=1000'));
      expect(r.status).toBe(200);
      return new Set(
        ((await r.json()) as { exposures: { environment: string }[] }).exposures.map((e) => e.environment),
      );
    };
    const bob = testBrowser();
    await logIn(bob, serve.url, 'bob');
    const carol = testBrowser();
    await logIn(carol, serve.url, 'carol');
    expect(await envs(alice)).toEqual(new Set(['prod-a', 'prod-b']));
    expect(await envs(bob)).toEqual(new Set(['prod-a']));
    expect(await envs(carol)).toEqual(new Set(['prod-b']));
  });

  it("a team's person manages the team's notification subscriptions only", async () => {
    const bob = testBrowser();
    const bobCsrf = (await logIn(bob, serve.url, 'bob')).csrf;
    const carol = testBrowser();
    const carolCsrf = (await logIn(carol, serve.url, 'carol')).csrf;
    const hook = { url: 'https://hooks.example.com/shop' };
    expect(
      (await write(bob, '/api/v1/notifications/subscriptions', undefined, { name: 'x', ...hook })).status,
    ).toBe(403); // the session's CSRF token is needed
    const made = await write(bob, '/api/v1/notifications/subscriptions', bobCsrf, {
      name: 'shop-oncall',
      ...hook,
    });
    expect(made.status).toBe(201);
    const created = (await made.json()) as { id: number; team: string };
    expect(created.team).toBe('shop'); // filled in from the person's team
    for (const other of [{ team: 'pay' }, { environment: 'prod-b' }])
      expect(
        (await write(bob, '/api/v1/notifications/subscriptions', bobCsrf, { name: 'y', ...hook, ...other }))
          .status,
      ).toBe(403);
    const names = async (browser: TestBrowser) =>
      (
        (await (await browser.fetch(url('/api/v1/notifications/subscriptions'))).json()) as { name: string }[]
      ).map((s) => s.name);
    expect(await names(bob)).toEqual(['shop-oncall']);
    expect(await names(carol)).toEqual([]);
    // another team's subscription is not there to delete; the team's own is
    const remove = (browser: TestBrowser, csrf: string) =>
      browser.fetch(url(`/api/v1/notifications/subscriptions/${created.id}`), {
        method: 'DELETE',
        headers: { 'x-csrf-token': csrf },
      });
    expect((await remove(carol, carolCsrf)).status).toBe(404);
    expect((await remove(bob, bobCsrf)).status).toBe(204);
    expect((await audit()).find((a) => a.action === 'notify.subscribe')?.actor).toMatch(/^user:bob /);
  });

  it('a write with the session cookie needs its CSRF token; with it, it is done and audited with the person', async () => {
    const before = await workloads();
    expect((await deploy(alice, undefined, 'prod-a', 'shop/csrf')).status).toBe(403);
    expect((await deploy(alice, 'A'.repeat(43), 'prod-a', 'shop/csrf')).status).toBe(403);
    const bob = testBrowser();
    const bobCsrf = (await logIn(bob, serve.url, 'bob')).csrf;
    expect((await deploy(alice, bobCsrf, 'prod-a', 'shop/csrf')).status).toBe(403); // another session's token
    expect((await deploy(bob, bobCsrf, 'prod-a', 'shop/csrf')).status).toBe(403); // no deploy:write for people
    expect(await workloads()).toEqual(before);

    expect((await deploy(alice, aliceCsrf, 'prod-a', 'shop/csrf')).status).toBe(200);
    expect(await workloads()).toContain('shop/csrf');
    expect((await audit())[0]).toMatchObject({
      action: 'deploy.record',
      actor: 'user:alice (Alice Admin, team admins)',
    });
  });

  it('a bearer token needs no CSRF token, and wins over a cookie sent along', async () => {
    const made = await write(alice, '/api/v1/tokens', aliceCsrf, {
      name: 'ci',
      team: 'shop',
      scopes: ['deploy:write', 'twin:read'],
    });
    expect(made.status).toBe(201);
    const { token, id } = (await made.json()) as { token: string; id: number };
    const withToken = await alice.fetch(url('/api/v1/deployments'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        environment: 'prod-a',
        workload: 'shop/token',
        image: `docker.io/library/alpine@${ALPINE_DIGEST}`,
      }),
    });
    expect(alice.cookieHeader(url('/api/v1/deployments'))).toContain('vigil_session='); // the cookie went along
    expect(withToken.status).toBe(200);
    expect((await audit())[0]?.actor).toBe(`token:${id} (ci, team shop)`);
  });

  it('logout needs the CSRF token, ends the session, and the old cookie is refused from then on', async () => {
    const carol = testBrowser();
    const { session, csrf } = await logIn(carol, serve.url, 'carol');
    expect((await carol.fetch(url('/auth/logout'), { method: 'POST' })).status).toBe(403);
    expect((await carol.fetch(url('/api/v1/me'))).status).toBe(200);
    const out = await carol.fetch(url('/auth/logout'), { method: 'POST', headers: { 'x-csrf-token': csrf } });
    expect(out.status).toBe(204);
    expect(carol.cookie(serve.url, 'vigil_session')).toBeUndefined(); // the browser was told to forget it
    const replayed = await fetch(url('/api/v1/me'), { headers: { cookie: `vigil_session=${session}` } });
    expect(replayed.status).toBe(401);
    expect(
      (await audit()).some((a) => a.action === 'session.logout' && a.actor.startsWith('user:carol ')),
    ).toBe(true);
  });

  describe('refusals: each 401 or 403, and nothing changes', () => {
    it('a callback whose state is not the login in progress', async () => {
      const before = await logins();
      const browser = testBrowser();
      const callback = await throughIdp(browser, serve.url, 'bob');
      callback.searchParams.set('state', 'A'.repeat(43));
      const r = await browser.fetch(callback);
      expect(r.status).toBe(401);
      expect(browser.cookie(serve.url, 'vigil_session')).toBeUndefined();
      expect(await logins()).toBe(before);
    });

    it("a callback from another browser's login (no login cookie: login CSRF), and the same callback twice", async () => {
      const before = await logins();
      const browser = testBrowser();
      const callback = await throughIdp(browser, serve.url, 'bob');
      expect((await testBrowser().fetch(callback)).status).toBe(401);
      expect((await browser.fetch(callback)).status).toBe(302); // the rightful browser still can, once
      expect((await browser.fetch(callback)).status).toBe(401);
      expect(await logins()).toBe(before + 1);
    });

    it('a person whose groups give no team', async () => {
      const before = await logins();
      const browser = testBrowser();
      const r = await browser.fetch(await throughIdp(browser, serve.url, 'mallory'));
      expect(r.status).toBe(403);
      expect(browser.cookie(serve.url, 'vigil_session')).toBeUndefined();
      expect(await logins()).toBe(before);
    });

    it('a tampered session cookie (and the browser is told to forget it)', async () => {
      const browser = testBrowser();
      const { session, csrf } = await logIn(browser, serve.url, 'alice');
      const before = await workloads();
      const tampered = `${session.slice(0, -1)}${session.endsWith('A') ? 'B' : 'A'}`;
      browser.setCookie(serve.url, 'vigil_session', tampered);
      const r = await deploy(browser, csrf, 'prod-a', 'shop/tampered');
      expect(r.status).toBe(401);
      expect(r.headers.getSetCookie()).toContainEqual(
        expect.stringMatching(/^vigil_session=; Path=\/; Max-Age=0;/),
      );
      expect(await workloads()).toEqual(before);
    });

    it('an expired session', async () => {
      const browser = testBrowser();
      const { csrf } = await logIn(browser, serve.url, 'alice');
      const before = await workloads();
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        vi.setSystemTime(Date.now() + SESSION_TTL_MS + 1000);
        expect((await browser.fetch(url('/api/v1/me'))).status).toBe(401);
        expect((await deploy(browser, csrf, 'prod-a', 'shop/expired')).status).toBe(401);
      } finally {
        vi.useRealTimers();
      }
      expect(await workloads()).toEqual(before);
    });
  });
});

describe('vigil serve with OIDC login', () => {
  it('refuses bad settings before opening anything, and a listener beyond loopback without a redirect URL', async () => {
    const home = mkdtempSync(join(tmpdir(), 'vigil-oidc-serve-'));
    try {
      const env = {
        VIGIL_HOME: home,
        VIGIL_OIDC_ISSUER: 'https://idp.example.org',
        VIGIL_OIDC_CLIENT_ID: 'vigil',
        VIGIL_OIDC_ADMIN_GROUP: 'vigil-admins',
      };
      const beyond = await runCli(['serve', '--listen', '0.0.0.0:0', '--log-level', 'silent'], { env });
      expect(beyond.code).toBe(2);
      expect(beyond.stderr).toMatch(/^error: VIGIL_OIDC_REDIRECT_URL: is not set, and serve listens beyond/m);
      const plain = await runCli(['serve', '--listen', '127.0.0.1:0', '--log-level', 'silent'], {
        env: { ...env, VIGIL_OIDC_ISSUER: 'http://idp.example.org' },
      });
      expect(plain.code).toBe(2);
      expect(plain.stderr).toMatch(
        /^error: VIGIL_OIDC_ISSUER: "http:\/\/idp\.example\.org" is not an https URL/m,
      );
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
