import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DailyCount, listDailyCounts, recordDailyCounts } from '../../app/trends/index.js';
import { createDailyCountRepository } from './daily-count-repository.js';
import { STORES, type TestDatabase } from './test-support/databases.js';

const counts = (Act: number, Track: number, suppressed = 0) => ({
  counts: { Act, Attend: 0, 'Track*': 0, Track },
  suppressed,
});

describe.each(STORES)('daily exposure counts on the $kind store', ({ create }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await create();
  });
  afterAll(() => t?.dispose());

  it('keeps the last count of each day, per environment and decision, and lists a span of days', async () => {
    const repo = createDailyCountRepository(t.db);
    const at = (day: string) => () => new Date(`${day}T12:00:00Z`);
    const record = (day: string, envs: Record<string, ReturnType<typeof counts>>) =>
      recordDailyCounts({
        repo,
        now: at(day),
        current: async () => Object.entries(envs).map(([environment, c]) => ({ environment, ...c })),
      });
    await record('2026-08-01', { production: counts(1, 5), staging: counts(0, 2, 1) });
    await record('2026-08-02', { production: counts(9, 9) });
    // later the same day: replaces the day's counts, and staging, gone, drops out
    await record('2026-08-02', { production: counts(2, 6) });
    const of = (rows: DailyCount[], day: string, environment: string) =>
      Object.fromEntries(
        rows.filter((r) => r.day === day && r.environment === environment).map((r) => [r.decision, r.count]),
      );
    const all = await listDailyCounts({ repo, now: at('2026-08-02') }, 7);
    expect(of(all, '2026-08-01', 'staging')).toEqual({
      Act: 0,
      Attend: 0,
      'Track*': 0,
      Track: 2,
      suppressed: 1,
    });
    expect(of(all, '2026-08-02', 'production')).toEqual({
      Act: 2,
      Attend: 0,
      'Track*': 0,
      Track: 6,
      suppressed: 0,
    });
    expect(of(all, '2026-08-02', 'staging')).toEqual({});
    expect(all.map((r) => r.day)).toEqual([...all.map((r) => r.day)].sort()); // oldest first
    // one day back is today only; a team sees its environments only
    expect(new Set((await listDailyCounts({ repo, now: at('2026-08-02') }, 1)).map((r) => r.day))).toEqual(
      new Set(['2026-08-02']),
    );
    const staging = await listDailyCounts({ repo, now: at('2026-08-02') }, 7, ['staging']);
    expect(new Set(staging.map((r) => r.environment))).toEqual(new Set(['staging']));
  });
});
