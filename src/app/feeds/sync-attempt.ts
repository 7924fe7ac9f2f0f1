import type { FeedSync, FeedSyncRepository, SyncCounts } from './ports.js';

/**
 * Runs what comes before a sync starts (reading and checking its source); when that throws, the failed attempt
 * is recorded before the error goes on.
 */
export async function attempt<T>(
  syncs: FeedSyncRepository,
  what: Pick<FeedSync, 'feed' | 'scope' | 'location'>,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    await syncs.failedAttempt(what, errorText(error)).catch(() => {});
    throw error;
  }
}

/** Finishes a started sync as failed (best effort: the error that failed it is the one that matters). */
export const finishFailed = (syncs: FeedSyncRepository, id: number, counts: SyncCounts, error: unknown) =>
  syncs.finish(id, 'failed', counts, errorText(error)).catch(() => {});

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
