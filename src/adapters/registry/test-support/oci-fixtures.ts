import { createHash } from 'node:crypto';
import { type Descriptor, MEDIA } from '../oci-media-types.js';

/** A piece of content to push: a blob or a manifest, with its descriptor. */
export interface Content extends Descriptor {
  readonly bytes: Uint8Array;
}

const digestOf = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

export function content(
  data: string | object,
  mediaType: string,
  extra: { artifactType?: string } = {},
): Content {
  const bytes = Buffer.from(typeof data === 'string' ? data : JSON.stringify(data));
  return { mediaType, digest: digestOf(bytes), size: bytes.length, bytes, ...extra };
}

const descriptor = ({ bytes: _b, ...d }: Content): Descriptor => d;

/** An OCI image manifest over `layers`, optionally referring to `subject` (image-spec 1.1). */
export function imageManifest(
  config: Content,
  layers: Content[],
  o: { subject?: Content; artifactType?: string } = {},
): Content {
  return content(
    {
      schemaVersion: 2,
      mediaType: MEDIA.ociManifest,
      ...(o.artifactType ? { artifactType: o.artifactType } : {}),
      config: descriptor(config),
      layers: layers.map(descriptor),
      ...(o.subject ? { subject: descriptor(o.subject) } : {}),
    },
    MEDIA.ociManifest,
    o.artifactType ? { artifactType: o.artifactType } : {},
  );
}

/** An OCI index listing `manifests` (with their artifactType), as the referrers tag schema stores them. */
export const imageIndex = (manifests: Content[]): Content =>
  content(
    { schemaVersion: 2, mediaType: MEDIA.ociIndex, manifests: manifests.map(descriptor) },
    MEDIA.ociIndex,
  );

export const EMPTY_CONFIG = content('{}', 'application/vnd.oci.empty.v1+json');
export const IMAGE_CONFIG = content(
  { architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } },
  'application/vnd.oci.image.config.v1+json',
);

export const CYCLONEDX = {
  bomFormat: 'CycloneDX',
  specVersion: '1.5',
  serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
  version: 1,
  metadata: { component: { type: 'container', name: 'shop/web' } },
  components: [{ type: 'library', name: 'lodash', version: '4.17.20', purl: 'pkg:npm/lodash@4.17.20' }],
};

export const SPDX = {
  spdxVersion: 'SPDX-2.3',
  dataLicense: 'CC0-1.0',
  SPDXID: 'SPDXRef-DOCUMENT',
  name: 'web',
  documentNamespace: 'https://example.com/web/1',
  creationInfo: { created: '2024-01-01T00:00:00Z', creators: ['Tool: vigil-test'] },
  packages: [
    {
      SPDXID: 'SPDXRef-Package-express',
      name: 'express',
      versionInfo: '4.18.2',
      downloadLocation: 'NOASSERTION',
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: 'pkg:npm/express@4.18.2',
        },
      ],
    },
  ],
};

/** An in-toto statement about `subject` in a DSSE envelope, as `cosign attest` stores it. */
export function dsseAttestation(subject: string, predicateType: string, predicate: unknown): Content {
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'shop/web', digest: { sha256: subject.slice(7) } }],
    predicateType,
    predicate,
  };
  const envelope = {
    payloadType: 'application/vnd.in-toto+json',
    payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
    signatures: [{ keyid: '', sig: 'MEUCIQ-not-verified-by-vigil' }],
  };
  return content(envelope, MEDIA.dsse);
}

/** Where a test puts content: a real registry (HTTP API) or the in-test one. */
export interface OciTarget {
  putBlob(name: string, blob: Content): Promise<void>;
  putManifest(name: string, reference: string, manifest: Content): Promise<void>;
}

/**
 * Pushes an image `name:v1` with: a CycloneDX SBOM referrer (subject = the image) listed in the
 * `sha256-<hex>` tag index, a cosign `.att` tag with an SPDX attestation, a provenance attestation and an
 * attestation about another image (both to be skipped), and a cosign `.sbom` tag repeating the CycloneDX
 * document (to be found once). Returns the image and the documents.
 */
export async function pushAttachedSboms(
  target: OciTarget,
  name: string,
  o: { tagIndex: boolean },
): Promise<{ image: Content; referrer: Content }> {
  const layer = content('layer-bytes', 'application/vnd.oci.image.layer.v1.tar+gzip');
  const image = imageManifest(IMAGE_CONFIG, [layer]);
  const cdx = content(CYCLONEDX, 'application/vnd.cyclonedx+json');
  const referrer = imageManifest(EMPTY_CONFIG, [cdx], {
    subject: image,
    artifactType: 'application/vnd.cyclonedx+json',
  });
  const spdx = dsseAttestation(image.digest, 'https://spdx.dev/Document/v2.3', SPDX);
  const provenance = dsseAttestation(image.digest, 'https://slsa.dev/provenance/v1', { buildDefinition: {} });
  const other = dsseAttestation(`sha256:${'0'.repeat(64)}`, 'https://cyclonedx.org/bom', CYCLONEDX);
  const att = imageManifest(IMAGE_CONFIG, [spdx, provenance, other]);
  const sbomTag = imageManifest(IMAGE_CONFIG, [cdx]);
  for (const blob of [layer, IMAGE_CONFIG, EMPTY_CONFIG, cdx, spdx, provenance, other])
    await target.putBlob(name, blob);
  await target.putManifest(name, 'v1', image);
  await target.putManifest(name, referrer.digest, referrer);
  const tag = `sha256-${image.digest.slice(7)}`;
  if (o.tagIndex) await target.putManifest(name, tag, imageIndex([referrer]));
  await target.putManifest(name, `${tag}.att`, att);
  await target.putManifest(name, `${tag}.sbom`, sbomTag);
  return { image, referrer };
}
