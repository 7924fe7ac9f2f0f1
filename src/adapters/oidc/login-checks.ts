import { createHmac, randomBytes } from 'node:crypto';

/** How long a browser has, from `/auth/login`, to come back to `/auth/callback`. */
export const LOGIN_MAX_AGE_S = 600;
const LOGIN_COOKIE = /^(\d{1,12})\.[A-Za-z0-9_-]{43}$/;
/** Processes sharing a database may disagree on the time by this much. */
const CLOCK_SKEW_S = 60;

/** What binds an authorisation response to the login that asked for it (RFC 6749 §10.12, RFC 7636, OIDC nonce). */
export interface LoginChecks {
  readonly state: string;
  readonly nonce: string;
  /** PKCE: 43 base64url characters, sent as its S256 challenge first and in clear at the code exchange. */
  readonly codeVerifier: string;
}

/**
 * A new login cookie: when it was made and 256 random bits. Its value is the only secret of the attempt — state,
 * nonce and PKCE verifier are derived from it — so nothing is kept on the server and any serve process sharing the
 * database can finish the login. The time cannot be moved: a changed cookie derives another state, which the IdP's
 * answer will not carry.
 */
export const newLoginCookie = (now: Date): string =>
  `${Math.floor(now.getTime() / 1000)}.${randomBytes(32).toString('base64url')}`;

/** The checks of a login cookie; undefined when it is malformed or older than `LOGIN_MAX_AGE_S`. */
export function loginChecks(cookie: string | undefined, now: Date): LoginChecks | undefined {
  const m = LOGIN_COOKIE.exec(cookie ?? '');
  if (!m || cookie === undefined) return undefined;
  const age = now.getTime() / 1000 - Number(m[1]);
  if (age < -CLOCK_SKEW_S || age > LOGIN_MAX_AGE_S) return undefined;
  const derive = (label: string) => createHmac('sha256', cookie).update(label).digest('base64url');
  return { state: derive('state'), nonce: derive('nonce'), codeVerifier: derive('pkce code verifier') };
}
