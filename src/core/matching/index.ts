export {
  type AdvisoryMatch,
  type CompiledAdvisory,
  compileAdvisory,
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
export { type OsvPackage, osvPackageOf, type PackageVersionRef } from './osv-package.js';
