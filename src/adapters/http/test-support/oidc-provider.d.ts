// oidc-provider ships no type declarations: only what the test IdP uses is declared.

declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface Account {
    readonly accountId: string;
    claims(): Promise<Record<string, unknown>>;
  }

  export interface Configuration {
    readonly clients?: readonly Record<string, unknown>[];
    readonly jwks?: { readonly keys: readonly Record<string, unknown>[] };
    readonly scopes?: readonly string[];
    readonly claims?: Readonly<Record<string, readonly string[]>>;
    readonly conformIdTokenClaims?: boolean;
    readonly pkce?: { readonly required: () => boolean; readonly methods: readonly string[] };
    readonly features?: Readonly<Record<string, { readonly enabled: boolean }>>;
    readonly cookies?: { readonly keys: readonly string[] };
    /** Seconds each artifact lives. */
    readonly ttl?: Readonly<Record<string, number>>;
    findAccount?(ctx: unknown, sub: string): Promise<Account | undefined>;
  }

  export default class Provider {
    constructor(issuer: string, configuration?: Configuration);
    /** A Node request listener. */
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
  }
}
