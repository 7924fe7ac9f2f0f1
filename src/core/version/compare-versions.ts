import { lookupEcosystem } from './schemes.js';
import { VersionError } from './version-error.js';
import { type Ordering, quoteVersion, type VersionScheme } from './version-scheme.js';

/**
 * The scheme that orders an ecosystem's versions (`Debian:12` and `Debian` alike). Throws `VersionError`
 * `ECOSYSTEM_UNKNOWN` for an ecosystem Vigil does not know and `ECOSYSTEM_UNORDERED` for one whose versions
 * have no order (OSS-Fuzz: GIT commits).
 */
export function schemeForEcosystem(ecosystem: string): VersionScheme {
  const entry = lookupEcosystem(ecosystem);
  if (!entry)
    throw new VersionError(
      'ECOSYSTEM_UNKNOWN',
      `unknown ecosystem ${quoteVersion(ecosystem)}; expected an OSV ecosystem such as npm, PyPI, Debian:12`,
      {
        ecosystem,
      },
    );
  if (!entry.scheme)
    throw new VersionError(
      'ECOSYSTEM_UNORDERED',
      `${entry.ecosystem} versions have no order: its advisories use GIT commit ranges`,
      { ecosystem },
    );
  return entry.scheme;
}

/**
 * Compares two versions of an ecosystem: -1, 0 or 1. Throws `VersionError` on an invalid version
 * (`VERSION_INVALID`) or an unknown or unordered ecosystem; never falls back to comparing strings.
 * @example compareVersions('PyPI', '1.0.post1', '1.0') // 1
 */
export function compareVersions(ecosystem: string, a: string, b: string): Ordering {
  const scheme = schemeForEcosystem(ecosystem);
  try {
    return scheme.compare(a, b);
  } catch (error) {
    if (error instanceof VersionError) {
      const about: { version?: string; ecosystem: string } = { ecosystem };
      if (error.version !== undefined) about.version = error.version;
      throw new VersionError(error.code, `${ecosystem}: ${error.message}`, about);
    }
    throw error;
  }
}
