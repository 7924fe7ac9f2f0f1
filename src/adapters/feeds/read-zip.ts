import { crc32, inflateRawSync } from 'node:zlib';
import type yauzl from 'yauzl';
import { FeedError } from './feed-error.js';
import { readZipDirectory } from './zip-directory.js';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-limits.js';

/** One file of an archive, inflated and checked against its CRC. */
export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

/**
 * Reads every file of a zip held in memory: yauzl reads and checks the central directory, and the entries'
 * raw deflate data is sliced from the buffer and inflated here. The whole archive is checked before anything
 * is returned, so a caller imports all of it or nothing:
 * - unsafe (`FEED_ARCHIVE_UNSAFE`): an entry name that is absolute or climbs out with `..`, an entry not
 *   named `*.json` (when `extension` is given), more than `maxEntries`, an entry or archive over its size
 *   cap, or a compression ratio over `maxRatio` — the caps bound the inflate itself, not only the headers;
 * - damaged (`FEED_ARCHIVE_DAMAGED`): a truncated file or bad central directory, an unknown compression
 *   method, encryption, sizes or CRC that do not match.
 */
export async function readZip(
  bytes: Buffer,
  label: string,
  opts: { limits?: ZipLimits; extension?: string } = {},
): Promise<ZipEntry[]> {
  const limits = opts.limits ?? DEFAULT_ZIP_LIMITS;
  const raw = await readZipDirectory(bytes, label, limits);
  const unsafe = (name: string, why: string) =>
    new FeedError(
      'FEED_ARCHIVE_UNSAFE',
      `${label}: entry ${JSON.stringify(name)} ${why}; nothing was imported`,
    );
  let declared = 0;
  for (const { entry } of raw) {
    if (opts.extension && !entry.fileName.endsWith(opts.extension))
      throw unsafe(
        entry.fileName,
        `is not a ${opts.extension} file; expected only OSV records (<ID>${opts.extension})`,
      );
    if (entry.uncompressedSize > limits.maxEntryBytes)
      throw unsafe(
        entry.fileName,
        `declares ${entry.uncompressedSize} bytes, over the ${limits.maxEntryBytes}-byte entry cap`,
      );
    declared += entry.uncompressedSize;
  }
  if (declared > limits.maxTotalBytes)
    throw new FeedError(
      'FEED_ARCHIVE_UNSAFE',
      `${label}: declares ${declared} bytes in all, over the ${limits.maxTotalBytes}-byte cap; nothing was imported`,
    );
  let total = 0;
  return raw.map(({ entry, compressed }) => {
    const data = inflateEntry(entry, compressed, label, limits, limits.maxTotalBytes - total);
    total += data.length;
    return { name: entry.fileName, data };
  });
}

function inflateEntry(
  entry: yauzl.Entry,
  compressed: Buffer,
  label: string,
  limits: ZipLimits,
  left: number,
): Buffer {
  const name = JSON.stringify(entry.fileName);
  const byRatio = Math.max(limits.ratioFloorBytes, compressed.length * limits.maxRatio);
  const cap = Math.min(limits.maxEntryBytes, byRatio, left);
  let data: Buffer;
  if (entry.compressionMethod === 0) data = compressed;
  else {
    try {
      data = inflateRawSync(compressed, { maxOutputLength: cap + 1 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE')
        throw new FeedError(
          'FEED_ARCHIVE_DAMAGED',
          `${label}: entry ${name} does not inflate; the archive is damaged`,
          { cause: error },
        );
      data = Buffer.alloc(cap + 1);
    }
  }
  if (data.length > cap) {
    const why =
      cap === left
        ? `takes the archive over its ${limits.maxTotalBytes}-byte cap`
        : cap === byRatio
          ? `inflates more than ${limits.maxRatio}× its ${compressed.length} compressed bytes (a zip bomb?)`
          : `inflates over the ${limits.maxEntryBytes}-byte entry cap`;
    throw new FeedError('FEED_ARCHIVE_UNSAFE', `${label}: entry ${name} ${why}; nothing was imported`);
  }
  if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc32)
    throw new FeedError(
      'FEED_ARCHIVE_DAMAGED',
      `${label}: entry ${name} does not match its size or CRC; the archive is damaged`,
    );
  return data;
}
