import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { type Job, jobOver } from '../../app/jobs/index.js';
import { startRoundLoop } from './round-loop.js';

/** How often a worker looks for due jobs when nothing kicks it; and how often a waiter re-reads its job. */
export const JOBS_EVERY_MS = 1_000;
const WAIT_POLL_MS = 250;

/** This process, as a job's worker: host, pid and a random part (pids repeat across containers). */
export const workerName = (): string => `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

export interface JobWorker {
  /** Look for due jobs now (after queueing one here). */
  kick(): void;
  /**
   * The job once it is over (done or failed), whichever process ran it; undefined if it is not over within
   * `timeoutMs` (it may be queued behind another, or retrying).
   */
  waitFor(id: number, timeoutMs: number): Promise<Job | undefined>;
  /** Stops claiming; waits for the job in flight. */
  stop(): Promise<void>;
}

/**
 * The queue's worker in one serve process (ADR 084): runs due jobs one at a time, as long as there are any.
 * Every process runs one; the queue hands each job to one of them at a time.
 */
export function startJobWorker(opts: {
  readonly runNext: () => Promise<Job | undefined>;
  readonly get: (id: number) => Promise<Job | undefined>;
  /** After each run this process made (the job as it ended, or queued again for a retry). */
  readonly onRun: (job: Job) => Promise<void> | void;
  readonly onError: (error: unknown) => void;
  readonly everyMs?: number;
}): JobWorker {
  const waiters = new Map<number, Set<(job: Job) => void>>();
  const loop = startRoundLoop({
    round: async () => {
      const job = await opts.runNext();
      if (!job) return false;
      await opts.onRun(job);
      if (jobOver(job)) for (const wake of waiters.get(job.id) ?? []) wake(job);
      return true;
    },
    onError: opts.onError,
    everyMs: opts.everyMs ?? JOBS_EVERY_MS,
  });
  return {
    kick: () => void loop.kick(),
    stop: loop.stop,
    waitFor: (id, timeoutMs) =>
      new Promise<Job | undefined>((resolve) => {
        let poll: NodeJS.Timeout | undefined;
        const done = (job: Job | undefined) => {
          clearTimeout(deadline);
          clearTimeout(poll);
          waiters.get(id)?.delete(done);
          if (waiters.get(id)?.size === 0) waiters.delete(id);
          resolve(job);
        };
        const deadline = setTimeout(() => done(undefined), timeoutMs);
        waiters.set(id, (waiters.get(id) ?? new Set()).add(done));
        // another process may run it: read it back now and then
        const check = async () => {
          try {
            const job = await opts.get(id);
            if (job && jobOver(job)) return done(job);
          } catch {
            // the store is away for a moment: the next poll tries again
          }
          if (waiters.get(id)?.has(done)) poll = setTimeout(() => void check(), WAIT_POLL_MS);
        };
        poll = setTimeout(() => void check(), WAIT_POLL_MS);
      }),
  };
}
