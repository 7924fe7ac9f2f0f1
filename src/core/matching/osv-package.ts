import { ecosystemForPurl, packageNameKey } from '../osv-range/index.js';
import type { Purl } from '../purl/index.js';

/** A stored package version, by its purl parts: what the matcher is given. */
export interface PackageVersionRef {
  readonly type: string;
  readonly namespace: string;
  readonly name: string;
  readonly version: string;
  /** The `distro` qualifier, '' when none. */
  readonly distro: string;
  /** The source package (`upstream` qualifier) as `name[@version]`, '' when none. */
  readonly source: string;
}

/** The package as OSV names it: base ecosystem, the name keys to look up, the version to compare. */
export interface OsvPackage {
  readonly ecosystem: string;
  /** Index keys (`packageNameKey`) to look advisories up by: the source package first, then the binary one. */
  readonly keys: readonly string[];
  /** The name as OSV writes it (Maven `group:artifact`, Go module path, npm `@scope/name`). */
  readonly name: string;
  readonly version: string;
  readonly release?: string;
}

// Types whose OSV name leaves the purl namespace out (a distribution's vendor, Hex's organisation).
const NAME_ONLY = new Set(['deb', 'apk', 'rpm', 'alpm', 'hex']);
const DISTRO_TYPES = new Set(['deb', 'apk', 'rpm']);

/**
 * How OSV names a package version: its ecosystem, name and version, and the distro release. Distro
 * advisories (Debian, Alpine, Red Hat…) name source packages, so the `upstream` source is looked up first,
 * with its own version when it has one.
 * @returns the reason instead when no OSV ecosystem covers the purl type, or there is no version.
 */
export function osvPackageOf(pv: PackageVersionRef): OsvPackage | { readonly unknown: string } {
  const found = ecosystemForPurl({
    type: pv.type,
    namespace: pv.namespace,
    qualifiers: pv.distro ? { distro: pv.distro } : {},
  });
  const what = `pkg:${pv.type}${pv.namespace ? `/${pv.namespace}` : ''}`;
  if (!found) return { unknown: `${what} has no OSV ecosystem Vigil knows` };
  if (!pv.version) return { unknown: `${what}/${pv.name} has no version` };
  const name =
    pv.type === 'maven'
      ? `${pv.namespace}:${pv.name}`
      : pv.namespace && !NAME_ONLY.has(pv.type)
        ? `${pv.namespace}/${pv.name}`
        : pv.name;
  const keys = [packageNameKey(found.ecosystem, name)];
  let version = pv.version;
  if (pv.source && DISTRO_TYPES.has(pv.type)) {
    const at = pv.source.indexOf('@');
    const sourceName = at < 0 ? pv.source : pv.source.slice(0, at);
    const sourceKey = packageNameKey(found.ecosystem, sourceName);
    if (sourceKey && sourceKey !== keys[0]) keys.unshift(sourceKey);
    if (at >= 0 && pv.source.slice(at + 1)) version = pv.source.slice(at + 1);
  }
  return {
    ecosystem: found.ecosystem,
    keys,
    name,
    version,
    ...(found.release ? { release: found.release } : {}),
  };
}

/** The package version a purl names, as the store keeps it: the `distro` and `upstream` qualifiers, '' if absent. */
export function packageVersionRefOf(purl: Purl): PackageVersionRef {
  return {
    type: purl.type,
    namespace: purl.namespace,
    name: purl.name,
    version: purl.version,
    distro: purl.qualifiers.distro ?? '',
    source: purl.qualifiers.upstream ?? '',
  };
}
