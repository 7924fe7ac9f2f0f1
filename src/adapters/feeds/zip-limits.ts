const MiB = 1024 * 1024;

/**
 * Caps enforced while an archive is read: before inflating (from the sizes the zip declares) and while
 * inflating (the output buffer is bounded, so a lying header cannot make us allocate more).
 */
export interface ZipLimits {
  readonly maxEntries: number;
  /** Largest uncompressed entry. OSV's biggest records are well under 1 MiB. */
  readonly maxEntryBytes: number;
  /** Largest uncompressed archive. */
  readonly maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio of an entry. OSV JSON stays under ~50; bombs go to 1000+. */
  readonly maxRatio: number;
  /** Below this size an entry is not held to the ratio (tiny entries compress erratically). */
  readonly ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2_000_000,
  maxEntryBytes: 32 * MiB,
  maxTotalBytes: 4096 * MiB,
  maxRatio: 200,
  ratioFloorBytes: 64 * 1024,
};
