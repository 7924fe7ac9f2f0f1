/** How often serve records the day's exposure counts (and once at start). */
export const DAILY_COUNTS_EVERY_MS = 24 * 3600 * 1000;

/**
 * Records the day's exposure counts now and then every `everyMs` (the dashboard's trends). A failure is logged
 * and the next round tries again; `stop` ends the rounds and waits for one in flight.
 */
export function startDailyCounts(opts: {
  readonly record: () => Promise<unknown>;
  readonly onError: (error: unknown) => void;
  readonly everyMs?: number;
}): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const round = () => {
    running = running.then(() => opts.record().then(() => undefined, opts.onError));
  };
  round();
  const timer = setInterval(round, opts.everyMs ?? DAILY_COUNTS_EVERY_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
