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
    version,
  });
}
