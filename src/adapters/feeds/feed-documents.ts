import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { FeedDocument, FeedDocumentSource } from '../../app/feeds/index.js';
import { inputError } from '../../core/input/index.js';
import { FeedError } from './feed-error.js';
import { DOCUMENT_FETCH, fetchBytes } from './fetch-bytes.js';

/** CISA's KEV catalog (JSON). */
export const KEV_URL = 'https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json';
/** FIRST's EPSS scores of the day (gzip CSV), served by Empirical Security; it redirects to the dated file. */
export const EPSS_URL = 'https://epss.empiricalsecurity.com/epss_scores-current.csv.gz';

const KEV_FILE = 'known_exploited_vulnerabilities.json';
const EPSS_FILE = /^epss_scores-(\d{4}-\d{2}-\d{2})\.csv(?:\.gz)?$/;
/** A day of EPSS is ~15 MB of CSV; anything far beyond is not an EPSS file. */
const MAX_INFLATED = 1024 * 1024 * 1024;

/**
 * Where the KEV catalog comes from: a URL, a file, or a mirror folder holding known_exploited_vulnerabilities.json.
 * @throws InputError (`FEED_LOCATION`) when the path does not exist.
 */
export function kevSource(location: string, cwd: string, flag = 'kev'): FeedDocumentSource {
  if (isUrl(location)) return urlSource(location);
  const path = existingPath(location, cwd, flag);
  if (!statSync(path).isDirectory()) return fileSource(path);
  const file = join(path, KEV_FILE);
  if (!existsSync(file))
    throw inputError(
      'FEED_LOCATION',
      flag,
      `${JSON.stringify(path)} holds no ${KEV_FILE}; expected a KEV mirror folder`,
    );
  return fileSource(file);
}

/**
 * Where EPSS days come from: a URL, a file (`.csv` or `.csv.gz`), or a mirror folder whose
 * `epss_scores-YYYY-MM-DD.csv.gz` files are every day to keep, oldest first.
 * @throws InputError (`FEED_LOCATION`) when the path does not exist or a folder holds no EPSS file.
 */
export function epssSources(location: string, cwd: string, flag = 'epss'): FeedDocumentSource[] {
  if (isUrl(location)) return [urlSource(location)];
  const path = existingPath(location, cwd, flag);
  if (!statSync(path).isDirectory()) return [fileSource(path)];
  const files = readdirSync(path)
    .filter((f) => EPSS_FILE.test(f))
    .sort();
  if (files.length === 0)
    throw inputError(
      'FEED_LOCATION',
      flag,
      `${JSON.stringify(path)} holds no epss_scores-YYYY-MM-DD.csv.gz; expected an EPSS mirror folder`,
    );
  return files.map((f) => fileSource(join(path, f)));
}

const isUrl = (location: string) => /^https?:\/\//i.test(location);

function existingPath(location: string, cwd: string, flag: string): string {
  const path = resolve(cwd, location);
  if (!existsSync(path))
    throw inputError(
      'FEED_LOCATION',
      flag,
      `${JSON.stringify(location)} does not exist; expected a file, a mirror folder or an https URL`,
    );
  return path;
}

function urlSource(url: string): FeedDocumentSource {
  return { location: url, load: async () => toDocument(url, await fetchBytes(url, DOCUMENT_FETCH)) };
}

function fileSource(path: string): FeedDocumentSource {
  const day = EPSS_FILE.exec(path.slice(path.lastIndexOf('/') + 1))?.[1];
  return { location: path, ...(day ? { day } : {}), load: async () => toDocument(path, readFileSync(path)) };
}

/** Decodes a document, inflating it when it is gzip (by its magic bytes, whatever its name). */
function toDocument(location: string, bytes: Buffer): FeedDocument {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return { location, text: bytes.toString('utf8'), sha256 };
  try {
    return { location, text: gunzipSync(bytes, { maxOutputLength: MAX_INFLATED }).toString('utf8'), sha256 };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE')
      throw new FeedError(
        'FEED_TOO_LARGE',
        `${location} inflates over ${MAX_INFLATED} bytes; nothing was imported`,
      );
    throw new FeedError('FEED_TRUNCATED', `${location} is not a complete gzip file; nothing was imported`, {
      cause: error,
    });
  }
}
