import { createHash } from 'node:crypto';
import { sbomFromAttestation } from './attestation-sbom.js';
import type { Manifest, OciContent } from './oci-content.js';
import { type Descriptor, MEDIA, type SbomKind, sbomKindOf } from './oci-media-types.js';

/** How an SBOM was found: see docs/adr/044 for the order. */
export type SbomDiscoveryPath = 'referrers-api' | 'referrers-tag' | 'cosign-attestation' | 'cosign-sbom';

export interface AttachedSbom {
  readonly kind: SbomKind;
  readonly bytes: Uint8Array;
  readonly via: SbomDiscoveryPath;
  /** The manifest that carried it. */
  readonly manifest: string;
}

export interface AttachedSboms {
  readonly sboms: readonly AttachedSbom[];
  /** What was looked at and passed over, and why (signatures, provenance, other images' attestations…). */
  readonly skipped: readonly string[];
  readonly referrersApi: boolean;
}

const BUNDLE = /^application\/vnd\.dev\.sigstore\.bundle(\.v[\d.]+)?\+json/;

/**
 * Finds the SBOMs attached to an image digest: its referrers (the OCI referrers API, or where the registry
 * lacks it the `sha256-<hex>` tag index of the referrers tag schema), then cosign's `sha256-<hex>.att`
 * (in-toto attestations in DSSE envelopes) and `sha256-<hex>.sbom` tags. The same document found twice is
 * kept once. Every manifest and blob is read before anything is returned, so a registry failure midway
 * leaves nothing half done.
 */
export async function findAttachedSboms(
  content: OciContent,
  digest: string,
  maxBlobBytes: number,
): Promise<AttachedSboms> {
  const found = new Map<string, AttachedSbom>();
  const skipped: string[] = [];
  const tagPrefix = `sha256-${digest.slice('sha256:'.length)}`;
  const fromApi = await content.fetchReferrers(digest);
  const referrers = fromApi ?? (await content.fetchManifest(tagPrefix))?.manifests ?? [];
  const via: SbomDiscoveryPath = fromApi ? 'referrers-api' : 'referrers-tag';
  for (const descriptor of referrers) {
    const manifest = await content.fetchManifest(descriptor.digest);
    if (manifest) await collect(manifest, via);
    else skipped.push(`referrer ${descriptor.digest}: not in the registry`);
  }
  for (const [suffix, path] of [
    ['.att', 'cosign-attestation'],
    ['.sbom', 'cosign-sbom'],
  ] as const) {
    const manifest = await content.fetchManifest(`${tagPrefix}${suffix}`);
    if (manifest) await collect(manifest, path);
  }
  return { sboms: [...found.values()], skipped, referrersApi: fromApi !== undefined };

  async function collect(manifest: Manifest, path: SbomDiscoveryPath): Promise<void> {
    for (const layer of manifest.layers) {
      // `oras attach --artifact-type` may leave a single layer with a generic media type
      const kind =
        sbomKindOf(layer.mediaType) ??
        (manifest.layers.length === 1 ? sbomKindOf(manifest.artifactType) : undefined);
      if (kind) {
        add(kind, await content.fetchBlob(layer, maxBlobBytes), path, manifest);
      } else if (isAttestation(layer)) {
        const result = sbomFromAttestation(await content.fetchBlob(layer, maxBlobBytes), digest);
        if (result.ok) add(result.kind, result.bytes, path, manifest);
        else skipped.push(`${manifest.digest} layer ${layer.digest}: ${result.reason}`);
      } else {
        skipped.push(`${manifest.digest} layer ${layer.digest}: ${layer.mediaType} is not an SBOM`);
      }
    }
  }

  function add(kind: SbomKind, bytes: Uint8Array, path: SbomDiscoveryPath, manifest: Manifest): void {
    const id = createHash('sha256').update(bytes).digest('hex');
    if (!found.has(id)) found.set(id, { kind, bytes, via: path, manifest: manifest.digest });
  }
}

const isAttestation = (layer: Descriptor): boolean =>
  layer.mediaType === MEDIA.dsse || layer.mediaType === MEDIA.inToto || BUNDLE.test(layer.mediaType);
