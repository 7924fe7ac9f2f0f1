import { parseImageReference } from '../../core/artifact/image-reference.js';
import { InputError, type InputIssue, isInputError } from '../../core/input/index.js';
import type { RegistrySbomSource, SbomSink } from './ports.js';

export interface RegistrySbomResult {
  readonly via: string;
  readonly fileName: string;
  readonly sbomId?: number;
  readonly status: 'new' | 'unchanged' | 'history' | 'refused';
  readonly issues?: readonly InputIssue[];
}

export interface RegistrySbomsOutcome {
  readonly image: string;
  readonly digest: string;
  readonly referrersApi: boolean;
  readonly results: readonly RegistrySbomResult[];
  readonly skipped: readonly string[];
}

/**
 * Finds the SBOMs attached to an image in its registry and ingests each against the image's digest (one
 * transaction per document). Everything is downloaded before anything is stored: a registry that fails
 * midway leaves the twin unchanged. A bad document is reported in its result; the others are stored.
 * @throws InputError for a bad reference or an image the registry does not have; Error when it fails.
 */
export async function ingestRegistrySboms(
  deps: { readonly registry: RegistrySbomSource; readonly sboms: SbomSink },
  imageRef: string,
): Promise<RegistrySbomsOutcome> {
  const image = parseImageReference(imageRef, 'image');
  if (!image.ok) throw new InputError(image.issues);
  const found = await deps.registry.discover(image.value);
  const results: RegistrySbomResult[] = [];
  for (const sbom of found.sboms) {
    try {
      const stored = await deps.sboms.ingest({
        bytes: sbom.bytes,
        fileName: sbom.fileName,
        artifact: `${image.value.repository}@${found.digest}`,
        source: `registry ${image.value.repository}@${found.digest} (${sbom.via})`,
      });
      results.push({ via: sbom.via, fileName: sbom.fileName, sbomId: stored.sbomId, status: stored.status });
    } catch (error) {
      if (!isInputError(error)) throw error;
      results.push({ via: sbom.via, fileName: sbom.fileName, status: 'refused', issues: error.issues });
    }
  }
  return {
    image: image.value.repository,
    digest: found.digest,
    referrersApi: found.referrersApi,
    results,
    skipped: found.skipped,
  };
}
