// purl type → OSV ecosystem, for the types whose ecosystem does not depend on the namespace.
const BY_TYPE: Readonly<Record<string, string>> = {
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
  swift: 'SwiftURL',
  bitnami: 'Bitnami',
  conan: 'ConanCenter',
  julia: 'Julia',
  github: 'GitHub Actions',
};

// Distribution packages: the purl namespace names the vendor.
const BY_VENDOR: Readonly<Record<string, string>> = {
  'deb/debian': 'Debian',
  'deb/ubuntu': 'Ubuntu',
  'apk/alpine': 'Alpine',
  'apk/wolfi': 'Wolfi',
  'apk/chainguard': 'Chainguard',
  'rpm/almalinux': 'AlmaLinux',
  'rpm/rocky-linux': 'Rocky Linux',
  'rpm/rocky': 'Rocky Linux',
  'rpm/redhat': 'Red Hat',
  'rpm/opensuse': 'openSUSE',
  'rpm/suse': 'SUSE',
  'rpm/mageia': 'Mageia',
  'rpm/openeuler': 'openEuler',
};

/** The OSV ecosystem whose all.zip covers packages of a purl type (and vendor namespace), if any. */
export function osvEcosystemOfPackageType(type: string, namespace: string): string | undefined {
  return BY_TYPE[type.toLowerCase()] ?? BY_VENDOR[`${type.toLowerCase()}/${namespace.toLowerCase()}`];
}
