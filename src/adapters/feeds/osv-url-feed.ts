import { createHash } from 'node:crypto';
import type { OsvEntry, OsvFeed, OsvWork } from '../../app/feeds/index.js';
import { FeedError } from './feed-error.js';
import { ARCHIVE_FETCH, DOCUMENT_FETCH, fetchBytes } from './fetch-bytes.js';
import { codePointOrder, osvArchiveWork, parseEntry } from './osv-archive-work.js';
import type { ZipLimits } from './zip-limits.js';

/** OSV.dev's public bucket. */
export const OSV_BUCKET_URL = 'https://osv-vulnerabilities.storage.googleapis.com';

/** Records fetched at once in an incremental sync. */
const CONCURRENCY = 8;

/**
 * OSV over HTTP(S), laid out as OSV.dev's bucket: `<base>/<Ecosystem>/all.zip` for a full sync, and
 * `<base>/<Ecosystem>/modified_id.csv` (`<modified>,<id>` lines) with `<base>/<Ecosystem>/<id>.json` for an
 * incremental one. It cannot list ecosystems: the caller names them.
 */
export function createOsvUrlFeed(baseUrl: string = OSV_BUCKET_URL, limits?: ZipLimits): OsvFeed {
  const base = baseUrl.replace(/\/+$/, '');
  const url = (ecosystem: string, file: string) => `${base}/${encodeURIComponent(ecosystem)}/${file}`;
  return {
    location: base,
    ecosystems: async () => undefined,
    async archive(ecosystem) {
      const location = url(ecosystem, 'all.zip');
      return osvArchiveWork(await fetchBytes(location, ARCHIVE_FETCH), location, limits);
    },
    async changes(ecosystem, since) {
      const location = url(ecosystem, 'modified_id.csv');
      let csv: Buffer;
      try {
        csv = await fetchBytes(location, DOCUMENT_FETCH);
      } catch (error) {
        if (error instanceof FeedError && error.code === 'FEED_NOT_FOUND') return undefined;
        throw error;
      }
      const changed = parseModifiedIds(csv.toString('utf8'), since);
      const names = changed.map((c) => `${c.id}.json`).sort(codePointOrder);
      const work: OsvWork = {
        location,
        mode: 'incremental',
        sha256: createHash('sha256')
          .update(changed.map((c) => `${c.modified},${c.id}`).join('\n'))
          .digest('hex'),
        names,
        load: (wanted) => fetchRecords(wanted, (name) => url(ecosystem, encodeURIComponent(name))),
      };
      return work;
    },
  };
}

/** The `<modified>,<id>` lines of modified_id.csv newer than `since`. */
export function parseModifiedIds(csv: string, since: Date): { modified: string; id: string }[] {
  const out: { modified: string; id: string }[] = [];
  for (const line of csv.split('\n')) {
    const comma = line.indexOf(',');
    if (comma < 0) continue;
    const modified = line.slice(0, comma).trim();
    const id = line.slice(comma + 1).trim();
    const time = Date.parse(modified);
    // the root file prefixes ids with their ecosystem folder; ours has none, but be lenient
    if (id && !Number.isNaN(time) && time > since.getTime())
      out.push({ modified, id: id.slice(id.lastIndexOf('/') + 1) });
  }
  return out;
}

/** Fetches records a few at a time; one deleted since modified_id.csv was written (404) is left out. */
async function fetchRecords(names: readonly string[], urlOf: (name: string) => string): Promise<OsvEntry[]> {
  const out: (OsvEntry | undefined)[] = new Array(names.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < names.length; i = next++) {
      const name = names[i] as string;
      const location = urlOf(name);
      try {
        const text = (await fetchBytes(location, DOCUMENT_FETCH)).toString('utf8');
        out[i] = { name, text, json: parseEntry(text, name, location) };
      } catch (error) {
        if (!(error instanceof FeedError && error.code === 'FEED_NOT_FOUND')) throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, names.length) }, worker));
  return out.filter((e): e is OsvEntry => e !== undefined);
}
