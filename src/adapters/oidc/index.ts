export { LOGIN_MAX_AGE_S } from './login-checks.js';
export { IdpUnavailable, LoginRefused } from './login-refused.js';
export { createOidcLogin, type OidcClientSettings, type OidcLogin, type OidcUser } from './oidc-login.js';
export { ID_TOKEN_ALGORITHMS, type IdTokenExpectations, verifyIdToken } from './verify-id-token.js';
