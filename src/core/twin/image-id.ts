import { isDigest } from '../artifact/image-reference.js';

/** What a container status's `imageID` says about the artifact that ran. */
export type ImageIdEvidence =
  | { readonly kind: 'digest'; readonly digest: string; readonly repository?: string }
  | { readonly kind: 'image-id'; readonly id: string }
  | { readonly kind: 'none' };

/**
 * Reads a Kubernetes `status.containerStatuses[].imageID`. Runtimes write it as
 * `docker-pullable://nginx@sha256:…`, `docker.io/library/nginx@sha256:…` or `sha256:…`; only a name with
 * `@sha256:` is the registry (manifest) digest that SBOMs and registries use. A bare `sha256:…` is the
 * local image id (the config digest), which no registry or SBOM names, so it is kept apart.
 * @example readImageId('docker-pullable://nginx@sha256:48…') // { kind: 'digest', digest: 'sha256:48…', repository: 'nginx' }
 */
export function readImageId(imageId: string | undefined): ImageIdEvidence {
  if (!imageId) return { kind: 'none' };
  const text = imageId.replace(/^[a-z-]+:\/\//, '');
  const at = text.lastIndexOf('@');
  if (at > 0) {
    const digest = text.slice(at + 1);
    if (isDigest(digest)) return { kind: 'digest', digest, repository: text.slice(0, at) };
    return { kind: 'none' };
  }
  return isDigest(text) ? { kind: 'image-id', id: text } : { kind: 'none' };
}
