import { apk } from './apk/index.js';
import { cran } from './cran/index.js';
import { dpkg } from './dpkg/index.js';
import { go } from './go/index.js';
import { hackage } from './hackage/index.js';
import { julia } from './julia/index.js';
import { maven } from './maven/index.js';
import { nuget } from './nuget/index.js';
import { packagist } from './packagist/index.js';
import { pep440 } from './pep440/index.js';
import { rpm } from './rpm/index.js';
import { rubygems } from './rubygems/index.js';
import { pub, semver } from './semver/index.js';
import type { SchemeId, VersionScheme } from './version-scheme.js';

/** Every version scheme, by id. Adding one = a folder + a line here; schemes.test.ts checks the rest. */
export const SCHEMES: Readonly<Record<SchemeId, VersionScheme>> = {
  semver,
  pub,
  julia,
  go,
  pep440,
  maven,
  rubygems,
  nuget,
  packagist,
  dpkg,
  apk,
  rpm,
  cran,
  hackage,
};

/**
 * OSV ecosystems (the part before any `:` suffix) and the scheme that orders their versions; `null` for
 * ecosystems whose affected versions are GIT commits only and have no order (OSS-Fuzz).
 */
export const ECOSYSTEM_SCHEMES = {
  npm: 'semver',
  'crates.io': 'semver',
  Hex: 'semver',
  Pub: 'pub',
  Go: 'go',
  PyPI: 'pep440',
  Maven: 'maven',
  RubyGems: 'rubygems',
  NuGet: 'nuget',
  Packagist: 'packagist',
  Debian: 'dpkg',
  Ubuntu: 'dpkg',
  Alpine: 'apk',
  'Red Hat': 'rpm',
  AlmaLinux: 'rpm',
  'Rocky Linux': 'rpm',
  SUSE: 'rpm',
  openSUSE: 'rpm',
  Mageia: 'rpm',
  CRAN: 'cran',
  Hackage: 'hackage',
  GHC: 'hackage',
  Julia: 'julia',
  Bitnami: 'semver',
  SwiftURL: 'semver',
  'OSS-Fuzz': null,
} as const satisfies Record<string, SchemeId | null>;

export type KnownEcosystem = keyof typeof ECOSYSTEM_SCHEMES;

/** An ecosystem Vigil knows: its OSV name and its scheme (`null`: no version order, GIT ranges only). */
export interface EcosystemEntry {
  readonly ecosystem: KnownEcosystem;
  readonly scheme: VersionScheme | null;
}

/** `Debian:12` → `Debian`; `Maven:https://…` → `Maven`. */
export function baseOfEcosystem(ecosystem: string): string {
  const colon = ecosystem.indexOf(':');
  return colon < 0 ? ecosystem : ecosystem.slice(0, colon);
}

/**
 * Looks up an OSV ecosystem, with or without its `:release` suffix; undefined when Vigil does not know it.
 * @example lookupEcosystem('Debian:12')?.scheme?.id // 'dpkg'
 */
export function lookupEcosystem(ecosystem: string): EcosystemEntry | undefined {
  const base = baseOfEcosystem(ecosystem);
  if (!Object.hasOwn(ECOSYSTEM_SCHEMES, base)) return undefined;
  const id: SchemeId | null = ECOSYSTEM_SCHEMES[base as KnownEcosystem];
  return { ecosystem: base as KnownEcosystem, scheme: id === null ? null : SCHEMES[id] };
}
