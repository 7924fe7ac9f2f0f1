import type { Permission } from './permissions.js';

export interface StoredToken {
  readonly id: number;
  readonly name: string;
  readonly team: string;
  readonly scopes: readonly Permission[];
  readonly prefix: string;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
  readonly lastUsedAt: string | null;
}

export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly target: string;
  readonly detail: Readonly<Record<string, unknown>>;
}

/** Tokens and the audit log in the store. */
export interface AuthRepository {
  /** Stores a token by its hash; the token itself is never given to the store. */
  createToken(token: {
    readonly name: string;
    readonly team: string;
    readonly scopes: readonly Permission[];
    readonly prefix: string;
    readonly sha256: string;
    readonly expiresAt: string | null;
  }): Promise<StoredToken>;
  /** The token with this hash, whatever its state. */
  tokenByHash(sha256: string): Promise<(StoredToken & { readonly sha256: string }) | undefined>;
  touchToken(id: number, at: string): Promise<void>;
  /** Revokes a token; false when there is no such token. */
  revokeToken(id: number, at: string): Promise<boolean>;
  listTokens(): Promise<StoredToken[]>;
  /** Whether any token is still usable: then every API request must carry one. */
  hasActiveTokens(at: string): Promise<boolean>;
  audit(entry: Omit<AuditEntry, 'id' | 'at'> & { readonly at?: string }): Promise<void>;
  listAudit(opts: { readonly limit: number }): Promise<AuditEntry[]>;
  environmentsOf(team: string): Promise<string[]>;
  /** Sets the team owning an environment; false when there is no such environment. */
  setEnvironmentTeam(environment: string, team: string | null): Promise<boolean>;
}

/** A person's session as stored: by the SHA-256 of its id, never the id itself (ADR 076). */
export interface StoredSession {
  readonly sha256: string;
  /** The IdP's `sub`. */
  readonly subject: string;
  readonly name: string;
  readonly team: string;
  readonly admin: boolean;
  readonly expiresAt: string;
}

/** Sessions of people logged in through OIDC, in the store. */
export interface SessionRepository {
  createSession(session: StoredSession): Promise<void>;
  /** The session with this hash, expired or not. */
  sessionByHash(sha256: string): Promise<StoredSession | undefined>;
  /** Ends a session; false when there was none. */
  deleteSession(sha256: string): Promise<boolean>;
  /** Forgets sessions that expired before `at`. */
  deleteExpiredSessions(at: string): Promise<void>;
}
