import { fail, ok, type ParseResult, quoteValue } from '../input/index.js';
import type { Purl } from '../purl/purl.js';

/** A digest as Vigil keys artifacts: `sha256:` and 64 lower-case hex digits. */
export const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;

export const isDigest = (value: string): boolean => DIGEST_PATTERN.test(value);

/** An image reference split into repository, tag and digest (`registry/repo:tag@sha256:…`). */
export interface ImageReference {
  /** With the registry, e.g. `docker.io/library/nginx`, `ghcr.io/acme/api`. */
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

/**
 * Parses an image reference the way container runtimes do: a first segment with a `.` or `:` or equal
 * to `localhost` is a registry, otherwise `docker.io` (and `library/` for single names).
 * @example parseImageReference('nginx:1.25') // { repository: 'docker.io/library/nginx', tag: '1.25' }
 */
export function parseImageReference(text: string, path = 'image'): ParseResult<ImageReference> {
  const value = text.trim();
  const expected = 'expected [registry/]repository[:tag][@sha256:<64 hex>]';
  if (!value || /\s/.test(value))
    return fail({
      code: 'IMAGE_REF_INVALID',
      path,
      message: `${quoteValue(text)} is not an image reference; ${expected}`,
    });
  let rest = value;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest)) {
      return fail({
        code: 'DIGEST_INVALID',
        path,
        message: `${quoteValue(digest)} is not a digest; expected sha256: followed by 64 lower-case hex digits`,
      });
    }
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!/^[\w][\w.-]{0,127}$/.test(tag)) {
      return fail({
        code: 'IMAGE_REF_INVALID',
        path,
        message: `${quoteValue(tag)} is not a valid tag; ${expected}`,
      });
    }
  }
  if (!rest || !/^[a-z0-9]+([._-]+[a-z0-9]+)*(:\d+)?(\/[a-z0-9]+([._/-]+[a-z0-9]+)*)*$/i.test(rest)) {
    return fail({
      code: 'IMAGE_REF_INVALID',
      path,
      message: `${quoteValue(text)} is not an image reference; ${expected}`,
    });
  }
  const parts = rest.split('/');
  const first = parts[0] ?? '';
  const hasRegistry =
    parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  let repository: string;
  if (hasRegistry) repository = rest;
  else if (parts.length === 1) repository = `docker.io/library/${rest}`;
  else repository = `docker.io/${rest}`;
  const host = repository.split('/')[0] ?? '';
  repository = `${host.toLowerCase()}${repository.slice(host.length)}`;
  if (!tag && !digest) tag = 'latest';
  return ok({ repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) });
}

/** Formats a reference back: `repository[:tag][@digest]`. */
export function formatImageReference(ref: ImageReference): string {
  return `${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/**
 * The purl of an image (purl-spec `oci`): the name is the repository's last segment, lower case; the version the
 * digest; `repository_url` the repository with its registry (and port: `localhost:5000/app`) when known.
 * @example ociPurl('ghcr.io/acme/api', 'sha256:…') // { type: 'oci', name: 'api', version: 'sha256:…', qualifiers: { repository_url: 'ghcr.io/acme/api' } … }
 */
export function ociPurl(repository: string, digest: string): Purl {
  return {
    type: 'oci',
    namespace: '',
    name: (repository.split('/').at(-1) ?? repository).toLowerCase(),
    version: digest,
    qualifiers: repository.includes('/') || repository.includes('.') ? { repository_url: repository } : {},
    subpath: '',
  };
}
