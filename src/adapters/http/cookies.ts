/** The session cookie: a session id, 256 random bits (ADR 076). */
export const SESSION_COOKIE = 'vigil_session';
/** The login cookie: the secret of one login attempt, from `/auth/login` to `/auth/callback`. */
export const LOGIN_COOKIE = 'vigil_login';

/** A cookie's value in a `Cookie` header (the first of that name); undefined when absent. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * A `Set-Cookie` value: always HttpOnly (no script reads it), Secure (browsers keep Secure cookies for
 * http://127.0.0.1 and localhost too: they are secure contexts) and SameSite=Lax (not sent with another site's
 * requests but top-level navigations, which the IdP's redirect back is). Values are base64url: nothing to encode.
 */
export const setCookie = (name: string, value: string, path: string, maxAgeSeconds: number): string =>
  `${name}=${value}; Path=${path}; Max-Age=${maxAgeSeconds}; HttpOnly; Secure; SameSite=Lax`;

/** A `Set-Cookie` value that makes the browser forget the cookie. */
export const clearCookie = (name: string, path: string): string => setCookie(name, '', path, 0);
