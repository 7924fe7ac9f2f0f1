import type { IncomingHttpHeaders } from 'node:http';
import { ADMIN_TEAM, grants, type Permission, userActor } from '../../app/auth/index.js';
import type { Vigil } from '../wiring/index.js';
import { readCookie, SESSION_COOKIE } from './cookies.js';

/** Who made a request: a token, a person logged in through OIDC, or the machine itself while the API is open. */
export interface Caller {
  readonly kind: 'token' | 'user' | 'local';
  /** How the audit log names them: `token:<id> (…)`, `user:<sub> (…)`, `local (…)`. */
  readonly actor: string;
  readonly name: string;
  readonly team: string;
  readonly scopes: readonly Permission[];
  readonly tokenId?: number;
  /** A person's `sub` at the IdP. */
  readonly subject?: string;
  /** The session the request's cookie named: its writes need the CSRF token, logout ends it. */
  readonly session?: { readonly id: string; readonly csrfToken: string; readonly expiresAt: string };
  /** The environments a team's caller may see and change; absent: all (admin). */
  readonly environments?: readonly string[];
}

/** The caller while no credential exists and serve listens on loopback only (ADR 075). */
export const LOCAL_CALLER: Caller = {
  kind: 'local',
  actor: 'local (no tokens: loopback single-user)',
  name: 'local',
  team: ADMIN_TEAM,
  scopes: ['admin'],
};

/**
 * Authenticates a request: by its bearer token when it has an Authorization header, else — when people may log
 * in — by its session cookie. `refused` says which credential failed (a refused cookie is cleared), or that the
 * request brought none (`missing`: not an attempt to guess one).
 */
export async function identifyCaller(
  auth: Vigil['auth'],
  headers: IncomingHttpHeaders,
  opts: { readonly sessions: boolean },
): Promise<Caller | { readonly refused: 'token' | 'session' | 'missing' }> {
  const header = headers.authorization;
  const sessionId =
    header === undefined && opts.sessions ? readCookie(headers.cookie, SESSION_COOKIE) : undefined;
  let caller: Caller;
  if (sessionId !== undefined) {
    const result = await auth.authenticateSession(sessionId);
    if ('refused' in result) return { refused: 'session' };
    const s = result.session;
    caller = {
      kind: 'user',
      actor: userActor(s),
      name: s.name,
      subject: s.subject,
      team: s.team,
      scopes: s.scopes,
      session: { id: sessionId, csrfToken: s.csrfToken, expiresAt: s.expiresAt },
    };
  } else {
    const bearer = typeof header === 'string' ? /^Bearer ([^\s]+)$/i.exec(header)?.[1] : undefined;
    const result = await auth.authenticate(header === undefined ? undefined : (bearer ?? '!'));
    if ('refused' in result) return { refused: header === undefined ? 'missing' : 'token' };
    const p = result.principal;
    caller = {
      kind: 'token',
      actor: `token:${p.tokenId} (${p.name}, team ${p.team})`,
      name: p.name,
      tokenId: p.tokenId,
      team: p.team,
      scopes: p.scopes,
    };
  }
  // a team's caller sees the environments its team owns; admin sees all
  return grants(caller.scopes, 'admin')
    ? caller
    : { ...caller, environments: await auth.environmentsOf(caller.team) };
}
