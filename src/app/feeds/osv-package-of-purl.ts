import { inputError } from '../../core/input/index.js';
import { osvPackageOf, packageVersionRefOf } from '../../core/matching/index.js';
import type { Purl } from '../../core/purl/index.js';

/** A package version as OSV names it. */
export interface OsvPackageVersion {
  /** OSV ecosystem (base). */
  readonly ecosystem: string;
  /** The name as OSV writes it (Maven `group:artifact`, Go module path, npm `@scope/name`). */
  readonly name: string;
  /** The index key advisories are looked up by: the source package's for distro packages with `upstream`. */
  readonly key: string;
  readonly version: string;
  /** The distro release from the `distro` qualifier, for deb/apk/rpm. */
  readonly release?: string;
}

/**
 * The OSV ecosystem, name and version of a (parsed) package URL, named as the exposures engine names stored
 * package versions (`osvPackageOf`), so that `advisory query` and `exposures` agree.
 * @throws InputError `PURL_ECOSYSTEM` when no OSV ecosystem covers its type, `PURL_VERSION` when it has no version.
 */
export function osvPackageOfPurl(purl: Purl, path = 'purl'): OsvPackageVersion {
  const pkg = osvPackageOf(packageVersionRefOf(purl));
  if ('unknown' in pkg) {
    const noVersion = purl.version === '';
    throw inputError(
      noVersion ? 'PURL_VERSION' : 'PURL_ECOSYSTEM',
      path,
      noVersion
        ? `pkg:${purl.type}/${purl.name} has no version; expected …@<version>`
        : `${pkg.unknown}; expected a language package type (npm, pypi, maven…) or deb/debian, deb/ubuntu, apk/alpine, rpm/<vendor>`,
    );
  }
  return {
    ecosystem: pkg.ecosystem,
    name: pkg.name,
    key: pkg.keys[0] ?? pkg.name,
    version: pkg.version,
    ...(pkg.release ? { release: pkg.release } : {}),
  };
}
