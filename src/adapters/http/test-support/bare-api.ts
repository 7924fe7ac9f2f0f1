import { startJobWorker } from '../../serve/job-worker.js';
import type { Vigil } from '../../wiring/index.js';
import { createApi } from '../create-api.js';
import { createEventHub } from '../event-hub.js';
import { createFreshness } from '../freshness.js';
import { createMetrics } from '../metrics.js';

/** The API over `vigil` with no serve around it (no schedules, idle metrics): for route tables and documents. */
export function bareApi(vigil: Vigil, version: string) {
  return createApi({
    vigil,
    events: createEventHub(),
    freshness: createFreshness(() => vigil.exposures.evaluate()),
    metrics: createMetrics({
      queueDepth: () => 0,
      isLeader: () => true,
      exposuresByDecision: async () => ({}),
      feedAges: async () => [],
    }),
    // kicked only by a request that queues a job; never on a timer
    jobs: startJobWorker({
      runNext: () => vigil.jobs.runNext('bare-api'),
      get: (id) => vigil.jobs.get(id),
      onRun: () => {},
      onError: () => {},
      everyMs: 2 ** 30,
    }),
    version,
  });
}
