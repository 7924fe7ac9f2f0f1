import type { Purl } from '../purl/index.js';

/** The VEX status labels (CISA "Minimum Requirements for VEX"); every format is mapped onto these. */
export const VEX_STATUSES = ['not_affected', 'affected', 'fixed', 'under_investigation'] as const;
export type VexStatus = (typeof VEX_STATUSES)[number];

/** Statuses that suppress an exposure (it is kept and shown with the statement as the reason). */
export const SUPPRESSING_STATUSES: readonly VexStatus[] = ['not_affected', 'fixed'];

/** OpenVEX justification labels; CSAF flag labels are the same five, CycloneDX ones are mapped onto them. */
export const VEX_JUSTIFICATIONS = [
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist',
] as const;
export type VexJustification = (typeof VEX_JUSTIFICATIONS)[number];

export const VEX_FORMATS = ['openvex', 'cyclonedx', 'csaf'] as const;
export type VexFormat = (typeof VEX_FORMATS)[number];

/**
 * What a statement is about: a product (an artifact by digest or `pkg:oci` purl, or a package by purl),
 * optionally narrowed to the subcomponents where the vulnerability lives. A scope with only a `name` or a
 * `cpe` is kept for display but matches nothing (README.md).
 */
export interface VexScope {
  /** Normalised; `version` is '' when the scope covers every version. */
  readonly purl?: Purl;
  /** `sha256:<64 hex>` of the product (an image digest). */
  readonly digest?: string;
  readonly cpe?: string;
  /** A product named without a purl, or a reference that could not be resolved (see `note`). */
  readonly name?: string;
  /** The version of a product named without a purl. */
  readonly version?: string;
  /** A `vers:` range narrowing `purl` (CycloneDX `affects[].versions[].range`, CSAF `product_version_range`). */
  readonly versionRange?: string;
  /** Why the scope is incomplete, e.g. an unresolvable CycloneDX bom-ref. */
  readonly note?: string;
  readonly subcomponents: readonly Purl[];
  /** Subcomponents the document names without a purl: the scope is narrowed but they can match nothing. */
  readonly unresolvedSubcomponents?: readonly string[];
}

/** One VEX statement: a vulnerability, its status, why, and the products it is about. */
export interface VexStatement {
  /** The id as written: CVE-…, GHSA-…, GO-…. */
  readonly vulnerability: string;
  /** Other ids the document gives for the same vulnerability. */
  readonly aliases: readonly string[];
  readonly status: VexStatus;
  /** Normalised to an OpenVEX label where the source value maps onto one. */
  readonly justification?: VexJustification;
  /** The justification as the document wrote it (CycloneDX `analysis.justification`, CSAF flag label). */
  readonly originalJustification?: string;
  readonly impactStatement?: string;
  readonly actionStatement?: string;
  /** Free text: OpenVEX `status_notes`, CycloneDX `analysis.detail`. */
  readonly detail?: string;
  /** ISO 8601 UTC (`toISOString`): when the statement was made, inherited from the document if not its own. */
  readonly timestamp?: string;
  readonly products: readonly VexScope[];
}

/** A parsed VEX document in any of the three formats. */
export interface VexDocument {
  readonly format: VexFormat;
  /** The document's own id (OpenVEX `@id`, CycloneDX `serialNumber/version`, CSAF `tracking.id`); '' if none. */
  readonly id: string;
  readonly author?: string;
  readonly timestamp?: string;
  readonly statements: readonly VexStatement[];
}
