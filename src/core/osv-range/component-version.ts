import type { SchemeId, VersionParse, VersionScheme } from '../version/index.js';

/**
 * A component's version, parsed at most once per scheme: the key cache behind "parse a version once, keep
 * a comparable key". Match one instance against many compiled advisories.
 */
export class ComponentVersion {
  readonly version: string;
  /** The source commit, for GIT ranges. */
  readonly commit: string | undefined;
  readonly #keys = new Map<SchemeId, VersionParse>();

  constructor(version: string, commit?: string) {
    this.version = version;
    this.commit = commit === undefined || commit === '' ? undefined : commit.toLowerCase();
  }

  /** The version's key in a scheme (cached), or why it is not valid there. */
  keyIn(scheme: VersionScheme): VersionParse {
    let parsed = this.#keys.get(scheme.id);
    if (!parsed) {
      parsed = scheme.parse(this.version);
      this.#keys.set(scheme.id, parsed);
    }
    return parsed;
  }
}
