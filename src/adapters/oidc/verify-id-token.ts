import { errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { constantTimeEqual } from '../../app/auth/index.js';
import { LoginRefused } from './login-refused.js';

/**
 * The signatures an ID token may carry: asymmetric ones only. `none` is never accepted, and no HMAC: with `HS256`
 * allowed, a public key from the JWKS could be used as the shared secret to forge tokens.
 */
export const ID_TOKEN_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
];
/** Clocks of the IdP and Vigil may disagree by this much (seconds). */
const CLOCK_TOLERANCE_S = 60;

/** What an ID token must show (OIDC Core §3.1.3.7). */
export interface IdTokenExpectations {
  /** The issuer as discovery gave it: exactly `iss`. */
  readonly issuer: string;
  /** `aud` must hold it; with several audiences, `azp` must be it. */
  readonly clientId: string;
  /** The nonce of the login in progress. */
  readonly nonce: string;
  /** The IdP's signing keys (its JWKS). */
  readonly keys: JWTVerifyGetKey;
  readonly now?: Date;
}

/**
 * Verifies an ID token: signature by one of the IdP's keys with an allowed algorithm, `iss`, `aud`/`azp`, `exp`,
 * `iat` and `nonce`. The callback calls this on every ID token, whatever the code exchange already checked.
 * @throws LoginRefused naming the check that failed.
 */
export async function verifyIdToken(
  idToken: string,
  expected: IdTokenExpectations,
): Promise<JWTPayload & { readonly sub: string }> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(idToken, expected.keys, {
      issuer: expected.issuer,
      audience: expected.clientId,
      algorithms: ID_TOKEN_ALGORITHMS,
      requiredClaims: ['sub', 'iat', 'exp', 'nonce'],
      clockTolerance: CLOCK_TOLERANCE_S,
      ...(expected.now ? { currentDate: expected.now } : {}),
    }));
  } catch (error) {
    const why = error instanceof errors.JOSEError ? `${error.code}: ${error.message}` : String(error);
    throw new LoginRefused(`the ID token was refused (${why})`, { cause: error });
  }
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if ((audiences.length > 1 || payload.azp !== undefined) && payload.azp !== expected.clientId)
    throw new LoginRefused('the ID token was refused (azp is not this client)');
  if (typeof payload.nonce !== 'string' || !constantTimeEqual(payload.nonce, expected.nonce))
    throw new LoginRefused('the ID token was refused (nonce is not the login in progress)');
  if (typeof payload.sub !== 'string' || payload.sub === '')
    throw new LoginRefused('the ID token was refused (no sub)');
  return { ...payload, sub: payload.sub };
}
