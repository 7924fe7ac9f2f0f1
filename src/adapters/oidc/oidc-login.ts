import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import * as client from 'openid-client';
import { constantTimeEqual } from '../../app/auth/index.js';
import { loginChecks, newLoginCookie } from './login-checks.js';
import { IdpUnavailable, LoginRefused } from './login-refused.js';
import { verifyIdToken } from './verify-id-token.js';

/** The relying party's settings: where the IdP is, who Vigil is to it, what to ask for. */
export interface OidcClientSettings {
  /** https, or http on a loopback address (a local IdP, tests). */
  readonly issuer: URL;
  readonly clientId: string;
  /** Absent: a public client, which PKCE protects on its own. */
  readonly clientSecret?: string;
  /** Space-separated; `openid` among them. */
  readonly scopes: string;
  /** The ID token claim holding the person's groups: a list of strings (or one string). */
  readonly groupsClaim: string;
}

/** A person as a verified ID token describes them. */
export interface OidcUser {
  readonly subject: string;
  readonly name: string;
  readonly groups: readonly string[];
}

/** The authorisation-code flow with PKCE, as `/auth/login` and `/auth/callback` need it. */
export interface OidcLogin {
  /**
   * Starts a login: the IdP's authorisation URL (state, nonce, S256 code challenge) and the login cookie that
   * holds the attempt's secret. @throws IdpUnavailable when discovery fails.
   */
  begin(now?: Date): Promise<{ readonly url: URL; readonly cookie: string }>;
  /**
   * Finishes a login from the callback's query and the login cookie: state, code exchange, ID token.
   * @throws LoginRefused for every failed check.
   */
  complete(cookie: string | undefined, query: URLSearchParams, now?: Date): Promise<OidcUser>;
  /** The callback's path as browsers see it (behind a proxy it may have a prefix): the login cookie's path. */
  callbackPath(): string;
}

/** Discovery and key fetches give up after this long (seconds). */
const IDP_TIMEOUT_S = 10;

/**
 * The OIDC relying party over `openid-client` (discovery, authorisation URL, code exchange) and `jose` (ID token
 * verification). Discovery happens at the first login, and again after a failure: serve starts while the IdP is
 * down. `redirectUrl` is asked when needed (the listener's port may be known only once listening).
 */
export function createOidcLogin(settings: OidcClientSettings, redirectUrl: () => URL): OidcLogin {
  let discovered: Promise<{ config: client.Configuration; keys: JWTVerifyGetKey }> | undefined;
  const discover = () => {
    discovered ??= (async () => {
      const config = await client.discovery(
        settings.issuer,
        settings.clientId,
        settings.clientSecret,
        settings.clientSecret === undefined ? client.None() : client.ClientSecretBasic(settings.clientSecret),
        {
          timeout: IDP_TIMEOUT_S,
          ...(settings.issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {}),
        },
      );
      const jwksUri = config.serverMetadata().jwks_uri;
      if (!jwksUri) throw new Error('the discovery document names no jwks_uri');
      const keys = createRemoteJWKSet(new URL(jwksUri), { timeoutDuration: IDP_TIMEOUT_S * 1000 });
      return { config, keys };
    })().catch((error: unknown) => {
      discovered = undefined;
      throw new IdpUnavailable(`the IdP at ${settings.issuer.href} cannot be discovered`, { cause: error });
    });
    return discovered;
  };

  return {
    callbackPath: () => redirectUrl().pathname,

    async begin(now = new Date()) {
      const { config } = await discover();
      const cookie = newLoginCookie(now);
      const checks = loginChecks(cookie, now);
      if (!checks) throw new Error('a fresh login cookie has no checks');
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUrl().href,
        scope: settings.scopes,
        state: checks.state,
        nonce: checks.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url, cookie };
    },

    async complete(cookie, query, now = new Date()) {
      const checks = loginChecks(cookie, now);
      if (!checks)
        throw new LoginRefused('no login in progress in this browser, or it is older than 10 minutes');
      // checked before anything is sent to the IdP: an answer to another browser's login stops here
      if (!constantTimeEqual(query.get('state') ?? '', checks.state))
        throw new LoginRefused('the state does not match the login in progress');
      const { config, keys } = await discover().catch((error: unknown) => {
        throw new LoginRefused('the IdP cannot be discovered', { cause: error });
      });
      const answered = new URL(redirectUrl());
      answered.search = query.toString();
      let idToken: string | undefined;
      try {
        const tokens = await client.authorizationCodeGrant(config, answered, {
          pkceCodeVerifier: checks.codeVerifier,
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          idTokenExpected: true,
        });
        idToken = tokens.id_token;
      } catch (error) {
        throw new LoginRefused(`the code exchange failed: ${(error as Error).message}`, { cause: error });
      }
      if (!idToken) throw new LoginRefused('the IdP answered no ID token');
      const claims = await verifyIdToken(idToken, {
        issuer: config.serverMetadata().issuer,
        clientId: settings.clientId,
        nonce: checks.nonce,
        keys,
        now,
      });
      return userOf(claims, settings.groupsClaim);
    },
  };
}

/** The person in verified claims: a display name from the usual claims, the groups from the configured one. */
function userOf(claims: JWTPayload & { readonly sub: string }, groupsClaim: string): OidcUser {
  const text = (name: string) => {
    const value = claims[name];
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  };
  const given = claims[groupsClaim];
  const groups = (Array.isArray(given) ? given : [given]).filter((g): g is string => typeof g === 'string');
  return {
    subject: claims.sub,
    name: text('name') ?? text('preferred_username') ?? text('email') ?? claims.sub,
    groups,
  };
}
