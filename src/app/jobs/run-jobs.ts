import { inputError, quoteValue } from '../../core/input/index.js';
import { backoffMs } from '../notify/index.js';
import { JOB_STATES, type Job, type JobRepository, type JobState, type NewJob } from './ports.js';

/** Runs one kind of job: its payload in, a JSON-able result out; throwing fails the try. */
export type JobHandler = (payload: unknown, job: Job) => Promise<unknown>;

export interface JobDeps {
  readonly repo: JobRepository;
  readonly handlers: Readonly<Record<string, JobHandler>>;
  readonly now: () => Date;
  /** How long a claim lasts without being extended; the runner extends it every third of that. */
  readonly leaseMs: number;
  readonly random?: () => number;
}

/** Tries a job gets when its request names none. */
export const DEFAULT_JOB_ATTEMPTS = 3;

/**
 * Queues a job (or joins the queued/running one of the same dedupe key).
 * @throws InputError (field `kind`) for a kind no handler runs.
 */
export function enqueueJob(
  deps: Pick<JobDeps, 'repo' | 'handlers' | 'now'>,
  job: Omit<NewJob, 'now' | 'maxAttempts'> & { readonly maxAttempts?: number },
): Promise<{ readonly job: Job; readonly joined: boolean }> {
  if (!Object.hasOwn(deps.handlers, job.kind))
    throw inputError(
      'OPTION_INVALID',
      'kind',
      `${quoteValue(job.kind)} is not a job kind; expected one of ${Object.keys(deps.handlers).join(', ')}`,
    );
  return deps.repo.enqueue({
    ...job,
    maxAttempts: job.maxAttempts ?? DEFAULT_JOB_ATTEMPTS,
    now: deps.now().toISOString(),
  });
}

/**
 * Claims and runs the next due job, if any (docs/adr/084): the lease is extended while it runs, so a live worker
 * keeps it and a dead one loses it; the outcome is done, queued again after a backoff with jitter while tries
 * remain, or failed. Returns the job as it ended (undefined: nothing was due). A job taken over by another worker
 * meanwhile (this one stalled past its lease) keeps that worker's outcome.
 */
export async function runNextJob(deps: JobDeps, worker: string): Promise<Job | undefined> {
  const at = (ms: number) => new Date(deps.now().getTime() + ms).toISOString();
  const job = await deps.repo.claim({
    worker,
    kinds: Object.keys(deps.handlers),
    now: at(0),
    leaseUntil: at(deps.leaseMs),
  });
  if (!job) return undefined;
  const handler = deps.handlers[job.kind] as JobHandler;
  const heartbeat = setInterval(
    () => void deps.repo.extend(job.id, worker, at(deps.leaseMs)).catch(() => {}),
    Math.max(10, Math.floor(deps.leaseMs / 3)),
  );
  heartbeat.unref();
  let outcome: Parameters<JobRepository['finish']>[2];
  try {
    outcome = { state: 'done', result: (await handler(job.payload, job)) ?? null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    outcome =
      job.attempts < job.maxAttempts
        ? { state: 'queued', error: message, retryAt: at(backoffMs(job.attempts, deps.random)) }
        : { state: 'failed', error: message };
  } finally {
    clearInterval(heartbeat);
  }
  await deps.repo.finish(job.id, worker, outcome, at(0));
  return (await deps.repo.get(job.id)) ?? job;
}

/** The jobs of one state (or all), newest first. @throws InputError (field `state`) for an unknown state. */
export function listJobs(
  repo: JobRepository,
  opts: { readonly state?: string | undefined; readonly limit: number },
): Promise<Job[]> {
  if (opts.state !== undefined && !(JOB_STATES as readonly string[]).includes(opts.state))
    throw inputError(
      'OPTION_INVALID',
      'state',
      `${quoteValue(opts.state)} is not a job state; expected one of ${JOB_STATES.join(', ')}`,
    );
  return repo.list({ state: opts.state as JobState | undefined, limit: opts.limit });
}

/** Whether a job has ended for good. */
export const jobOver = (job: Job): boolean => job.state === 'done' || job.state === 'failed';
