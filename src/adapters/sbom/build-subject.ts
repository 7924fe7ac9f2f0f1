import { isDigest, parseImageReference } from '../../core/artifact/image-reference.js';
import { formatPurl, type Purl, parsePurl } from '../../core/purl/index.js';
import type { SbomHash, SbomSubject } from '../../core/sbom/sbom-document.js';

/** What a document says about the thing it describes, whatever its format. */
export interface SubjectEvidence {
  readonly ref?: string | undefined;
  readonly name?: string | undefined;
  readonly version?: string | undefined;
  readonly purlText?: string | undefined;
  readonly hashes: readonly SbomHash[];
  /** A container image (CycloneDX type `container`, SPDX purpose `CONTAINER`): its name is an image reference. */
  readonly isContainer: boolean;
  /** Tool properties, e.g. Trivy's `aquasecurity:trivy:RepoDigest` = `alpine@sha256:…`. */
  readonly properties?: readonly { readonly name: string; readonly value?: string | undefined }[] | undefined;
}

const IMAGE_PURL_TYPES = new Set(['oci', 'docker']);

/**
 * The subject of an SBOM and, when the document names one, its digest. In order: a `pkg:oci` (or docker)
 * purl whose version is the digest; Trivy's RepoDigest property; a name `repo@sha256:…`; a version that is a
 * digest (Syft puts the image's manifest digest there); the subject's SHA-256 hash. Repository and tag come
 * from the purl's `repository_url` / `tag` qualifiers, Trivy's RepoTags, or the image name of a container.
 */
export function buildSubject(e: SubjectEvidence): SbomSubject {
  const parsed = e.purlText ? parsePurl(e.purlText) : undefined;
  const purl = parsed?.ok ? parsed.value : undefined;
  const imagePurl = purl && IMAGE_PURL_TYPES.has(purl.type) ? purl : undefined;
  const property = (name: string) => e.properties?.find((p) => p.name === name)?.value?.trim();
  const repoDigest = image(property('aquasecurity:trivy:RepoDigest'));
  const repoTag = image(property('aquasecurity:trivy:RepoTag'));
  const named = e.isContainer || imagePurl ? image(e.name) : undefined;
  const sha256 = e.hashes.find((h) => h.alg === 'sha-256')?.value;
  const digest = [
    imagePurl?.version,
    repoDigest?.digest,
    named?.digest,
    e.version,
    sha256 && `sha256:${sha256}`,
  ]
    .map((d) => d?.toLowerCase())
    .find((d): d is string => d !== undefined && isDigest(d));
  const repository =
    fromPurl(imagePurl, 'repository_url') ??
    repoDigest?.repository ??
    repoTag?.repository ??
    named?.repository;
  const tag = imagePurl?.qualifiers.tag ?? repoTag?.tag ?? named?.tag;
  return {
    ...(digest ? { digest } : {}),
    ...(e.name ? { name: e.name } : {}),
    ...(e.version ? { version: e.version } : {}),
    ...(purl ? { purl: formatPurl(purl) } : e.purlText ? { purl: e.purlText } : {}),
    ...(repository ? { repository } : {}),
    ...(tag ? { tag } : {}),
    ...(e.ref ? { ref: e.ref } : {}),
  };
}

function fromPurl(purl: Purl | undefined, qualifier: string): string | undefined {
  const url = purl?.qualifiers[qualifier];
  if (!url) return undefined;
  // `index.docker.io/library/alpine`, sometimes with a scheme
  const ref = image(url.replace(/^[a-z]+:\/\//i, ''));
  return ref?.repository;
}

/** An image reference, keeping a tag only when written (parseImageReference assumes `latest`). */
function image(text: string | undefined): { repository: string; tag?: string; digest?: string } | undefined {
  if (!text || text.startsWith('sha256:')) return undefined;
  const parsed = parseImageReference(text);
  if (!parsed.ok) return undefined;
  const withoutDigest = text.split('@')[0] ?? '';
  const written = withoutDigest.lastIndexOf(':') > withoutDigest.lastIndexOf('/');
  const { repository, tag, digest } = parsed.value;
  return { repository, ...(written && tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
