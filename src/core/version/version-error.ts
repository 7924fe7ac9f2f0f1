export const VERSION_ERROR_CODES = ['VERSION_INVALID', 'ECOSYSTEM_UNKNOWN', 'ECOSYSTEM_UNORDERED'] as const;
export type VersionErrorCode = (typeof VERSION_ERROR_CODES)[number];

/**
 * Why two versions could not be compared: an invalid version, an ecosystem Vigil does not know, or one
 * whose versions have no order (OSS-Fuzz: GIT commits only). Never answered by a string comparison.
 */
export class VersionError extends Error {
  readonly code: VersionErrorCode;
  readonly version: string | undefined;
  readonly ecosystem: string | undefined;

  constructor(code: VersionErrorCode, message: string, about: { version?: string; ecosystem?: string } = {}) {
    super(message);
    this.name = 'VersionError';
    this.code = code;
    this.version = about.version;
    this.ecosystem = about.ecosystem;
  }
}

export const isVersionError = (e: unknown): e is VersionError => e instanceof VersionError;
