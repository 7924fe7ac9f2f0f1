import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessOfGroups, SESSION_TTL_MS } from '../../app/auth/index.js';
import { IdpUnavailable, LOGIN_MAX_AGE_S, LoginRefused } from '../oidc/index.js';
import type { Vigil } from '../wiring/index.js';
import { clearCookie, LOGIN_COOKIE, readCookie, SESSION_COOKIE, setCookie } from './cookies.js';
import type { OidcApi } from './create-api.js';
import { HttpProblem } from './http-problem.js';
import type { Caller } from './identify-caller.js';
import { Me } from './schemas.js';

/**
 * People's login (ADR 076): `GET /auth/login` sends the browser to the IdP, `GET /auth/callback` turns its answer
 * into a session cookie, `POST /auth/logout` ends the session; `GET /api/v1/me` says who is calling, with the
 * session's CSRF token. Without OIDC the login routes answer 404; `me` works for every caller.
 */
export async function registerAuthRoutes(
  server: FastifyInstance,
  opts: {
    readonly vigil: Vigil;
    readonly oidc: OidcApi | undefined;
    readonly callerOf: (req: object) => Caller | undefined;
  },
): Promise<void> {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const configured = (): OidcApi => {
    if (!opts.oidc)
      throw new HttpProblem(404, 'NOT_FOUND', 'OIDC login is not configured (VIGIL_OIDC_ISSUER)');
    return opts.oidc;
  };

  app.get('/auth/login', { schema: { hide: true } }, async (req, reply) => {
    const { login } = configured();
    const started = await login.begin().catch((error: unknown) => {
      if (!(error instanceof IdpUnavailable)) throw error;
      req.log.error({ err: error }, 'the IdP cannot be discovered');
      throw new HttpProblem(503, 'UNAVAILABLE', 'the identity provider does not answer; try again shortly');
    });
    // the browser sends it back to the callback only
    const cookie = setCookie(LOGIN_COOKIE, started.cookie, login.callbackPath(), LOGIN_MAX_AGE_S);
    return reply
      .header('set-cookie', cookie)
      .header('cache-control', 'no-store')
      .redirect(started.url.href, 302);
  });

  app.get('/auth/callback', { schema: { hide: true } }, async (req, reply) => {
    const { login, rules } = configured();
    reply.header('cache-control', 'no-store');
    // one attempt per login cookie, whatever comes of it
    reply.header('set-cookie', clearCookie(LOGIN_COOKIE, login.callbackPath()));
    const query = new URL(req.url, 'http://callback.invalid').searchParams;
    const user = await login
      .complete(readCookie(req.headers.cookie, LOGIN_COOKIE), query)
      .catch((error: unknown) => {
        if (!(error instanceof LoginRefused)) throw error;
        req.log.warn({ reason: error.message }, 'login refused');
        // one answer for every failed check: the log says which
        throw new HttpProblem(
          401,
          'UNAUTHENTICATED',
          'the login could not be completed; start again at /auth/login',
        );
      });
    const access = accessOfGroups(user.groups, rules);
    if (!access) {
      req.log.warn({ subject: user.subject, groups: user.groups }, 'login refused: no group gives a team');
      throw new HttpProblem(
        403,
        'FORBIDDEN',
        'none of your groups gives you a team in Vigil; ask an admin to map one (VIGIL_OIDC_TEAM_MAP)',
      );
    }
    const session = await opts.vigil.auth.startSession({ subject: user.subject, name: user.name, ...access });
    return reply
      .header('set-cookie', setCookie(SESSION_COOKIE, session.id, '/', Math.floor(SESSION_TTL_MS / 1000)))
      .redirect('/', 302);
  });

  app.post(
    '/auth/logout',
    { schema: { summary: 'end the session the cookie names', response: { 204: z.null() } } },
    async (req, reply) => {
      const session = opts.callerOf(req)?.session;
      if (session) await opts.vigil.auth.endSession(session.id);
      return reply.header('set-cookie', clearCookie(SESSION_COOKIE, '/')).code(204).send(null);
    },
  );

  app.get(
    '/api/v1/me',
    {
      schema: {
        summary: 'who is calling: a token or a person, the team, the permissions, and a session’s CSRF token',
        response: { 200: Me },
      },
    },
    async (req) => {
      const c = opts.callerOf(req);
      if (!c) throw new Error('no caller was resolved for an authenticated route');
      return {
        kind: c.kind,
        name: c.name,
        team: c.team,
        permissions: [...c.scopes],
        ...(c.environments ? { environments: [...c.environments] } : {}),
        ...(c.tokenId !== undefined ? { tokenId: c.tokenId } : {}),
        ...(c.subject !== undefined ? { subject: c.subject } : {}),
        ...(c.session ? { csrfToken: c.session.csrfToken, expiresAt: c.session.expiresAt } : {}),
      };
    },
  );
}
