import { inputError } from '../../core/input/index.js';
import { ecosystemForPurl, packageNameKey } from '../../core/osv-range/index.js';
import type { Purl } from '../../core/purl/index.js';

/** A package version as OSV names it. */
export interface OsvPackageVersion {
  /** OSV ecosystem (base). */
  readonly ecosystem: string;
  /** The name as OSV writes it (Maven `group:artifact`, Go module path, npm `@scope/name`). */
  readonly name: string;
  /** The index key of the name (`packageNameKey`). */
  readonly key: string;
  readonly version: string;
  /** The distro release from the `distro` qualifier, for deb/apk/rpm. */
  readonly release?: string;
}

// purl types whose OSV name leaves the namespace out (distros' vendor, Hex's organization).
const NAME_ONLY = new Set(['deb', 'apk', 'rpm', 'alpm', 'hex']);

/**
 * The OSV ecosystem, name and version of a (parsed) package URL.
 * @throws InputError `PURL_ECOSYSTEM` when no OSV ecosystem covers its type, `PURL_VERSION` when it has no version.
 */
export function osvPackageOfPurl(purl: Purl, path = 'purl'): OsvPackageVersion {
  const found = ecosystemForPurl(purl);
  if (!found)
    throw inputError(
      'PURL_ECOSYSTEM',
      path,
      `pkg:${purl.type}${purl.namespace ? `/${purl.namespace}` : ''} has no OSV ecosystem; expected a language package type (npm, pypi, maven…) or deb/debian, deb/ubuntu, apk/alpine, rpm/<vendor>`,
    );
  if (purl.version === '')
    throw inputError(
      'PURL_VERSION',
      path,
      `pkg:${purl.type}/${purl.name} has no version; expected …@<version>`,
    );
  const name =
    purl.type === 'maven'
      ? `${purl.namespace}:${purl.name}`
      : purl.namespace && !NAME_ONLY.has(purl.type)
        ? `${purl.namespace}/${purl.name}`
        : purl.name;
  return {
    ecosystem: found.ecosystem,
    name,
    key: packageNameKey(found.ecosystem, name),
    version: purl.version,
    ...(found.release ? { release: found.release } : {}),
  };
}
