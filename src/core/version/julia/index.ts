import { createSemverScheme } from '../semver/index.js';

/**
 * Julia `VersionNumber` order (Base `isless`): SemVer numbers and pre-release, then build metadata, where
 * no build sorts before any build. OSV Julia ranges are `SEMVER` typed and use `semver`; this scheme serves
 * `ECOSYSTEM` ranges and `versions` lists.
 * @example julia.compare('1.2.3', '1.2.3+1') // -1
 */
export const julia = createSemverScheme('julia', 'Julia', true);
