import { diffKevCatalog, parseKevCatalog } from '../../core/advisory/index.js';
import { InputError } from '../../core/input/index.js';
import type { FeedDocument, FeedSyncRepository, KevRepository, SyncCounts } from './ports.js';

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
  const parsed = parseKevCatalog(doc.text, doc.location);
  if (!parsed.ok)
    throw new Error(`the KEV catalog from ${doc.location} is invalid; nothing was imported`, {
      cause: new InputError(parsed.issues),
    });
  const catalog = parsed.value;
  const sync = await deps.syncs.start({
    feed: 'kev',
    scope: '',
    location: doc.location,
    mode: 'full',
    sha256: doc.sha256,
  });
  const latest = await deps.kev.latestCatalog();
  if (latest && latest.dateReleased.getTime() > Date.parse(catalog.dateReleased)) {
    const counts = {
      new: 0,
      modified: 0,
      unchanged: catalog.vulnerabilities.length,
      withdrawn: 0,
      rejected: 0,
    };
    await deps.syncs.finish(sync.id, 'done', counts);
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
  await deps.syncs.finish(sync.id, 'done', counts);
  return { location: doc.location, catalogVersion: catalog.catalogVersion, outcome: 'applied', counts };
}
