/**
 * A login that cannot complete: no login in progress in this browser, a state that does not match, a code the IdP
 * will not exchange, an ID token that fails a check. The API answers one 401 for all of them; `message` (never a
 * token) goes to the log.
 */
export class LoginRefused extends Error {
  readonly code = 'LOGIN_REFUSED';
}

/** The IdP does not answer its discovery document or its keys: the login cannot even start (503). */
export class IdpUnavailable extends Error {
  readonly code = 'IDP_UNAVAILABLE';
}
