import { normalizeRelease } from './distro-release.js';

/** The parts of a package URL that decide its OSV ecosystem (a `Purl` from core/purl fits). */
export interface PurlLike {
  readonly type: string;
  readonly namespace?: string;
  readonly qualifiers?: Readonly<Record<string, string>>;
}

/** An OSV ecosystem for a package, and the distro release when the package comes from a distro. */
export interface PurlEcosystem {
  readonly ecosystem: string;
  readonly release?: string;
}

// purl type → OSV ecosystem, for types whose namespace does not matter.
const BY_TYPE: Record<string, string> = {
  npm: 'npm',
  pypi: 'PyPI',
  maven: 'Maven',
  golang: 'Go',
  cargo: 'crates.io',
  gem: 'RubyGems',
  nuget: 'NuGet',
  composer: 'Packagist',
  hex: 'Hex',
  pub: 'Pub',
  cran: 'CRAN',
  hackage: 'Hackage',
  julia: 'Julia',
  swift: 'SwiftURL',
  bitnami: 'Bitnami',
};

// Distro purls: namespace → OSV ecosystem.
const DEB: Record<string, string> = { debian: 'Debian', ubuntu: 'Ubuntu' };
const APK: Record<string, string> = { alpine: 'Alpine' };
const RPM: Record<string, string> = {
  redhat: 'Red Hat',
  rhel: 'Red Hat',
  almalinux: 'AlmaLinux',
  rocky: 'Rocky Linux',
  'rocky-linux': 'Rocky Linux',
  rockylinux: 'Rocky Linux',
  suse: 'SUSE',
  sles: 'SUSE',
  opensuse: 'openSUSE',
  mageia: 'Mageia',
};

/**
 * The OSV ecosystem of a package URL, with the distro release read from the `distro` qualifier
 * (`debian-12`, `bookworm`, `alpine-3.18.4`, `rhel-9.3`…); undefined for a type or distro without one.
 * @example ecosystemForPurl({ type: 'deb', namespace: 'debian', qualifiers: { distro: 'debian-12' } })
 *   // { ecosystem: 'Debian', release: '12' }
 */
export function ecosystemForPurl(purl: PurlLike): PurlEcosystem | undefined {
  const type = purl.type.toLowerCase();
  const byType = BY_TYPE[type];
  if (byType) return { ecosystem: byType };
  const namespace = (purl.namespace ?? '').toLowerCase();
  const table = type === 'deb' ? DEB : type === 'apk' ? APK : type === 'rpm' ? RPM : undefined;
  const ecosystem = table?.[namespace];
  if (!ecosystem) return undefined;
  const release = distroReleaseOf(ecosystem, purl.qualifiers?.distro);
  return release === undefined ? { ecosystem } : { ecosystem, release };
}

/**
 * The OSV release of a distro package from its `distro` qualifier (or any release text), or undefined.
 * @example distroReleaseOf('Alpine', 'alpine-3.18.4') // 'v3.18'
 */
export function distroReleaseOf(ecosystem: string, distro: string | undefined): string | undefined {
  return distro === undefined ? undefined : normalizeRelease(ecosystem, distro);
}
