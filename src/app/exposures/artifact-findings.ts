import { formatPurl } from '../../core/purl/index.js';
import { packagePurl } from './list-exposures.js';
import type { ExposureRepository } from './ports.js';

/** A finding of one component of an artifact: what the SBOM holds, whether or not it runs anywhere. */
export interface ArtifactFinding {
  readonly vulnerability: string;
  readonly advisory: string;
  readonly summary: string;
  /** affected: inside a range or listed; unknown: could not be evaluated (the reason says why), never guessed. */
  readonly status: 'affected' | 'unknown';
  readonly reason: string;
  readonly fixedVersion: string | null;
  /** Canonical purl of the package version. */
  readonly purl: string;
}

/**
 * The findings of an artifact's current SBOM, by vulnerability then advisory then purl. Undefined when no artifact
 * has the digest; an artifact without findings gives an empty list.
 */
export async function artifactFindings(
  repo: ExposureRepository,
  known: (digest: string) => Promise<boolean>,
  digest: string,
): Promise<ArtifactFinding[] | undefined> {
  if (!(await known(digest))) return undefined;
  return (await repo.artifactFindings(digest)).map((r) => ({
    vulnerability: r.vulnerabilityId,
    advisory: r.advisoryId,
    summary: r.summary,
    status: r.status,
    reason: r.reason,
    fixedVersion: r.fixedVersion,
    purl: formatPurl(packagePurl(r.package)),
  }));
}
