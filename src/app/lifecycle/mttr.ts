import { InputError, type InputIssue } from '../../core/input/index.js';
import { parseInstant } from '../../core/twin/index.js';
import type { FlowRow, LifecycleRepository, MttrRow } from './ports.js';

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

/** The most days `remediationFlow` looks back. */
export const MAX_FLOW_DAYS = 366;

/**
 * New versus remediated exposures per day and environment over the last `days` days (the dashboard's flow chart).
 * @throws InputError (field `days`) unless 1 ≤ days ≤ 366.
 */
export async function remediationFlow(
  repo: LifecycleRepository,
  ask: { readonly days: number; readonly environments?: readonly string[] | undefined },
  now: Date,
): Promise<FlowRow[]> {
  if (!Number.isInteger(ask.days) || ask.days < 1 || ask.days > MAX_FLOW_DAYS)
    throw new InputError([
      {
        code: 'OPTION_INVALID',
        path: 'days',
        message: `"${ask.days}": expected a whole number from 1 to ${MAX_FLOW_DAYS}`,
      },
    ]);
  const since = new Date(now.getTime() - (ask.days - 1) * 86_400_000).toISOString().slice(0, 10);
  return repo.flow({
    since: `${since}T00:00:00.000Z`,
    ...(ask.environments ? { environments: ask.environments } : {}),
  });
}
