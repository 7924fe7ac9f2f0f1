import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CryptoKey, exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

/** A person the test IdP knows: what its ID tokens say about them. */
export interface TestAccount {
  readonly name: string;
  readonly groups: readonly string[];
}

export interface TestIdp {
  /** `http://127.0.0.1:<free port>` */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The key the IdP signs ID tokens with (RS256): tests forge tokens with it. */
  readonly signingKey: CryptoKey;
  readonly kid: string;
  /** Starts answering, with a client whose only redirect URI is this (known once Vigil listens). */
  open(redirectUri: string): void;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (`oidc-provider`) on a free loopback port, with one confidential client, PKCE required,
 * its development login and consent pages, and `accounts` whose ID tokens carry `name` and `groups`. It listens
 * at once (so its issuer can be given to Vigil) and answers once `open` gives it Vigil's callback.
 */
export async function startTestIdp(accounts: Readonly<Record<string, TestAccount>>): Promise<TestIdp> {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = 'test-idp-key';
  const jwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  const client = { clientId: 'vigil', clientSecret: 'vigil-test-secret' };
  return {
    issuer,
    ...client,
    signingKey: privateKey,
    kid,
    open(redirectUri) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: client.clientId,
            client_secret: client.clientSecret,
            redirect_uris: [redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_basic',
          },
        ],
        jwks: { keys: [jwk] },
        scopes: ['openid', 'profile', 'groups'],
        claims: { openid: ['sub'], profile: ['name'], groups: ['groups'] },
        // the groups in the ID token, as most IdPs can be told to put them
        conformIdTokenClaims: false,
        pkce: { required: () => true, methods: ['S256'] },
        features: { devInteractions: { enabled: true } },
        cookies: { keys: ['test-idp-cookie-key'] },
        ttl: {
          AccessToken: 300,
          AuthorizationCode: 60,
          Grant: 600,
          IdToken: 300,
          Interaction: 600,
          Session: 600,
        },
        async findAccount(_ctx, sub) {
          const account = accounts[sub];
          return account
            ? {
                accountId: sub,
                claims: async () => ({ sub, name: account.name, groups: [...account.groups] }),
              }
            : undefined;
        },
      });
      handle = provider.callback();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
