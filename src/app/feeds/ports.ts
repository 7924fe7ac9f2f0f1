import type {
  AdvisoryIndex,
  EpssScores,
  KevCatalog,
  KevChanges,
  OsvRecord,
  StoredKevEntry,
} from '../../core/advisory/index.js';

// ---- Feed sources (implemented in src/adapters/feeds) ----

/** One OSV record file, already checked to be JSON (`<ID>.json`). */
export interface OsvEntry {
  readonly name: string;
  readonly text: string;
  readonly json: unknown;
}

/** A unit of OSV work: a whole `all.zip`, or the records `modified_id.csv` lists as changed. */
export interface OsvWork {
  readonly location: string;
  readonly mode: 'full' | 'incremental';
  /** Identifies the content: a resumed sync continues only on the same content. */
  readonly sha256: string;
  /** Entry names in code-point order: the order batches are written and the cursor follows. */
  readonly names: readonly string[];
  /** The entries of `names` (a subset of this work's names), in that order. */
  load(names: readonly string[]): Promise<OsvEntry[]>;
}

/** Where OSV records come from: a mirror folder or a URL base laid out as OSV.dev's bucket. */
export interface OsvFeed {
  readonly location: string;
  /** The ecosystems the source holds, or undefined when it cannot list them (the network). */
  ecosystems(): Promise<readonly string[] | undefined>;
  /** The whole archive of an ecosystem, read and checked completely (throws before anything is imported). */
  archive(ecosystem: string): Promise<OsvWork>;
  /** The records modified after `since`, when the source publishes modified_id.csv; otherwise undefined. */
  changes?(ecosystem: string, since: Date): Promise<OsvWork | undefined>;
}

/** A document read from a KEV or EPSS location (a file, a URL, or the newest/every file of a mirror folder). */
export interface FeedDocument {
  readonly location: string;
  readonly text: string;
  readonly sha256: string;
}

/** A KEV or EPSS document not read yet; `day` is the EPSS day a mirror's file name announces. */
export interface FeedDocumentSource {
  readonly location: string;
  readonly day?: string;
  load(): Promise<FeedDocument>;
}

// ---- Repositories (implemented in src/adapters/store) ----

export interface SyncCounts {
  readonly new: number;
  readonly modified: number;
  readonly unchanged: number;
  readonly withdrawn: number;
  readonly rejected: number;
}

export const NO_COUNTS: SyncCounts = { new: 0, modified: 0, unchanged: 0, withdrawn: 0, rejected: 0 };

export interface FeedSync {
  readonly id: number;
  readonly feed: 'osv' | 'kev' | 'epss';
  readonly scope: string;
  readonly location: string;
  readonly mode: 'full' | 'incremental';
  readonly sha256: string;
  /** `interrupted`: shown for a sync left running by a process that is gone (never stored). */
  readonly status: 'running' | 'done' | 'failed' | 'abandoned' | 'interrupted';
  readonly startedAt: Date;
  readonly finishedAt?: Date;
  /** When the scope's newest successful sync finished (`latest()` only); absent: none ever succeeded. */
  readonly lastSuccessAt?: Date;
  readonly cursor?: string;
  readonly highWater?: Date;
  readonly counts: SyncCounts;
  readonly error?: string;
}

export type NewFeedSync = Pick<FeedSync, 'feed' | 'scope' | 'location' | 'mode' | 'sha256'>;

export interface FeedSyncRepository {
  /** The newest finished sync of a scope. */
  lastDone(feed: FeedSync['feed'], scope: string): Promise<FeedSync | undefined>;
  /** The newest sync of the scope when it was interrupted or failed on the same content: resume after its cursor. */
  resumable(feed: FeedSync['feed'], scope: string, sha256: string): Promise<FeedSync | undefined>;
  /** Starts a sync; other running syncs of the scope are marked abandoned. */
  start(sync: NewFeedSync): Promise<FeedSync>;
  finish(id: number, status: 'done' | 'failed', counts: SyncCounts, error?: string): Promise<void>;
  /**
   * Records an attempt that failed before anything could be imported (the source unreadable, or not what it
   * should be), so that `feeds status` and staleness show it; nothing it could resume from.
   */
  failedAttempt(attempt: Pick<FeedSync, 'feed' | 'scope' | 'location'>, error: string): Promise<void>;
  /**
   * The newest sync of every (feed, scope); a running one whose process is gone (on the embedded store: not this
   * process's; on PostgreSQL: silent past the heartbeat's deadline) is `interrupted`.
   */
  latest(): Promise<FeedSync[]>;
}

