import { createHash } from 'node:crypto';
import { type ImageReference, parseImageReference } from '../../core/artifact/image-reference.js';
import { InputError, inputError, locateIssues } from '../../core/input/index.js';
import type { SbomDocument } from '../../core/sbom/sbom-document.js';
import type { ArtifactTarget, SbomParser, SbomRepository, StoreSbomResult } from './ports.js';

export interface IngestSbomInput {
  readonly document: SbomDocument;
  /** sha256 hex of the document's bytes: the same bytes twice are one SBOM. */
  readonly documentSha256: string;
  /** `--artifact`: wins over what the document says. */
  readonly artifact?: ImageReference;
  /** Where it came from: a file name, a registry reference. */
  readonly source: string;
}

export interface IngestSbomResult extends StoreSbomResult {
  readonly artifact: ArtifactTarget;
  readonly components: number;
  readonly withoutPurl: number;
}

export interface IngestSbomBytesInput {
  readonly bytes: Uint8Array;
  /** Names the document in messages and in the stored `source`. */
  readonly fileName: string;
  /** `registry/repo[:tag]@sha256:…`: the artifact the SBOM describes, overriding the document. */
  readonly artifact?: string;
  readonly source?: string;
  readonly maxBytes?: number;
}

/** What SBOM ingestion reaches: the store and the parsers. */
export interface IngestSbomDeps {
  readonly repo: SbomRepository;
  readonly parse: SbomParser;
}

/**
 * Parses, validates and stores one SBOM document in one transaction.
 * @throws InputError (naming the file, the field and what was expected; the field `artifact` for a bad
 * artifact reference) when the document or the reference is bad; nothing is stored then.
 */
export async function ingestSbomBytes(
  deps: IngestSbomDeps,
  input: IngestSbomBytesInput,
): Promise<IngestSbomResult> {
  let artifact: ImageReference | undefined;
  if (input.artifact !== undefined) {
    const parsed = parseImageReference(input.artifact, 'artifact');
    if (!parsed.ok) throw new InputError(parsed.issues);
    if (!parsed.value.digest)
      throw inputError(
        'DIGEST_MISSING',
        'artifact',
        `"${input.artifact}" names no digest; expected registry/repository@sha256:<64 hex>`,
      );
    artifact = parsed.value;
  }
  const parsed = deps.parse(input.bytes, {
    fileName: input.fileName,
    ...(input.maxBytes !== undefined ? { maxBytes: input.maxBytes } : {}),
  });
  if (!parsed.ok) throw new InputError(locateIssues(input.fileName, parsed.issues));
  return ingestSbom(deps.repo, {
    document: parsed.value,
    documentSha256: createHash('sha256').update(input.bytes).digest('hex'),
    ...(artifact ? { artifact } : {}),
    source: input.source ?? input.fileName,
  });
}

/**
 * Stores a parsed SBOM against its artifact in one transaction. The artifact is the one given, else the
 * digest the document names, else a stable id derived from what the document describes (marked derived).
 */
export async function ingestSbom(repo: SbomRepository, input: IngestSbomInput): Promise<IngestSbomResult> {
  const artifact = resolveArtifact(input);
  const result = await repo.storeSbom({
    document: input.document,
    documentSha256: input.documentSha256,
    artifact,
    source: input.source,
  });
  const withoutPurl = input.document.components.filter((c) => !c.purl).length;
  return { ...result, artifact, components: input.document.components.length, withoutPurl };
}

/** Decides which artifact an SBOM belongs to (see the function above). */
export function resolveArtifact(
  input: Pick<IngestSbomInput, 'document' | 'documentSha256' | 'artifact'>,
): ArtifactTarget {
  const { subject } = input.document;
  const name = subject.name ?? input.document.name ?? '';
  const given = input.artifact;
  if (given?.digest) {
    return {
      digest: given.digest,
      derived: false,
      name: given.repository,
      repository: given.repository,
      ...(given.tag ? { tag: given.tag } : {}),
    };
  }
  const repository = given?.repository ?? subject.repository;
  const tag = given?.tag ?? subject.tag;
  const alias = { ...(repository ? { repository } : {}), ...(tag ? { tag } : {}) };
  if (subject.digest) return { digest: subject.digest, derived: false, name: repository ?? name, ...alias };
  // No digest anywhere: key the SBOM by what it describes, so that a newer SBOM of the same thing
  // replaces the older one; a document that describes nothing is its own artifact.
  const identity = subject.purl
    ? `purl:${subject.purl}`
    : repository
      ? `image:${repository}:${tag ?? ''}`
      : name
        ? `name:${input.document.format}:${name}@${subject.version ?? ''}`
        : `document:${input.documentSha256}`;
  const digest = `vigil-derived:sha256:${createHash('sha256').update(identity).digest('hex')}`;
  return { digest, derived: true, name: repository ?? name, ...alias };
}
