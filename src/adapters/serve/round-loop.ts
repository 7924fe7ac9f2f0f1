/**
 * Background work in rounds: one round at a time, every `everyMs`, at once when kicked, and again at once while
 * a round says there is more. A failing round is reported and the next one tries again; `stop` waits for the
 * round in flight.
 */
export function startRoundLoop(opts: {
  /** True: there may be more to do right away. */
  readonly round: () => Promise<boolean>;
  readonly onError: (error: unknown) => void;
  readonly everyMs: number;
}): { kick(): Promise<void>; stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const kick = (): Promise<void> => {
    if (stopped) return running ?? Promise.resolve();
    if (running) {
      again = true; // asked while a round ran: one more after it
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          if (await opts.round()) again = true;
        } while (again && !stopped);
      } catch (error) {
        opts.onError(error);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
  const timer = setInterval(() => void kick(), opts.everyMs);
  timer.unref();
  return {
    kick,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
