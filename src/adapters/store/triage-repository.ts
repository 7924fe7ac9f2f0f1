import type { StoredTriageRule, TriageAuditEntry, TriageRepository } from '../../app/triage/index.js';
import type { TriageJustification, TriageRule, TriageScope, TriageState } from '../../core/triage/index.js';
import type { SqlClient } from './sql-client.js';

/** Triage decisions over SQL (migrations/013_triage.sql): rows are added and revoked, never edited. */
export function createTriageRepository(db: SqlClient): TriageRepository {
  return {
    rulesAt: (at) => triageRulesAt(db, at),
    setRule: (write) =>
      db.transaction(async (tx) => {
        const [current] = await tx.query<{ id: number }>(
          'SELECT id FROM triage_rules WHERE scope_key = $1 AND revoked_at IS NULL FOR UPDATE',
          [write.scopeKey],
        );
        if (current)
          await tx.query(
            `UPDATE triage_rules SET revoked_at = $2, revoked_by = $3, revoke_reason = 'replaced' WHERE id = $1`,
            [current.id, write.at, write.by],
          );
        const d = write.decision;
        const [row] = await tx.query<RuleRow>(
          `INSERT INTO triage_rules (vulnerability, package, artifact, environment, workload, labels, scope_key,
             state, justification, reason, expires_at, created_by, created_at)
           VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12, $13) RETURNING ${COLUMNS}`,
          [
            d.scope.vulnerability,
            d.scope.package ?? null,
            d.scope.artifact ?? null,
            d.scope.environment ?? null,
            d.scope.workload ?? null,
            JSON.stringify(d.scope.labels ?? {}),
            write.scopeKey,
            d.state,
            d.justification ?? null,
            d.reason,
            d.expiresAt ?? null,
            write.by,
            write.at,
          ],
        );
        const rule = ruleOf(row as RuleRow);
        if (current)
          await tx.query('UPDATE triage_rules SET replaced_by = $2 WHERE id = $1', [current.id, rule.id]);
        return current ? { rule, replaced: current.id } : { rule };
      }),
    async findRule(id) {
      const [row] = await db.query<RuleRow>(
        `SELECT ${COLUMNS} FROM triage_rules WHERE id = $1 AND revoked_at IS NULL`,
        [id],
      );
      return row ? ruleOf(row) : undefined;
    },
    async revokeRule(id, revoke) {
      const [row] = await db.query<RuleRow>(
        `UPDATE triage_rules SET revoked_at = $2, revoked_by = $3, revoke_reason = $4
         WHERE id = $1 AND revoked_at IS NULL RETURNING ${COLUMNS}`,
        [id, revoke.at, revoke.by, revoke.reason],
      );
      return row ? ruleOf(row) : undefined;
    },
    async listRules({ all, now }) {
      const rows = await db.query<RuleRow>(
        `SELECT ${COLUMNS} FROM triage_rules
         WHERE $1 OR (revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)) ORDER BY created_at DESC, id DESC`,
        [all, now],
      );
      return rows.map(ruleOf);
    },
    async audit({ limit, now }) {
      // every decision gives a line when made, and one when it ended: replaced, revoked or run out
      const rows = await db.query<RuleRow & { action: TriageAuditEntry['action']; event_at: Date | string }>(
        `SELECT * FROM (
           SELECT 'set' AS action, created_at AS event_at, ${COLUMNS} FROM triage_rules
           UNION ALL
           SELECT CASE WHEN replaced_by IS NOT NULL THEN 'replaced' ELSE 'revoked' END, revoked_at, ${COLUMNS}
             FROM triage_rules WHERE revoked_at IS NOT NULL
           UNION ALL
           SELECT 'expired', expires_at, ${COLUMNS} FROM triage_rules
             WHERE expires_at <= $2 AND (revoked_at IS NULL OR revoked_at > expires_at)
         ) e WHERE event_at <= $2 ORDER BY event_at DESC, id DESC, action LIMIT $1`,
        [limit, now],
      );
      return rows.map((r): TriageAuditEntry => {
        const rule = ruleOf(r);
        const ended = r.action === 'replaced' || r.action === 'revoked';
        return {
          at: iso(r.event_at),
          action: r.action,
          rule: rule.id,
          by: ended ? (rule.revokedBy ?? '') : rule.by,
          reason:
            r.action === 'revoked'
              ? (rule.revokeReason ?? '')
              : r.action === 'replaced'
                ? `replaced by #${rule.replacedBy}`
                : rule.reason,
          state: rule.state,
          scope: rule.scope,
        };
      });
    },
  };
}

/** The decisions in force at `at` (expired ones included: listing reports them as run out). */
export async function triageRulesAt(db: SqlClient, at: string): Promise<TriageRule[]> {
  const rows = await db.query<RuleRow>(
    `SELECT ${COLUMNS} FROM triage_rules WHERE created_at <= $1 AND (revoked_at IS NULL OR revoked_at > $1)`,
    [at],
  );
  return rows.map(ruleOf);
}

const COLUMNS = `id, vulnerability, package, artifact, environment, workload, labels, state, justification,
  reason, expires_at, created_by, created_at, revoked_by, revoked_at, revoke_reason, replaced_by`;

interface RuleRow {
  id: number | string;
  vulnerability: string;
  package: string | null;
  artifact: string | null;
  environment: string | null;
  workload: string | null;
  labels: Record<string, string>;
  state: TriageState;
  justification: TriageJustification | null;
  reason: string;
  expires_at: Date | string | null;
  created_by: string;
  created_at: Date | string;
  revoked_by: string | null;
  revoked_at: Date | string | null;
  revoke_reason: string | null;
  replaced_by: number | string | null;
}

const iso = (t: Date | string): string => new Date(t).toISOString();

function ruleOf(r: RuleRow): StoredTriageRule {
  const scope: TriageScope = {
    vulnerability: r.vulnerability,
    ...(r.package !== null ? { package: r.package } : {}),
    ...(r.artifact !== null ? { artifact: r.artifact } : {}),
    ...(r.environment !== null ? { environment: r.environment } : {}),
    ...(r.workload !== null ? { workload: r.workload } : {}),
    ...(Object.keys(r.labels).length > 0 ? { labels: r.labels } : {}),
  };
  return {
    id: Number(r.id),
    scope,
    state: r.state,
    ...(r.justification !== null ? { justification: r.justification } : {}),
    reason: r.reason,
    ...(r.expires_at !== null ? { expiresAt: iso(r.expires_at) } : {}),
    by: r.created_by,
    at: iso(r.created_at),
    ...(r.revoked_at !== null ? { revokedAt: iso(r.revoked_at) } : {}),
    ...(r.revoked_by !== null ? { revokedBy: r.revoked_by } : {}),
    ...(r.revoke_reason !== null ? { revokeReason: r.revoke_reason } : {}),
    ...(r.replaced_by !== null ? { replacedBy: Number(r.replaced_by) } : {}),
  };
}
