import type { Decision } from '../../core/risk/index.js';

/** What a day's count is of: a decision, or the exposures VEX suppresses. */
export type CountedDecision = Decision | 'suppressed';

/** The exposures of one environment on one day (`YYYY-MM-DD`, UTC) with one decision. */
export interface DailyCount {
  readonly day: string;
  readonly environment: string;
  readonly decision: CountedDecision;
  readonly count: number;
}

/** Where daily counts are kept (migrations/009_daily_counts.sql). */
export interface DailyCountRepository {
  /** Replaces every count of `day` with these: environments with no exposure left drop out. */
  replaceDay(day: string, counts: readonly DailyCount[]): Promise<void>;
  /** The counts of the days from `since` on, oldest first; only these environments when given. */
  listSince(since: string, environments?: readonly string[]): Promise<DailyCount[]>;
}

/** The exposure counts of now, per environment (as `exposureStatus` gives them). */
export type CurrentCounts = () => Promise<
  readonly {
    readonly environment: string;
    readonly counts: Readonly<Record<Decision, number>>;
    readonly suppressed: number;
  }[]
>;
