import { DECISIONS } from '../../core/risk/index.js';
import type { CountedDecision, CurrentCounts, DailyCount, DailyCountRepository } from './ports.js';

/** The most days a trend covers. */
export const MAX_TREND_DAYS = 366;

/** The UTC day of a time, `YYYY-MM-DD`. */
export const dayOf = (at: Date): string => at.toISOString().slice(0, 10);

/**
 * Stores today's exposure counts (per environment and decision, and suppressed), replacing any recorded earlier
 * today. @returns the counts stored.
 */
export async function recordDailyCounts(deps: {
  readonly current: CurrentCounts;
  readonly repo: DailyCountRepository;
  readonly now: () => Date;
}): Promise<DailyCount[]> {
  const day = dayOf(deps.now());
  const counts: DailyCount[] = [];
  for (const env of await deps.current()) {
    const of = (decision: CountedDecision, count: number) =>
      counts.push({ day, environment: env.environment, decision, count });
    for (const d of DECISIONS) of(d, env.counts[d]);
    of('suppressed', env.suppressed);
  }
  await deps.repo.replaceDay(day, counts);
  return counts;
}

/**
 * The daily counts of the last `days` days, today included, oldest first; only the given environments (a team's)
 * when given. Days serve did not run are absent, not zero: nothing was counted then.
 */
export function listDailyCounts(
  deps: { readonly repo: DailyCountRepository; readonly now: () => Date },
  days: number,
  environments?: readonly string[],
): Promise<DailyCount[]> {
  const span = Math.min(Math.max(1, Math.floor(days)), MAX_TREND_DAYS);
  const since = new Date(deps.now().getTime() - (span - 1) * 86_400_000);
  return deps.repo.listSince(dayOf(since), environments);
}
