import type { InputIssue } from '../../core/input/index.js';
import type {
  AdvisoryRepository,
  EpssRepository,
  FeedDocumentSource,
  FeedSyncRepository,
  KevRepository,
  OsvFeed,
  TwinPackageTypes,
} from './ports.js';
import { resolveEcosystems } from './resolve-ecosystems.js';
import { attempt } from './sync-attempt.js';
import { type EpssSyncResult, syncEpssDay } from './sync-epss.js';
import { type KevSyncResult, syncKev } from './sync-kev.js';
import { DEFAULT_OSV_SYNC, type OsvSyncOptions, type OsvSyncResult, syncOsvEcosystem } from './sync-osv.js';
import type { SyncProgress } from './sync-progress.js';

export interface SyncFeedsDeps {
  readonly advisories: AdvisoryRepository;
  readonly syncs: FeedSyncRepository;
  readonly kev: KevRepository;
  readonly epss: EpssRepository;
  readonly twin: TwinPackageTypes;
  readonly progress: SyncProgress;
}

/** Which feeds to sync and from where; a feed left out is not synced. */
export interface SyncFeedsRequest {
  readonly osv?: {
    readonly feed: OsvFeed;
    readonly ecosystems?: readonly string[];
    readonly options?: OsvSyncOptions;
  };
  readonly kev?: FeedDocumentSource;
  readonly epss?: readonly FeedDocumentSource[];
}

export interface FeedFailure {
  readonly feed: 'osv' | 'kev' | 'epss';
  readonly scope: string;
  readonly error: unknown;
}

export interface SyncFeedsResult {
  readonly osv: readonly OsvSyncResult[];
  readonly kev?: KevSyncResult;
  readonly epss: readonly EpssSyncResult[];
  /** Feeds or ecosystems that could not be synced: each imported nothing, and the others went on. */
  readonly failures: readonly FeedFailure[];
  readonly rejects: readonly InputIssue[];
}

/**
 * Syncs OSV (ecosystem by ecosystem), then KEV, then EPSS. One failing archive or document does not stop
 * the others: it is reported in `failures`, and the data it would have replaced stays in place.
 */
export async function syncFeeds(deps: SyncFeedsDeps, request: SyncFeedsRequest): Promise<SyncFeedsResult> {
  const failures: FeedFailure[] = [];
  const osv: OsvSyncResult[] = [];
  if (request.osv) {
    const { feed, options = DEFAULT_OSV_SYNC } = request.osv;
    const ecosystems = await resolveEcosystems(feed, deps.twin, request.osv.ecosystems);
    for (const ecosystem of ecosystems) {
      try {
        osv.push(await syncOsvEcosystem({ ...deps, feed }, ecosystem, options));
      } catch (error) {
        failures.push({ feed: 'osv', scope: ecosystem, error });
      }
    }
  }
  let kev: KevSyncResult | undefined;
  if (request.kev) {
    try {
      const { kev: source } = request;
      const doc = await attempt(deps.syncs, { feed: 'kev', scope: '', location: source.location }, () =>
        source.load(),
      );
      kev = await syncKev(deps, doc);
    } catch (error) {
      failures.push({ feed: 'kev', scope: request.kev.location, error });
    }
  }
  const epss: EpssSyncResult[] = [];
  if (request.epss) {
    const stored = new Set((await deps.epss.days()).map((d) => d.scoreDate));
    for (const source of request.epss) {
      if (source.day && stored.has(source.day)) continue;
      try {
        const doc = await attempt(deps.syncs, { feed: 'epss', scope: '', location: source.location }, () =>
          source.load(),
        );
        const result = await syncEpssDay(deps, doc, stored);
        stored.add(result.scoreDate);
        epss.push(result);
      } catch (error) {
        failures.push({ feed: 'epss', scope: source.location, error });
      }
    }
  }
  return { osv, ...(kev ? { kev } : {}), epss, failures, rejects: osv.flatMap((r) => r.rejects) };
}
