import { createHash } from 'node:crypto';
import type { OsvEntry, OsvWork } from '../../app/feeds/index.js';
import { FeedError } from './feed-error.js';
import { readZip } from './read-zip.js';
import type { ZipLimits } from './zip-limits.js';

/**
 * Turns an OSV `all.zip` into work for the sync: every entry is read, checked (see `readZip`) and parsed as
 * JSON before anything is returned, so an unsafe or damaged archive imports nothing.
 */
export async function osvArchiveWork(bytes: Buffer, location: string, limits?: ZipLimits): Promise<OsvWork> {
  const entries = await readZip(bytes, location, { extension: '.json', ...(limits ? { limits } : {}) });
  const byName = new Map<string, OsvEntry>();
  for (const { name, data } of entries) {
    const text = data.toString('utf8');
    byName.set(name, { name, text, json: parseEntry(text, name, location) });
  }
  const names = [...byName.keys()].sort(codePointOrder);
  return {
    location,
    mode: 'full',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    names,
    load: async (wanted) => wanted.map((n) => byName.get(n)).filter((e): e is OsvEntry => e !== undefined),
  };
}

/** Parses one record file; a file that is not JSON damages the whole archive. */
export function parseEntry(text: string, name: string, location: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FeedError(
      'FEED_ARCHIVE_DAMAGED',
      `${location}: entry ${JSON.stringify(name)} is not JSON; nothing was imported`,
      {
        cause: error,
      },
    );
  }
}

/** Sorts strings by code point, the order PostgreSQL's "C" collation and the cursor comparison use. */
export const codePointOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
