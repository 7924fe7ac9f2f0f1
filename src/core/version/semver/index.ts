import { createSemverScheme } from './semver-scheme.js';

export { identifiersKey, splitIdentifiers } from './identifiers.js';
export { createSemverScheme, parseSemverParts, type SemverParts, semverKey } from './semver-scheme.js';

/**
 * SemVer 2.0 precedence (npm, crates.io, Hex, Bitnami, SwiftURL, and every OSV `SEMVER` range): build
 * metadata is ignored. Lenient syntax: see README.md.
 * @example semver.compare('1.0.0-rc.1', '1.0.0') // -1
 */
export const semver = createSemverScheme('semver', 'SemVer', false);

/** Pub (Dart): SemVer precedence, then build metadata (none < any build, compared like pre-release). */
export const pub = createSemverScheme('pub', 'Pub', true);
