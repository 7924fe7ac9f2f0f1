import { parseSemverParts, semverKey } from '../semver/index.js';
import { defineScheme, invalid, validKey } from '../version-scheme.js';

// golang.org/x/mod/semver: "v1.02.3" is not a version; neither is a pre-release identifier "01".
const LEADING_ZERO = /^0\d/;

/**
 * Go module versions: SemVer precedence with Go's syntax. The `v` prefix is optional (OSV writes `1.2.3`,
 * go.mod writes `v1.2.3`); `v1` and `v1.2` are shorthands for `v1.0.0` and `v1.2.0`; build metadata such as
 * `+incompatible` is ignored; pseudo-versions (`v0.0.0-20191109021931-daa7c04131f5`,
 * `v1.2.4-0.20191109021931-daa7c04131f5`) are pre-releases and so sort below the release they precede.
 * @example go.compare('v1.2.3+incompatible', '1.2.3') // 0
 */
export const go = defineScheme('go', 'Go', (version) => {
  const parts = parseSemverParts(version, true);
  if (typeof parts === 'string') return invalid(parts);
  for (const n of [parts.major, parts.minor, parts.patch])
    if (LEADING_ZERO.test(n)) return invalid(`number ${JSON.stringify(n)} has a leading zero`);
  for (const id of parts.prerelease)
    if (/^\d+$/.test(id) && LEADING_ZERO.test(id))
      return invalid(`pre-release number ${JSON.stringify(id)} has a leading zero`);
  return validKey(semverKey(parts, false));
});

/** True for a Go pseudo-version (a commit, not a tag): `vX.Y.Z-[pre.]yyyymmddhhmmss-abcdefabcdef`. */
export function isPseudoVersion(version: string): boolean {
  return /^v?\d+\.\d+\.\d+-(?:(?:[0-9A-Za-z-]+\.)*0\.)?\d{14}-[0-9a-f]{12}(?:\+[0-9A-Za-z.-]+)?$/.test(
    version,
  );
}
