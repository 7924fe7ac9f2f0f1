import type { SyncFeedsRequest, SyncFeedsResult } from '../../app/feeds/index.js';
import { type FeedLocations, feedSyncRequest } from './feed-sources.js';
import type { VigilConfig } from './vigil-config.js';

/** The queue's job kind for a feed sync (docs/adr/084). */
export const FEED_SYNC_JOB = 'feeds.sync';

/** Which feeds of a request a job syncs (absent: all the request names). */
export type FeedPart = 'osv' | 'kev' | 'epss';

/** A feed sync job's payload: the locations as asked, resolved against the asker's folder by whichever process runs it. */
export interface FeedSyncJob {
  readonly locations: FeedLocations;
  readonly parts?: readonly FeedPart[] | undefined;
  readonly cwd: string;
}

/** What a feed sync did, as JSON: the API's answer and the job's stored result. */
export interface FeedSyncSummary {
  readonly osv: SyncFeedsResult['osv'];
  readonly kev?: SyncFeedsResult['kev'];
  readonly epss: SyncFeedsResult['epss'];
  readonly failures: readonly { feed: string; scope: string; message: string }[];
  readonly rejects: number;
}

/**
 * The job for these locations, checked now (a bad mirror or batch size is the asker's error, not a failed job).
 * @throws InputError as `feedSyncRequest` does.
 */
export function feedSyncJob(
  config: VigilConfig,
  locations: FeedLocations,
  parts?: readonly FeedPart[],
): FeedSyncJob {
  feedSyncRequest(config, locations);
  return { locations, cwd: config.cwd, ...(parts ? { parts } : {}) };
}

/** The sync request a job stands for, in the running process's configuration but the asker's folder. */
export function feedSyncJobRequest(config: VigilConfig, job: FeedSyncJob): SyncFeedsRequest {
  const request = feedSyncRequest({ ...config, cwd: job.cwd }, job.locations);
  if (!job.parts) return request;
  return {
    ...(job.parts.includes('osv') && request.osv ? { osv: request.osv } : {}),
    ...(job.parts.includes('kev') && request.kev ? { kev: request.kev } : {}),
    ...(job.parts.includes('epss') && request.epss ? { epss: request.epss } : {}),
  };
}

export function feedSyncSummary(result: SyncFeedsResult): FeedSyncSummary {
  return {
    osv: result.osv.map((r) => ({ ...r })),
    ...(result.kev ? { kev: { ...result.kev } } : {}),
    epss: result.epss.map((r) => ({ ...r })),
    failures: result.failures.map((f) => ({
      feed: f.feed,
      scope: f.scope,
      message: f.error instanceof Error ? f.error.message : String(f.error),
    })),
    rejects: result.rejects.length,
  };
}
