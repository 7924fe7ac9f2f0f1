export { type AffectsComponent, type AffectsOptions, affects } from './affects.js';
export {
  type CompiledAffected,
  type CompileOptions,
  compileAffected,
  compileRanges,
} from './compile-affected.js';
export { ComponentVersion } from './component-version.js';
export { decidedWithoutGit } from './decided-without-git.js';
export { normalizeRelease, releaseMatches } from './distro-release.js';
export type { GitHistory } from './git-range.js';
export type { CompiledRange } from './ordered-range.js';
export { type OsvEcosystem, parseOsvEcosystem } from './osv-ecosystem.js';
export { type EventKind, type RangeEvent, readEvents } from './osv-events.js';
export { packageNameKey } from './package-name.js';
export { distroReleaseOf, ecosystemForPurl, type PurlEcosystem, type PurlLike } from './purl-ecosystem.js';
export type { RangeAnswer, Verdict } from './verdict.js';
