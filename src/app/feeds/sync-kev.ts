import { diffKevCatalog, type KevCatalog, parseKevCatalog } from '../../core/advisory/index.js';
import { InputError } from '../../core/input/index.js';
import {
  type FeedDocument,
  type FeedSyncRepository,
  type KevRepository,
  NO_COUNTS,
  type SyncCounts,
} from './ports.js';
import { attempt, finishFailed } from './sync-attempt.js';

export interface KevSyncResult {
  readonly location: string;
  readonly catalogVersion: string;
  /** `older`: the stored catalog is newer than this one, which was left out. */
  readonly outcome: 'applied' | 'older';
  readonly counts: SyncCounts;
}

/**
 * Imports a CISA KEV catalog: entries added, changed, restored and removed since the stored catalog are
 * recorded as history in one transaction; the first `dateAdded` of an entry is kept for good.
 * A damaged catalog imports nothing (Error caused by an InputError listing the problems).
 */
export async function syncKev(
  deps: { kev: KevRepository; syncs: FeedSyncRepository },
  doc: FeedDocument,
): Promise<KevSyncResult> {
  const catalog = await attempt(deps.syncs, { feed: 'kev', scope: '', location: doc.location }, async () => {
    const parsed = parseKevCatalog(doc.text, doc.location);
    if (!parsed.ok)
      throw new Error(`the KEV catalog from ${doc.location} is invalid; nothing was imported`, {
        cause: new InputError(parsed.issues),
      });
    return parsed.value;
  });
  const sync = await deps.syncs.start({
    feed: 'kev',
    scope: '',
    location: doc.location,
    mode: 'full',
    sha256: doc.sha256,
  });
  try {
    return await applyKev(deps, doc, catalog, sync.id);
  } catch (error) {
    await finishFailed(deps.syncs, sync.id, NO_COUNTS, error);
    throw error;
  }
}

async function applyKev(
  deps: { kev: KevRepository; syncs: FeedSyncRepository },
  doc: FeedDocument,
  catalog: KevCatalog,
  syncId: number,
): Promise<KevSyncResult> {
  const latest = await deps.kev.latestCatalog();
  if (latest && latest.dateReleased.getTime() > Date.parse(catalog.dateReleased)) {
    const counts = {
      new: 0,
      modified: 0,
      unchanged: catalog.vulnerabilities.length,
      withdrawn: 0,
      rejected: 0,
    };
    await deps.syncs.finish(syncId, 'done', counts);
    return { location: doc.location, catalogVersion: catalog.catalogVersion, outcome: 'older', counts };
  }
  const changes = diffKevCatalog(await deps.kev.entries(), catalog);
  await deps.kev.apply(catalog, changes, doc.location);
  const counts = {
    new: changes.added.length + changes.restored.length,
    modified: changes.changed.length,
    unchanged: changes.unchanged,
    withdrawn: changes.removed.length,
    rejected: 0,
  };
  await deps.syncs.finish(syncId, 'done', counts);
  return { location: doc.location, catalogVersion: catalog.catalogVersion, outcome: 'applied', counts };
}