/** A validated record with what the store indexes about it. */
export interface AdvisoryWrite {
  readonly record: OsvRecord;
  readonly text: string;
  readonly index: AdvisoryIndex;
}

export interface AdvisoryBatch {
  readonly syncId: number;
  readonly source: string;
  readonly records: readonly AdvisoryWrite[];
  /** The last entry name of the batch, committed with it. */
  readonly cursor: string;
  readonly rejected: number;
}

export interface StoredAdvisory {
  readonly id: string;
  readonly vulnerabilityId: string;
  readonly modified: Date;
  readonly withdrawn?: Date;
  readonly record: OsvRecord;
}

export interface AdvisoryGroup {
  readonly vulnerabilityId: string;
  /** Every id of the vulnerability: its records and the aliases they name, sorted. */
  readonly ids: readonly string[];
  readonly advisories: readonly StoredAdvisory[];
}

export interface EcosystemCount {
  readonly ecosystem: string;
  readonly advisories: number;
  readonly withdrawn: number;
}

export interface AdvisoryRepository {
  /**
   * Writes one batch in one transaction: new records and those whose `modified` is newer than the stored
   * one (older or equal ones are left alone), their index rows, the alias grouping of every component the
   * batch touches, and the sync's cursor and counts.
   */
  writeBatch(batch: AdvisoryBatch): Promise<SyncCounts>;
  /** The vulnerability an id (a record id or any alias) belongs to. */
  findGroup(id: string): Promise<AdvisoryGroup | undefined>;
  /** Records naming a package, withdrawn ones excluded, with their grouping. */
  forPackage(ecosystem: string, name: string): Promise<StoredAdvisory[]>;
  /** All ids of the given vulnerabilities, by vulnerability. */
  idsOf(vulnerabilityIds: readonly string[]): Promise<Map<string, string[]>>;
  countsByEcosystem(): Promise<EcosystemCount[]>;
}

export interface KevCatalogInfo {
  readonly catalogVersion: string;
  readonly dateReleased: Date;
  readonly entryCount: number;
}

export interface KevListing {
  readonly cveId: string;
  readonly entry: KevCatalog['vulnerabilities'][number];
  readonly firstDateAdded: string;
  readonly removedIn?: string | undefined;
  readonly history: readonly { catalogVersion: string; change: string }[];
}

export interface KevRepository {
  latestCatalog(): Promise<KevCatalogInfo | undefined>;
  entries(): Promise<Map<string, StoredKevEntry>>;
  /** Records the catalog and applies its changes in one transaction. */
  apply(catalog: KevCatalog, changes: KevChanges, location: string): Promise<void>;
  listings(cveIds: readonly string[]): Promise<KevListing[]>;
}

export interface EpssScore {
  readonly cveId: string;
  readonly scoreDate: string;
  readonly epss: number;
  readonly percentile: number;
  readonly modelVersion: string;
}

export interface EpssDay {
  readonly scoreDate: string;
  readonly modelVersion: string;
  readonly rows: number;
}

export interface EpssRepository {
  days(): Promise<EpssDay[]>;
  /** Replaces one day's scores in one transaction. */
  replaceDay(scores: EpssScores, location: string): Promise<void>;
  /** Each CVE's score on the newest day on or before `onDate` (the newest day when omitted). */
  scores(cveIds: readonly string[], onDate?: string): Promise<EpssScore[]>;
}

/** The package kinds present in the twin, to choose which ecosystems to sync from the network. */
export interface TwinPackageTypes {
  /** Distinct purl (type, namespace) pairs; the namespace tells distributions apart (deb/debian, deb/ubuntu). */
  packageTypes(): Promise<{ type: string; namespace: string }[]>;
}
