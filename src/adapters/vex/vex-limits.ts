const MiB = 1024 * 1024;

/** Caps on what one `vex add` argument may hold; checked before bytes are read, and again while reading. */
export interface VexFileLimits {
  /** Largest VEX document: a plain file or one zip entry, uncompressed. */
  readonly maxDocumentBytes: number;
  /** Most `.json` entries in a zip. */
  readonly maxEntries: number;
  /** Largest zip, and largest sum of its entries uncompressed. */
  readonly maxTotalBytes: number;
}

export const DEFAULT_VEX_LIMITS: VexFileLimits = {
  maxDocumentBytes: 64 * MiB,
  maxEntries: 10_000,
  maxTotalBytes: 1024 * MiB,
};
