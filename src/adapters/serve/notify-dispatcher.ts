import { startRoundLoop } from './round-loop.js';

/** How often a dispatcher looks for due deliveries. */
export const DISPATCH_EVERY_MS = 1_000;

/**
 * Sends due notifications in a loop (ADR 083), one round at a time. Every process may run one: deliveries are
 * claimed with SKIP LOCKED and a lease, so none is sent twice at once. A failing round is logged and the next
 * one tries again; `stop` waits for the round in flight.
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
  const loop = startRoundLoop({
    round: async () => {
      const result = await opts.dispatch();
      if (result.sent + result.failed > 0) opts.onRound?.(result);
      return false;
    },
    onError: opts.onError,
    everyMs: opts.everyMs ?? DISPATCH_EVERY_MS,
  });
  return { round: loop.kick, stop: loop.stop };
}
