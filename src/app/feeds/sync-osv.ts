import type { InputIssue } from '../../core/input/index.js';
import {
  type AdvisoryRepository,
  type FeedSyncRepository,
  NO_COUNTS,
  type OsvFeed,
  type OsvWork,
  type SyncCounts,
} from './ports.js';
import { prepareOsvBatch } from './prepare-osv-batch.js';
import { attempt, finishFailed } from './sync-attempt.js';
import { addCounts } from './sync-counts.js';
import type { SyncProgress } from './sync-progress.js';

export interface OsvSyncOptions {
  readonly batchSize: number;
  /** Above this many changed records an incremental sync reads the whole archive instead. */
  readonly maxIncremental: number;
}

export const DEFAULT_OSV_SYNC: OsvSyncOptions = { batchSize: 2000, maxIncremental: 5000 };

export interface OsvSyncResult {
  readonly ecosystem: string;
  readonly location: string;
  readonly mode: 'full' | 'incremental';
  readonly resumedAfter?: string;
  readonly counts: SyncCounts;
  readonly rejects: readonly InputIssue[];
}

// modified_id.csv may list a record some time after its `modified`: ask for a day more than we have seen.
const INCREMENTAL_OVERLAP_MS = 24 * 3600 * 1000;

/**
 * Syncs one OSV ecosystem: incrementally from modified_id.csv when the source offers it and the last sync
 * came from the same place, otherwise from the whole archive (read and checked completely first).
 * Entries go in batches sorted by name, each committed with the cursor; an interrupted sync of the same
 * content resumes after the cursor. Bad records are reported and skipped; the rest import.
 */
export async function syncOsvEcosystem(
  deps: { feed: OsvFeed; advisories: AdvisoryRepository; syncs: FeedSyncRepository; progress: SyncProgress },
  ecosystem: string,
  opts: OsvSyncOptions = DEFAULT_OSV_SYNC,
): Promise<OsvSyncResult> {
  const { syncs, progress } = deps;
  const work = await attempt(syncs, { feed: 'osv', scope: ecosystem, location: deps.feed.location }, () =>
    chooseWork(deps, ecosystem, opts),
  );
  const resumed = await syncs.resumable('osv', ecosystem, work.sha256);
  const sync =
    resumed ??
    (await syncs.start({
      feed: 'osv',
      scope: ecosystem,
      location: work.location,
      mode: work.mode,
      sha256: work.sha256,
    }));
  const cursor = resumed?.cursor;
  const todo = cursor === undefined ? work.names : work.names.filter((n) => n > cursor);
  if (cursor !== undefined)
    progress.note(`${ecosystem}: resuming after ${cursor} (${todo.length} of ${work.names.length} left)`);
  let counts = resumed?.counts ?? NO_COUNTS;
  const rejects: InputIssue[] = [];
  progress.begin(`OSV ${ecosystem}`, work.names.length, work.names.length - todo.length);
  // The next batch is read and validated while the store writes the current one.
  const prepare = async (start: number) => {
    const names = todo.slice(start, start + opts.batchSize);
    return { names, ...prepareOsvBatch(await work.load(names), ecosystem) };
  };
  let pending = todo.length > 0 ? prepare(0) : undefined;
  try {
    for (let start = 0; pending; start += opts.batchSize) {
      const batch = await pending;
      const last = batch.names[batch.names.length - 1] as string;
      const writing = deps.advisories.writeBatch({
        syncId: sync.id,
        source: work.location,
        records: batch.records,
        cursor: last,
        rejected: batch.rejected,
      });
      pending = start + opts.batchSize < todo.length ? prepare(start + opts.batchSize) : undefined;
      pending?.catch(() => {}); // awaited (and thrown) on the next turn, unless the write fails first
      counts = addCounts(counts, await writing);
      rejects.push(...batch.rejects);
      progress.committed?.(`OSV ${ecosystem}`, last);
      progress.advance(work.names.length - todo.length + start + batch.names.length);
    }
  } catch (error) {
    progress.end();
    // left resumable: the same content resumes after the last committed batch
    await finishFailed(syncs, sync.id, counts, error);
    throw error;
  }
  progress.end();
  await syncs.finish(sync.id, 'done', counts);
  return {
    ecosystem,
    location: work.location,
    mode: work.mode,
    ...(cursor === undefined ? {} : { resumedAfter: cursor }),
    counts,
    rejects,
  };
}

async function chooseWork(
  deps: { feed: OsvFeed; syncs: FeedSyncRepository; progress: SyncProgress },
  ecosystem: string,
  opts: OsvSyncOptions,
): Promise<OsvWork> {
  const { feed, syncs } = deps;
  const last = await syncs.lastDone('osv', ecosystem);
  if (feed.changes && last?.highWater && last.location.startsWith(feed.location)) {
    const changes = await feed.changes(
      ecosystem,
      new Date(last.highWater.getTime() - INCREMENTAL_OVERLAP_MS),
    );
    if (changes && changes.names.length <= opts.maxIncremental) return changes;
    if (changes)
      deps.progress.note(`${ecosystem}: ${changes.names.length} records changed; reading the whole archive`);
  }
  return feed.archive(ecosystem);
}
