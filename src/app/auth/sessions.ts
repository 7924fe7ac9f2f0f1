import { createHmac } from 'node:crypto';
import { escapeControls } from '../../core/input/index.js';
import type { Permission } from './permissions.js';
import type { AuthRepository, SessionRepository } from './ports.js';
import { constantTimeEqual, findBySecret, randomSecret, sha256Hex } from './secret-digest.js';
import type { Refused } from './tokens.js';
import { type UserAccess, userScopes } from './user-access.js';

/** A session lasts this long from login and is not extended by use: a working day (ADR 076). */
export const SESSION_TTL_MS = 8 * 3_600_000;
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;
/** Names and subjects come from the IdP: kept printable and short. */
const MAX_NAME = 200;

/** A person as the IdP vouched for them, with the access their groups give. */
export interface SessionUser extends UserAccess {
  /** The IdP's `sub`. */
  readonly subject: string;
  readonly name: string;
}

/** A session as created: `id` goes in the cookie and is never stored. */
export interface StartedSession {
  readonly id: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

/** Who a session belongs to and what they may do. */
export interface SessionPrincipal extends SessionUser {
  readonly scopes: readonly Permission[];
  /** Every write made with the session's cookie must carry it (`x-csrf-token`). */
  readonly csrfToken: string;
  readonly expiresAt: string;
}

/**
 * Starts a session for a person who logged in: 256 random bits, stored as their SHA-256 with the person's team and
 * admin flag, and audits the login. Sessions that have expired are forgotten on the way.
 */
export async function startSession(
  repo: SessionRepository & Pick<AuthRepository, 'audit'>,
  user: SessionUser,
  now: Date,
): Promise<StartedSession> {
  await repo.deleteExpiredSessions(now.toISOString());
  const id = randomSecret();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
  const clean = { ...user, subject: printable(user.subject), name: printable(user.name) };
  await repo.createSession({ ...clean, sha256: sha256Hex(id), expiresAt });
  await repo.audit({
    actor: userActor(clean),
    action: 'session.login',
    target: `user:${clean.subject}`,
    detail: { team: user.team, admin: user.admin, expiresAt },
  });
  return { id, csrfToken: csrfTokenOf(id), expiresAt };
}

/**
 * Checks a presented session id. As for tokens, an unknown id and a known but expired one take the same path
 * (`findBySecret`: the hash, one lookup by it, a constant-time comparison); only then is the expiry looked at.
 */
export async function authenticateSession(
  repo: SessionRepository,
  presented: string | undefined,
  now: Date,
): Promise<{ readonly session: SessionPrincipal } | { readonly refused: Refused }> {
  const found = await findBySecret(presented, SESSION_ID, (h) => repo.sessionByHash(h));
  if ('refused' in found) return found;
  const { subject, name, team, admin, expiresAt } = found.stored;
  if (Date.parse(expiresAt) <= now.getTime()) return { refused: 'expired' };
  return {
    session: {
      subject,
      name,
      team,
      admin,
      expiresAt,
      scopes: userScopes(admin),
      csrfToken: csrfTokenOf(found.secret),
    },
  };
}

/** Ends the session with this id, if there is one. */
export async function endSession(repo: SessionRepository, presented: string): Promise<void> {
  if (SESSION_ID.test(presented)) await repo.deleteSession(sha256Hex(presented));
}

/**
 * A session's CSRF token, derived from its id (HMAC): nothing more is stored, and only the holder of the cookie
 * (through `GET /api/v1/me`) can know it — a page on another site cannot read it.
 */
export const csrfTokenOf = (sessionId: string): string =>
  createHmac('sha256', sessionId).update('vigil csrf token').digest('base64url');

/** Whether a request's `x-csrf-token` is the session's, compared in constant time. */
export const isCsrfTokenOf = (sessionId: string, presented: string | undefined): boolean =>
  presented !== undefined && constantTimeEqual(csrfTokenOf(sessionId), presented);

/** How a person appears in the audit log: `user:<sub> (<name>, team <team>)`. */
export const userActor = (user: Pick<SessionUser, 'subject' | 'name' | 'team'>): string =>
  `user:${user.subject} (${user.name}, team ${user.team})`;

const printable = (text: string): string => escapeControls(text.trim()).slice(0, MAX_NAME);
