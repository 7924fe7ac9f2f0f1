import type { EvaluationSummary } from '../../app/exposures/index.js';

/**
 * Keeps findings current for a long-running process: `fresh()` resolves once an incremental evaluation that
 * started after the call has finished, so a read sees every write committed before it. Concurrent callers share
 * one evaluation; a caller arriving while one runs waits for the next (writes may have landed since it began).
 * Evaluations never overlap. On PostgreSQL another process may have written, so every read evaluates (an
 * evaluation with nothing to do is a few queries).
 */
export function createFreshness(
  evaluate: () => Promise<EvaluationSummary>,
  onDone?: (s: EvaluationSummary) => void,
) {
  let current: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  let pending = 0;
  const run = (): Promise<void> => {
    current = evaluate()
      .then((summary) => onDone?.(summary))
      .finally(() => {
        current = undefined;
      });
    return current;
  };
  const fresh = (): Promise<void> => {
    if (!current) return run();
    queued ??= current
      .catch(() => {})
      .then(() => {
        queued = undefined;
        return run();
      });
    return queued;
  };
  return {
    fresh: async (): Promise<void> => {
      pending++;
      try {
        await fresh();
      } finally {
        pending--;
      }
    },
    /** Callers waiting for an evaluation: the queue depth `/metrics` shows. */
    depth: (): number => pending,
    /** Resolves when no evaluation is running (for shutdown). */
    idle: async (): Promise<void> => {
      while (current || queued) await (queued ?? current)?.catch(() => {});
    },
  };
}

export type Freshness = ReturnType<typeof createFreshness>;
