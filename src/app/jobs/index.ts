export { JOB_STATES, type Job, type JobRepository, type JobState, type NewJob } from './ports.js';
export {
  DEFAULT_JOB_ATTEMPTS,
  enqueueJob,
  type JobDeps,
  type JobHandler,
  jobOver,
  listJobs,
  runNextJob,
} from './run-jobs.js';
