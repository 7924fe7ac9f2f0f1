import type { ParseResult } from '../../core/input/index.js';
import type { SbomDocument } from '../../core/sbom/sbom-document.js';

/** The artifact an SBOM is stored against. */
export interface ArtifactTarget {
  /** `sha256:…`, or a `vigil-derived:sha256:…` id when no evidence names a digest. */
  readonly digest: string;
  readonly derived: boolean;
  readonly name: string;
  readonly repository?: string;
  readonly tag?: string;
}

export interface StoreSbomInput {
  readonly document: SbomDocument;
  readonly documentSha256: string;
  readonly artifact: ArtifactTarget;
  readonly source: string;
}

export interface StoreSbomResult {
  readonly sbomId: number;
  readonly artifactId: number;
  /** new: now the artifact's current SBOM; unchanged: this very document was stored before;
   * history: stored, but an SBOM with a later document date stays current. */
  readonly status: 'new' | 'unchanged' | 'history';
  /** The SBOM this one replaced as current, if any. */
  readonly supersededSbomId?: number;
}

export interface SbomListEntry {
  readonly id: number;
  readonly artifact: string;
  readonly derived: boolean;
  readonly name: string;
  readonly format: string;
  readonly specVersion: string;
  readonly encoding: string;
  readonly components: number;
  readonly withoutPurl: number;
  readonly current: boolean;
  readonly source: string;
  readonly ingestedAt: string;
}

export interface ArtifactDetail {
  readonly digest: string;
  readonly derived: boolean;
  readonly name: string;
  readonly aliases: readonly { repository: string; tag: string }[];
  readonly sboms: readonly SbomListEntry[];
  readonly components: readonly ComponentEntry[];
}

export interface ComponentEntry {
  readonly name: string;
  readonly version: string;
  readonly purl: string | null;
  readonly type: string;
  readonly scope: string;
  readonly licenses: readonly string[];
}

export interface ComponentMatch {
  readonly artifact: string;
  readonly artifactName: string;
  readonly sbomId: number;
  readonly name: string;
  readonly version: string;
  readonly purl: string | null;
}

/** A query for `component find`: by purl parts (version optional) or by a bare name. */
export type ComponentQuery =
  | {
      readonly by: 'purl';
      readonly type: string;
      readonly namespace: string;
      readonly name: string;
      readonly version?: string;
    }
  | { readonly by: 'name'; readonly name: string };

/** What SBOM use cases need from the store. Each method is one transaction. */
export interface SbomRepository {
  storeSbom(input: StoreSbomInput): Promise<StoreSbomResult>;
  listSboms(opts: { includeHistory: boolean }): Promise<SbomListEntry[]>;
  showArtifact(digest: string): Promise<ArtifactDetail | undefined>;
  findComponents(query: ComponentQuery): Promise<ComponentMatch[]>;
}

/** Reads an SBOM of any supported format; issues name fields inside the document (not the file). */
export type SbomParser = (
  bytes: Uint8Array,
  opts: { readonly fileName: string; readonly maxBytes?: number },
) => ParseResult<SbomDocument>;
