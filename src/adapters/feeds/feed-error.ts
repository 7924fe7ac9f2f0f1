/** Why a feed could not be read. Every one means: nothing from that download or archive was imported. */
export const FEED_ERROR_CODES = [
  'FEED_UNREACHABLE',
  'FEED_TRUNCATED',
  'FEED_TOO_LARGE',
  'FEED_ARCHIVE_UNSAFE',
  'FEED_ARCHIVE_DAMAGED',
  'FEED_NOT_FOUND',
] as const;
export type FeedErrorCode = (typeof FEED_ERROR_CODES)[number];

/**
 * A feed that is unreachable, truncated or unsafe: a broken system rather than bad user input, so the CLI
 * exits 1. The message names the source and what was wrong.
 */
export class FeedError extends Error {
  readonly code: FeedErrorCode;
  constructor(code: FeedErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FeedError';
    this.code = code;
  }
}
