import type { AuditEntry, AuthRepository, Permission, StoredToken } from '../../app/auth/index.js';
import type { SqlClient } from './sql-client.js';

interface TokenRow {
  id: number;
  name: string;
  team: string;
  scopes: string[];
  prefix: string;
  sha256: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

const COLUMNS = `id, name, team, scopes, prefix, sha256, created_at::text AS created_at, expires_at::text AS expires_at,
  revoked_at::text AS revoked_at, last_used_at::text AS last_used_at`;

const iso = (t: string | null): string | null => (t === null ? null : new Date(t).toISOString());

const tokenOf = (r: TokenRow): StoredToken => ({
  id: r.id,
  name: r.name,
  team: r.team,
  scopes: r.scopes as Permission[],
  prefix: r.prefix,
  createdAt: iso(r.created_at) ?? '',
  expiresAt: iso(r.expires_at),
  revokedAt: iso(r.revoked_at),
  lastUsedAt: iso(r.last_used_at),
});

/** Tokens (by hash only) and the audit log over SQL. */
export function createAuthRepository(db: SqlClient): AuthRepository {
  return {
    async createToken(t) {
      const [row] = await db.query<TokenRow>(
        `INSERT INTO api_tokens (name, team, scopes, prefix, sha256, expires_at)
         VALUES ($1, $2, $3::text[], $4, $5, $6::timestamptz) RETURNING ${COLUMNS}`,
        [t.name, t.team, t.scopes, t.prefix, t.sha256, t.expiresAt],
      );
      return tokenOf(row as TokenRow);
    },
    async tokenByHash(sha256) {
      const [row] = await db.query<TokenRow>(`SELECT ${COLUMNS} FROM api_tokens WHERE sha256 = $1`, [sha256]);
      return row ? { ...tokenOf(row), sha256: row.sha256 } : undefined;
    },
    async touchToken(id, at) {
      await db.query('UPDATE api_tokens SET last_used_at = $2::timestamptz WHERE id = $1', [id, at]);
    },
    async revokeToken(id, at) {
      const rows = await db.query<{ id: number }>(
        'UPDATE api_tokens SET revoked_at = coalesce(revoked_at, $2::timestamptz) WHERE id = $1 RETURNING id',
        [id, at],
      );
      return rows.length > 0;
    },
    async listTokens() {
      return (await db.query<TokenRow>(`SELECT ${COLUMNS} FROM api_tokens ORDER BY id`)).map(tokenOf);
    },
    async hasActiveTokens(at) {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM api_tokens
         WHERE revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $1::timestamptz)`,
        [at],
      );
      return (row?.n ?? 0) > 0;
    },
    async audit(e) {
      await db.query(
        'INSERT INTO audit_log (at, actor, action, target, detail) VALUES (coalesce($1::timestamptz, now()), $2, $3, $4, $5::jsonb)',
        [e.at ?? null, e.actor, e.action, e.target, JSON.stringify(e.detail)],
      );
    },
    async environmentsOf(team) {
      const rows = await db.query<{ name: string }>(
        'SELECT name FROM environments WHERE team = $1 ORDER BY name',
        [team],
      );
      return rows.map((r) => r.name);
    },
    async setEnvironmentTeam(environment, team) {
      const rows = await db.query<{ id: number }>(
        'UPDATE environments SET team = $2 WHERE name = $1 RETURNING id',
        [environment, team],
      );
      return rows.length > 0;
    },
    async listAudit({ limit }) {
      const rows = await db.query<{
        id: number;
        at: string;
        actor: string;
        action: string;
        target: string;
        detail: Record<string, unknown>;
      }>(
        'SELECT id, at::text AS at, actor, action, target, detail FROM audit_log ORDER BY id DESC LIMIT $1',
        [limit],
      );
      return rows.map((r): AuditEntry => ({ ...r, at: iso(r.at) ?? '' }));
    },
  };
}
