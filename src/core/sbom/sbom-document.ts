import type { InputIssue } from '../input/input-issue.js';
import type { Purl } from '../purl/purl.js';

export const SBOM_FORMATS = ['cyclonedx', 'spdx'] as const;
export type SbomFormat = (typeof SBOM_FORMATS)[number];

export const SBOM_ENCODINGS = ['json', 'xml', 'tag-value'] as const;
export type SbomEncoding = (typeof SBOM_ENCODINGS)[number];

/** What the document says it describes: the artifact, when it names one. */
export interface SbomSubject {
  /** `sha256:<64 hex>` when the document names a digest (CycloneDX hashes or a pkg:oci purl; SPDX checksums). */
  readonly digest?: string;
  readonly name?: string;
  readonly version?: string;
  readonly purl?: string;
  /** Image repository, e.g. `docker.io/library/alpine`, when known. */
  readonly repository?: string;
  readonly tag?: string;
  /** The subject's own reference in the document (CycloneDX bom-ref, SPDX SPDXID): dependencies may name it. */
  readonly ref?: string;
}

export interface SbomHash {
  /** Lower case, e.g. `sha-256`, `sha-1`, `md5`. */
  readonly alg: string;
  readonly value: string;
}

/** One component of an SBOM, format-neutral. */
export interface SbomComponent {
  /** The document's own reference: CycloneDX bom-ref, SPDX SPDXID, or `#<index>` when the document has none. */
  readonly ref: string;
  readonly name: string;
  readonly version: string;
  /** CycloneDX `group` (Maven groupId, npm scope…) when given. */
  readonly group?: string;
  /** CPE 2.2/2.3 name (CycloneDX `cpe`, SPDX `cpe23Type`/`cpe22Type` reference) when given. */
  readonly cpe?: string;
  /** CycloneDX component type or SPDX primaryPackagePurpose, lower case; '' when absent. */
  readonly type: string;
  /**
   * The normalised purl; absent when the document gives none, or one that does not parse (then `purlText`
   * keeps it and a warning says why). Such components are kept and counted.
   */
  readonly purl?: Purl;
  /** The purl as written in the document. */
  readonly purlText?: string;
  /** SPDX licence ids or expressions, or names. */
  readonly licenses: readonly string[];
  readonly hashes: readonly SbomHash[];
  /** CycloneDX scope; '' when absent. */
  readonly scope: '' | 'required' | 'optional' | 'excluded';
}

export interface SbomDependency {
  readonly ref: string;
  readonly dependsOn: readonly string[];
}

/** A parsed, validated SBOM in one shape whatever its format. */
export interface SbomDocument {
  readonly format: SbomFormat;
  readonly specVersion: string;
  readonly encoding: SbomEncoding;
  /** CycloneDX serialNumber or SPDX documentNamespace. */
  readonly serialNumber?: string;
  readonly name?: string;
  /** ISO 8601 creation time from the document's metadata. */
  readonly createdAt?: string;
  readonly tools: readonly string[];
  readonly subject: SbomSubject;
  readonly components: readonly SbomComponent[];
  readonly dependencies: readonly SbomDependency[];
  /**
   * What was kept despite being wrong (an unparseable purl, a licence that is not an SPDX expression, a
   * duplicate ref, a dependency naming no component): the document is still stored. Absent when none.
   */
  readonly warnings?: readonly InputIssue[];
}
