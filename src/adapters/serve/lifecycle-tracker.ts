/** How often serve looks whether the exposures may have changed. */
export const TRACK_CHECK_MS = 1_000;
/** At least this often serve records the exposures' lives anyway: due dates pass, KEV and EPSS move. */
export const TRACK_AT_LEAST_EVERY_MS = 60_000;

/**
 * The monitoring step in serve (ADR 079): in the leading process, records the exposures' lives soon after
 * anything that can change them (`generation` moves: SBOMs, evidence, findings, VEX, here or in another process)
 * and at least every `atLeastEveryMs`. One round at a time; a failure is logged and the next round tries again;
 * `stop` ends the rounds and waits for one in flight.
 */
export function startLifecycleTracker(opts: {
  readonly isLeader: () => boolean;
  /** Moves whenever exposures may have changed. */
  readonly generation: () => number;
  /** Brings findings up to date (an evaluation that re-matched moves `generation`). */
  readonly fresh: () => Promise<unknown>;
  /** Records the lives (`vigil.lifecycle.track`). */
  readonly track: () => Promise<unknown>;
  readonly onError: (error: unknown) => void;
  readonly checkMs?: number;
  readonly atLeastEveryMs?: number;
}): { stop(): Promise<void>; round(): Promise<void> } {
  let last = { generation: Number.NaN, at: 0 };
  let running: Promise<void> | undefined;
  const round = (force = false): Promise<void> => {
    if (running) return running;
    const due =
      force ||
      opts.generation() !== last.generation ||
      Date.now() - last.at >= (opts.atLeastEveryMs ?? TRACK_AT_LEAST_EVERY_MS);
    if (!due || !opts.isLeader()) return Promise.resolve();
    running = (async () => {
      try {
        await opts.fresh();
        // a change after this point moves the generation past `seen`: the next check runs again
        const seen = opts.generation();
        await opts.track();
        last = { generation: seen, at: Date.now() };
      } catch (error) {
        opts.onError(error);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
  const timer = setInterval(() => void round(), opts.checkMs ?? TRACK_CHECK_MS);
  timer.unref();
  return {
    /** One round now, whatever changed (tests, and after a feed sync). */
    round: () => round(true),
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
