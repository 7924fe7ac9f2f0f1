export { apk } from './apk/index.js';
export { compareVersions, schemeForEcosystem } from './compare-versions.js';
export { cran } from './cran/index.js';
export { dpkg } from './dpkg/index.js';
export { go, isPseudoVersion } from './go/index.js';
export { hackage } from './hackage/index.js';
export { julia } from './julia/index.js';
export { maven } from './maven/index.js';
export { nuget } from './nuget/index.js';
export { packagist } from './packagist/index.js';
export { isPep440, pep440 } from './pep440/index.js';
export { rpm } from './rpm/index.js';
export { rubygems } from './rubygems/index.js';
export {
  baseOfEcosystem,
  ECOSYSTEM_SCHEMES,
  type EcosystemEntry,
  type KnownEcosystem,
  lookupEcosystem,
  SCHEMES,
} from './schemes.js';
export { pub, semver } from './semver/index.js';
export { isVersionError, VERSION_ERROR_CODES, VersionError, type VersionErrorCode } from './version-error.js';
export {
  compareKeys,
  type Ordering,
  SCHEME_IDS,
  type SchemeId,
  type VersionKey,
  type VersionParse,
  type VersionScheme,
} from './version-scheme.js';
