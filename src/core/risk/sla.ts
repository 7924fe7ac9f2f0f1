import type { RiskConfig } from './risk-config.js';
import type { Decision, Tier } from './score-exposure.js';

const DAY_MS = 86_400_000;

/**
 * When an exposure must be fixed: its first detection plus the policy's days for its decision and tier, or the
 * KEV catalog's due date when that is earlier (and the policy reads it). Null: no deadline applies.
 * @example dueDate(sla, { decision: 'Act', tier: 'production', firstSeen: '2026-01-01T00:00:00.000Z' })
 *   // '2026-01-08T00:00:00.000Z' with the default policy (7 days)
 */
export function dueDate(
  sla: RiskConfig['sla'],
  exposure: {
    readonly decision: Decision;
    readonly tier: Tier | string;
    readonly firstSeen: string;
    /** The KEV entry's due date (YYYY-MM-DD), when listed. */
    readonly kevDueDate?: string | null;
  },
): string | null {
  const perTier = sla[exposure.decision] as Readonly<Record<string, number | null>>;
  const days = perTier[exposure.tier] ?? null;
  const byPolicy = days === null ? null : Date.parse(exposure.firstSeen) + days * DAY_MS;
  const byKev =
    sla.kevDueDate && exposure.kevDueDate ? Date.parse(`${exposure.kevDueDate}T23:59:59.999Z`) : null;
  const due = [byPolicy, byKev].filter((t): t is number => t !== null && Number.isFinite(t));
  return due.length === 0 ? null : new Date(Math.min(...due)).toISOString();
}
