/** What a job is doing: waiting (perhaps to be tried again), run by a worker now, or over. */
export type JobState = 'queued' | 'running' | 'done' | 'failed';
export const JOB_STATES: readonly JobState[] = ['queued', 'running', 'done', 'failed'];

/** One piece of background work in the queue (migrations/015_jobs.sql). */
export interface Job {
  readonly id: number;
  readonly kind: string;
  readonly payload: unknown;
  readonly dedupeKey: string | null;
  readonly state: JobState;
  /** Tries so far, the running one included. */
  readonly attempts: number;
  readonly maxAttempts: number;
  /** Queued: due then. */
  readonly runAt: string;
  /** Running: the worker's lease; past it another worker takes the job over. */
  readonly leaseUntil: string | null;
  readonly worker: string | null;
  readonly result: unknown;
  readonly error: string | null;
  readonly requestedBy: string;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}

export interface NewJob {
  readonly kind: string;
  readonly payload: unknown;
  /** A second request with this key joins the job while it is queued or running. */
  readonly dedupeKey?: string | undefined;
  readonly maxAttempts: number;
  readonly requestedBy: string;
  readonly now: string;
}

/** Where jobs are kept; every method is one statement or one transaction. */
export interface JobRepository {
  /** The new job, or the queued/running one of the same dedupe key (`joined`). */
  enqueue(job: NewJob): Promise<{ readonly job: Job; readonly joined: boolean }>;
  /**
   * Claims the next due job of these kinds for `worker` (FOR UPDATE SKIP LOCKED): a queued one, or a running one
   * whose lease ran out (its worker died) and that has tries left. At most one job of a kind runs at a time across
   * every process; a running job out of tries and out of lease is failed first. Undefined: nothing to do.
   */
  claim(opts: {
    readonly worker: string;
    readonly kinds: readonly string[];
    readonly now: string;
    readonly leaseUntil: string;
  }): Promise<Job | undefined>;
  /** Extends the lease; false when the job is no longer this worker's (taken over, or over). */
  extend(id: number, worker: string, leaseUntil: string): Promise<boolean>;
  /**
   * Records how a run ended: done with its result, queued again at `retryAt`, or failed. False (and nothing
   * written) when the job is no longer this worker's.
   */
  finish(
    id: number,
    worker: string,
    outcome:
      | { readonly state: 'done'; readonly result: unknown }
      | { readonly state: 'queued'; readonly error: string; readonly retryAt: string }
      | { readonly state: 'failed'; readonly error: string },
    now: string,
  ): Promise<boolean>;
  get(id: number): Promise<Job | undefined>;
  /** Newest first. */
  list(opts: { readonly state?: JobState | undefined; readonly limit: number }): Promise<Job[]>;
}
