import type { PackageVersionRef } from '../../core/matching/index.js';
import type { Criticality, Tier, WorkloadExposureFacts } from '../../core/risk/index.js';
import type { TriageRule } from '../../core/triage/index.js';
import type { StoredVexStatement } from '../vex/index.js';

export interface PackageVersionRow extends PackageVersionRef {
  readonly id: number;
}

export interface AdvisoryRecord {
  readonly id: string;
  readonly record: unknown;
}

export interface FindingRow {
  readonly packageVersionId: number;
  readonly advisoryId: string;
  readonly status: 'affected' | 'unknown';
  readonly reason: string;
  readonly fixedVersion?: string;
}

/** What changed in the feeds since the findings were last brought up to date. */
export interface AdvisoryDelta {
  /** Every advisory written since the watermark (new, modified or withdrawn). */
  readonly ids: readonly string[];
  /** The watermark to store once the delta is applied. */
  readonly through: string | null;
}

export interface EvaluationState {
  readonly advisoriesThrough: string | null;
  readonly lastFullAt: string | null;
  readonly lastIncrementalAt: string | null;
}

/** The evaluation's view of the store: what to match, and where findings go. */
export interface FindingsRepository {
  state(): Promise<EvaluationState>;
  /** Package versions never matched (`all`: every one). */
  packageVersions(scope: 'unevaluated' | 'all'): Promise<PackageVersionRow[]>;
  /** Package versions whose name or source name (lower case) is one of `names`: a superset to refine. */
  packageVersionsNamed(names: readonly string[]): Promise<PackageVersionRow[]>;
  /** Advisories indexed under any of these `(ecosystem, name key)` pairs. */
  advisoriesFor(keys: readonly { ecosystem: string; key: string }[]): Promise<AdvisoryRecord[]>;
  advisoriesById(ids: readonly string[]): Promise<AdvisoryRecord[]>;
  advisoriesChangedSince(through: string | null): Promise<AdvisoryDelta>;
  /**
   * In one transaction: drops the findings of `replaceAdvisories` (all findings when `full`), writes `findings`
   * (replacing those of the same package version and advisory), marks `evaluated` as matched with their notes,
   * and moves the watermark.
   */
  saveFindings(write: {
    readonly full: boolean;
    readonly replaceAdvisories: readonly string[];
    readonly findings: readonly FindingRow[];
    readonly evaluated: readonly { readonly id: number; readonly note: string }[];
    readonly advisoriesThrough: string | null;
    readonly at: string;
  }): Promise<void>;
  /** Refreshes the query planner's statistics after large writes (the embedded store has no autovacuum). */
  analyze(): Promise<void>;
}

/**
 * One affected finding placed on a running (or declared) workload, before scoring. Everything but
 * `packageVersionId` is a natural value (docs/adr/072); that id only serves look-ups in the same store.
 */
export interface ExposureRow {
  /** The store's id of the package version: for `componentPaths`, never shown. */
  readonly packageVersionId: number;
  readonly advisoryId: string;
  readonly vulnerabilityId: string;
  readonly reason: string;
  readonly fixedVersion: string | null;
  /** The package version as stored: purl columns, the `distro` and the `upstream` (source) qualifiers. */
  readonly package: PackageVersionRef;
  readonly artifact: {
    readonly digest: string;
    readonly name: string;
    /** The image names it was seen under, by repository then tag; `tag` is '' when none was given. */
    readonly aliases: readonly { readonly repository: string; readonly tag: string }[];
  };
  /** A workload is one per (environment, namespace, name) (docs/adr/003); kind is the latest evidence's. */
  readonly workload: {
    readonly namespace: string;
    readonly name: string;
    readonly kind: string;
    readonly labels: Readonly<Record<string, string>>;
    readonly attributes: WorkloadExposureFacts;
  };
  readonly environment: {
    readonly name: string;
    readonly tier: Tier;
    readonly criticality: Criticality;
    readonly labels: Readonly<Record<string, string>>;
  };
  readonly observed: boolean;
  readonly sources: readonly string[];
  readonly firstSeen: string;
}

export interface AdvisoryFacts {
  readonly id: string;
  readonly vulnerabilityId: string;
  readonly summary: string;
  readonly published: string | null;
  /** `[{ type: 'CVSS_V3', score: 'CVSS:3.1/…' }]` from the record. */
  readonly severity: readonly { readonly type: string; readonly score: string }[];
  readonly aliases: readonly string[];
}

export interface KevFacts {
  readonly cve: string;
  readonly dateAdded: string;
  readonly dueDate: string | null;
  readonly ransomware: boolean;
}

export interface EpssFacts {
  readonly cve: string;
  readonly date: string;
  readonly probability: number;
  readonly percentile: number;
}

/** One finding of a package version in an artifact's current SBOM. */
export interface ArtifactFindingRow {
  readonly advisoryId: string;
  readonly vulnerabilityId: string;
  readonly summary: string;
  readonly status: 'affected' | 'unknown';
  readonly reason: string;
  readonly fixedVersion: string | null;
  readonly package: PackageVersionRef;
}

export interface ExposureFilter {
  readonly environment?: string;
  /** Only these environments (a team's): the others are not read at all. */
  readonly environments?: readonly string[];
  readonly advisoryIds?: readonly string[];
  /** What ran at this instant (ISO 8601) rather than now: time travel, read from the store's history. */
  readonly at?: string;
}

/** What scoring needs from the store besides findings. */
export interface ExposureRepository {
  exposureRows(filter: ExposureFilter): Promise<ExposureRow[]>;
  /** Every advisory of these vulnerability groups, with aliases. */
  advisoryFacts(vulnerabilityIds: readonly string[]): Promise<AdvisoryFacts[]>;
  kev(cves: readonly string[]): Promise<KevFacts[]>;
  /** The newest EPSS score of each CVE. */
  epss(cves: readonly string[]): Promise<EpssFacts[]>;
  vexStatements(): Promise<StoredVexStatement[]>;
  /** The triage decisions in force at `at` (ISO 8601), expired acceptances included (docs/adr/081). */
  triageRules(at: string): Promise<TriageRule[]>;
  /** The vulnerability group an id (record id or alias) belongs to, if any. */
  vulnerabilityOf(id: string): Promise<string | undefined>;
  /**
   * For each (artifact, package version), the chain of components from the artifact's top level down to the
   * package version, in one statement; in the order asked.
   */
  componentPaths(
    targets: readonly { artifactDigest: string; packageVersionId: number }[],
  ): Promise<string[][]>;
  /**
   * Every advisory with an affected finding, its vulnerability group and how many package versions it affects:
   * what a scan of the whole ranking is cut into (`forEachExposureChunk`), a superset of what is placed.
   */
  affectedAdvisories(): Promise<{ advisoryId: string; vulnerabilityId: string; findings: number }[]>;
  /** Coverage and counts for `status`. */
  twinCoverage(): Promise<{ environment: string; runningArtifacts: number; withSbom: number }[]>;
  unknownFindings(): Promise<number>;
  /** The findings of an artifact's current SBOM (affected and unknown), whether or not it is deployed. */
  artifactFindings(digest: string): Promise<ArtifactFindingRow[]>;
  /** Affected findings in artifacts with a current SBOM but no open deployment: built, not seen running. */
  unplacedFindings(): Promise<{ artifacts: number; packageVersions: number }>;
}
