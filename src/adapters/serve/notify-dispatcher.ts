/** How often a dispatcher looks for due deliveries. */
export const DISPATCH_EVERY_MS = 1_000;

/**
 * Sends due notifications in a loop (ADR 083): one round at a time, again at once while a round found a full batch.
 * Every process may run one: deliveries are claimed with SKIP LOCKED and a lease, so none is sent twice at once.
 * A failing round is logged and the next one tries again; `stop` waits for the round in flight.
 */
export function startNotifyDispatcher(opts: {
  readonly dispatch: () => Promise<{ readonly sent: number; readonly failed: number; readonly dead: number }>;
  readonly onRound?: (result: {
    readonly sent: number;
    readonly failed: number;
    readonly dead: number;
  }) => void;
  readonly onError: (error: unknown) => void;
  readonly everyMs?: number;
}): { stop(): Promise<void>; round(): Promise<void> } {
  let running: Promise<void> | undefined;
  let stopped = false;
  const round = (): Promise<void> => {
    if (running || stopped) return running ?? Promise.resolve();
    running = (async () => {
      try {
        const result = await opts.dispatch();
        if (result.sent + result.failed > 0) opts.onRound?.(result);
      } catch (error) {
        opts.onError(error);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
  const timer = setInterval(() => void round(), opts.everyMs ?? DISPATCH_EVERY_MS);
  timer.unref();
  return {
    round,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
