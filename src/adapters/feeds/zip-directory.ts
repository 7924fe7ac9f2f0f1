import yauzl from 'yauzl';
import { FeedError } from './feed-error.js';
import type { ZipLimits } from './zip-limits.js';

/**
 * The central directory's entries (directories left out) with their still-compressed bytes, sliced from the
 * buffer. yauzl refuses absolute and `..` names; a name, size or offset that does not fit the buffer is damage.
 */
export async function readZipDirectory(bytes: Buffer, label: string, limits: ZipLimits) {
  let entries: yauzl.Entry[];
  try {
    entries = await listEntries(bytes, label, limits);
  } catch (error) {
    throw error instanceof FeedError ? error : damagedOrUnsafe(label, error);
  }
  return entries.map((entry) => {
    if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8))
      throw new FeedError(
        'FEED_ARCHIVE_DAMAGED',
        `${label}: entry ${JSON.stringify(entry.fileName)} is encrypted or uses compression method ${entry.compressionMethod}; expected deflate`,
      );
    return { entry, compressed: compressedBytes(bytes, entry, label) };
  });
}

async function listEntries(bytes: Buffer, label: string, limits: ZipLimits): Promise<yauzl.Entry[]> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('error', reject);
    zip.on('end', () => resolve(entries));
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!entry.fileName.endsWith('/')) entries.push(entry);
      if (entries.length > limits.maxEntries) {
        zip.close();
        reject(
          new FeedError(
            'FEED_ARCHIVE_UNSAFE',
            `${label}: more than ${limits.maxEntries} entries; nothing was imported`,
          ),
        );
      } else zip.readEntry();
    });
    zip.readEntry();
  });
}

// APPNOTE.TXT 4.3.7: a local file header is 30 bytes, then the name and the extra field, then the data.
const LOCAL_HEADER = 0x04034b50;

/** The entry's compressed bytes, sliced from the buffer (no stream: ~10× faster over many small entries). */
function compressedBytes(bytes: Buffer, entry: yauzl.Entry, label: string): Buffer {
  const at = entry.relativeOffsetOfLocalHeader;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER)
    throw new FeedError(
      'FEED_ARCHIVE_DAMAGED',
      `${label}: entry ${JSON.stringify(entry.fileName)} has no local header; the archive is damaged`,
    );
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length)
    throw new FeedError(
      'FEED_ARCHIVE_DAMAGED',
      `${label}: entry ${JSON.stringify(entry.fileName)} runs past the end of the file; the archive is truncated`,
    );
  return bytes.subarray(start, end);
}

/** yauzl reports unsafe names ("absolute path", "invalid relative path") and damage the same way. */
function damagedOrUnsafe(label: string, error: unknown): FeedError {
  const message = error instanceof Error ? error.message : String(error);
  if (/absolute path|relative path|invalid characters/i.test(message))
    return new FeedError('FEED_ARCHIVE_UNSAFE', `${label}: ${message}; nothing was imported`, {
      cause: error,
    });
  return new FeedError(
    'FEED_ARCHIVE_DAMAGED',
    `${label}: not a complete zip (${message}); nothing was imported`,
    { cause: error },
  );
}
