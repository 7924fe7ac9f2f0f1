import { isDigest } from '../../core/artifact/image-reference.js';
import { InputError } from '../../core/input/index.js';
import { type Descriptor, MANIFEST_ACCEPT, MEDIA } from './oci-media-types.js';
import { type RegistryClient, sha256Digest } from './registry-client.js';
import type { RegistryEndpoint } from './registry-endpoint.js';

/** Manifests are small; the distribution spec lets registries refuse more than 4 MiB. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

export interface Manifest {
  readonly digest: string;
  readonly mediaType: string;
  readonly artifactType?: string;
  readonly config?: Descriptor;
  readonly layers: readonly Descriptor[];
  /** An index's entries. */
  readonly manifests: readonly Descriptor[];
}

/** Reads manifests, referrers and blobs of one repository, checking every digest it is given. */
export function ociContent(client: RegistryClient, ep: RegistryEndpoint) {
  /** The digest a tag points to now. @throws InputError when the registry does not know the tag. */
  async function resolveTag(tag: string): Promise<string> {
    const head = await client.get(ep, `/v2/${ep.name}/manifests/${tag}`, {
      method: 'HEAD',
      accept: MANIFEST_ACCEPT,
      maxBytes: 0,
    });
    const header = head.headers.get('docker-content-digest') ?? '';
    if (head.status === 200 && isDigest(header)) return header;
    const manifest = await fetchManifest(tag);
    if (!manifest) {
      throw new InputError([
        {
          code: 'TAG_NOT_FOUND',
          path: 'image',
          message: `${ep.registry}/${ep.name}:${tag} is not in the registry; expected an existing tag, or give the digest`,
        },
      ]);
    }
    return manifest.digest;
  }

  /** A manifest or index by tag or digest; undefined when the registry has none. */
  async function fetchManifest(reference: string): Promise<Manifest | undefined> {
    const r = await client.get(ep, `/v2/${ep.name}/manifests/${reference}`, {
      accept: MANIFEST_ACCEPT,
      maxBytes: MAX_MANIFEST_BYTES,
    });
    if (r.status === 404) return undefined;
    if (r.status !== 200)
      throw new Error(`registry ${ep.registry}: manifest ${ep.name}:${reference} answered ${r.status}`);
    const digest = sha256Digest(r.bytes);
    if (isDigest(reference) && digest !== reference) {
      throw new Error(`registry ${ep.registry} sent manifest ${digest} when asked for ${reference}`);
    }
    const json = parseJson(r.bytes, `manifest ${reference}`, ep.registry) as Partial<Manifest> & {
      mediaType?: string;
    };
    return {
      digest,
      mediaType: json.mediaType ?? r.headers.get('content-type') ?? MEDIA.ociManifest,
      ...(json.artifactType ? { artifactType: json.artifactType } : {}),
      ...(json.config ? { config: json.config } : {}),
      layers: Array.isArray(json.layers) ? json.layers : [],
      manifests: Array.isArray(json.manifests) ? json.manifests : [],
    };
  }

  /**
   * The referrers of a digest through the OCI referrers API (distribution-spec 1.1); undefined when the
   * registry does not offer the API (it answers 404), so the caller falls back to the tag schema.
   */
  async function fetchReferrers(digest: string): Promise<Descriptor[] | undefined> {
    const r = await client.get(ep, `/v2/${ep.name}/referrers/${digest}`, {
      accept: MEDIA.ociIndex,
      maxBytes: MAX_MANIFEST_BYTES,
    });
    if (r.status !== 200) return undefined;
    const index = parseJson(r.bytes, `referrers of ${digest}`, ep.registry) as { manifests?: Descriptor[] };
    return Array.isArray(index.manifests) ? index.manifests : [];
  }

  /** A blob, its digest checked. */
  async function fetchBlob(descriptor: Descriptor, maxBytes: number): Promise<Uint8Array> {
    if (!isDigest(descriptor.digest))
      throw new Error(`registry ${ep.registry}: ${descriptor.digest} is not a sha256 digest`);
    const r = await client.get(ep, `/v2/${ep.name}/blobs/${descriptor.digest}`, { maxBytes });
    if (r.status !== 200)
      throw new Error(`registry ${ep.registry}: blob ${descriptor.digest} answered ${r.status}`);
    if (sha256Digest(r.bytes) !== descriptor.digest)
      throw new Error(`registry ${ep.registry}: blob ${descriptor.digest} does not match its digest`);
    return r.bytes;
  }

  return { resolveTag, fetchManifest, fetchReferrers, fetchBlob };
}

export type OciContent = ReturnType<typeof ociContent>;

function parseJson(bytes: Uint8Array, what: string, registry: string): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    // not JSON.parse's message: it quotes the remote's bytes
    throw new Error(`registry ${registry} sent ${what} that is not JSON (${(error as Error).name})`);
  }
}
