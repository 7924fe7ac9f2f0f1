import { createAdvisoryRepository } from './advisory-repository.js';
import { createEpssRepository } from './epss-repository.js';
import { createFeedSyncRepository } from './feed-sync-repository.js';
import { createKevRepository } from './kev-repository.js';
import type { SqlDatabase } from './sql-client.js';
import { createTwinPackageTypes } from './twin-package-types.js';

/** Every repository the feed use cases need, over one store. */
export function createFeedRepositories(db: SqlDatabase) {
  return {
    advisories: createAdvisoryRepository(db),
    syncs: createFeedSyncRepository(db, { exclusive: db.kind === 'embedded' }),
    kev: createKevRepository(db),
    epss: createEpssRepository(db),
    twin: createTwinPackageTypes(db),
  };
}
