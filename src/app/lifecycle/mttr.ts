import { InputError, type InputIssue } from '../../core/input/index.js';
import { parseInstant } from '../../core/twin/index.js';
import type { LifecycleRepository, MttrRow } from './ports.js';

/** What a caller asks of MTTR, as given (flags or query parameters). */
export interface MttrAsk {
  readonly environment?: string | undefined;
  /** The environments the caller may see (a team's). */
  readonly environments?: readonly string[] | undefined;
  readonly since?: string | undefined;
  readonly period?: string | undefined;
}

const PERIODS = ['week', 'month'] as const;
const DEFAULT_DAYS = 90;

/**
 * Mean time to remediate per period, environment and team: from detection (of the open interval) to the
 * remediation seen in deployment evidence; withdrawn findings do not count. Default: weeks of the last 90 days.
 * @throws InputError (fields `since`, `period`).
 */
export async function mttrReport(repo: LifecycleRepository, ask: MttrAsk, now: Date): Promise<MttrRow[]> {
  const issues: InputIssue[] = [];
  const since =
    ask.since === undefined
      ? { ok: true as const, value: new Date(now.getTime() - DEFAULT_DAYS * 86_400_000).toISOString() }
      : parseInstant(ask.since, 'since');
  if (!since.ok) issues.push(...since.issues);
  const period = PERIODS.find((p) => p === (ask.period ?? 'week'));
  if (!period)
    issues.push({
      code: 'OPTION_INVALID',
      path: 'period',
      message: `"${ask.period}" is not a period; expected week or month`,
    });
  if (!since.ok || !period) throw new InputError(issues);
  const environments = ask.environment
    ? (ask.environments ?? [ask.environment]).filter((e) => e === ask.environment)
    : ask.environments;
  return repo.mttr({ since: since.value, period, ...(environments ? { environments } : {}) });
}
