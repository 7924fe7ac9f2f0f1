import type { SessionRepository, StoredSession } from '../../app/auth/index.js';
import type { SqlClient } from './sql-client.js';

interface SessionRow {
  sha256: string;
  subject: string;
  name: string;
  team: string;
  admin: boolean;
  expires_at: string;
}

/** People's sessions (by the hash of their id only) over SQL. */
export function createSessionRepository(db: SqlClient): SessionRepository {
  return {
    async createSession(s) {
      await db.query(
        `INSERT INTO sessions (sha256, subject, name, team, admin, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6::timestamptz)`,
        [s.sha256, s.subject, s.name, s.team, s.admin, s.expiresAt],
      );
    },
    async sessionByHash(sha256) {
      const [row] = await db.query<SessionRow>(
        'SELECT sha256, subject, name, team, admin, expires_at::text AS expires_at FROM sessions WHERE sha256 = $1',
        [sha256],
      );
      return row
        ? ({
            sha256: row.sha256,
            subject: row.subject,
            name: row.name,
            team: row.team,
            admin: row.admin,
            expiresAt: new Date(row.expires_at).toISOString(),
          } satisfies StoredSession)
        : undefined;
    },
    async deleteSession(sha256) {
      const rows = await db.query<{ sha256: string }>(
        'DELETE FROM sessions WHERE sha256 = $1 RETURNING sha256',
        [sha256],
      );
      return rows.length > 0;
    },
    async deleteExpiredSessions(at) {
      await db.query('DELETE FROM sessions WHERE expires_at <= $1::timestamptz', [at]);
    },
  };
}
