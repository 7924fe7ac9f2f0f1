export {
  type AdvisoryMatch,
  type CompiledAdvisory,
  compileAdvisory,
  indexCompiled,
  matchAdvisory,
  packageIndexKey,
} from './compiled-advisory.js';
export {
  type AdvisoryLookup,
  type Finding,
  matchOsvPackage,
  matchPackageVersion,
  type PackageVersionMatch,
} from './match-package-version.js';
export {
  type OsvPackage,
  osvPackageOf,
  type PackageVersionRef,
  packageVersionRefOf,
} from './osv-package.js';
