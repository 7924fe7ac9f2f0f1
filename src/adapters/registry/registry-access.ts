import type { RegistrySbomSource, TagResolver } from '../../app/evidence/index.js';
import type { ImageReference } from '../../core/artifact/image-reference.js';
import { InputError } from '../../core/input/index.js';
import { findAttachedSboms } from './find-attached-sboms.js';
import { ociContent } from './oci-content.js';
import { SBOM_EXTENSIONS } from './oci-media-types.js';
import { createRegistryClient } from './registry-client.js';
import type { CredentialLookup } from './registry-credentials.js';
import { registryEndpoint } from './registry-endpoint.js';

export interface RegistryAccessOptions {
  readonly credentials: CredentialLookup;
  readonly timeoutMs?: number;
  /** Plain HTTP for every registry (loopback registries always use it). */
  readonly plainHttp?: boolean;
  /** The largest SBOM blob read (default 256 MiB). */
  readonly maxBlobBytes?: number;
}

/**
 * OCI registries as the evidence use cases see them: tag resolution for deploy events, and attached-SBOM
 * discovery for `registry sbom`. Anonymous, Basic and Bearer-token authentication (see registry-client).
 */
export function createRegistryAccess(opts: RegistryAccessOptions): {
  tags: TagResolver;
  sboms: RegistrySbomSource;
} {
  const client = createRegistryClient({
    credentials: opts.credentials,
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
  });
  const contentOf = (image: ImageReference) =>
    ociContent(client, registryEndpoint(image.repository, { plainHttp: opts.plainHttp === true }));
  const digestOf = async (image: ImageReference) =>
    image.digest ?? contentOf(image).resolveTag(image.tag ?? 'latest');
  return {
    tags: { resolveDigest: (image) => digestOf(image) },
    sboms: {
      async discover(image) {
        const digest = await digestOf(image);
        const content = contentOf(image);
        if (!(await content.fetchManifest(digest))) {
          throw new InputError([
            {
              code: 'IMAGE_NOT_FOUND',
              path: 'image',
              message: `${image.repository}@${digest} is not in the registry; expected an image it holds`,
            },
          ]);
        }
        const found = await findAttachedSboms(content, digest, opts.maxBlobBytes ?? 256 * 1024 * 1024);
        return {
          digest,
          referrersApi: found.referrersApi,
          skipped: found.skipped,
          sboms: found.sboms.map((s) => ({
            bytes: s.bytes,
            via: s.via,
            fileName: `${s.manifest.replace(':', '-').slice(0, 19)}${SBOM_EXTENSIONS[s.kind]}`,
          })),
        };
      },
    },
  };
}
