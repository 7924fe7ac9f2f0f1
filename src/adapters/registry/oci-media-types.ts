/** OCI image-spec and Docker distribution media types, and the SBOM and attestation types Vigil reads. */
export const MEDIA = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dsse: 'application/vnd.dsse.envelope.v1+json',
  inToto: 'application/vnd.in-toto+json',
} as const;

/** What `Accept` asks for on manifests: every manifest and index type, so no registry converts one. */
export const MANIFEST_ACCEPT = [
  MEDIA.ociIndex,
  MEDIA.ociManifest,
  MEDIA.dockerList,
  MEDIA.dockerManifest,
].join(', ');

export type SbomKind = 'cyclonedx-json' | 'cyclonedx-xml' | 'spdx-json' | 'spdx-tag-value';

// As written by syft/trivy/oras attach, cosign attach sbom, and the CycloneDX and SPDX specifications.
const SBOM_TYPES: Readonly<Record<string, SbomKind>> = {
  'application/vnd.cyclonedx+json': 'cyclonedx-json',
  'application/vnd.cyclonedx': 'cyclonedx-json',
  'application/vnd.cyclonedx+xml': 'cyclonedx-xml',
  'application/spdx+json': 'spdx-json',
  'text/spdx+json': 'spdx-json',
  'application/vnd.spdx+json': 'spdx-json',
  'text/spdx': 'spdx-tag-value',
  'text/spdx+tag-value': 'spdx-tag-value',
};

/** The SBOM kind a media type (parameters ignored) stands for, if any. */
export function sbomKindOf(mediaType: string | undefined): SbomKind | undefined {
  return mediaType ? SBOM_TYPES[mediaType.split(';')[0]!.trim().toLowerCase()] : undefined;
}

/** A file name the SBOM parser recognises the format by. */
export const SBOM_EXTENSIONS: Readonly<Record<SbomKind, string>> = {
  'cyclonedx-json': '.cdx.json',
  'cyclonedx-xml': '.cdx.xml',
  'spdx-json': '.spdx.json',
  'spdx-tag-value': '.spdx',
};

/** An OCI content descriptor (image-spec descriptor.md): the fields Vigil reads. */
export interface Descriptor {
  readonly mediaType: string;
  readonly digest: string;
  readonly size: number;
  readonly artifactType?: string;
}
