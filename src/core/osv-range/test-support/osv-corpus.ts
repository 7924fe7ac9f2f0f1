// Test support only (excluded from the build): reads the shared OSV archives from disk.
// biome-ignore lint/style/noRestrictedImports: test support reads ../shared/data; core code never does
import { readdirSync, readFileSync } from 'node:fs';
// biome-ignore lint/style/noRestrictedImports: test support reads ../shared/data; core code never does
import { join } from 'node:path';
// biome-ignore lint/style/noRestrictedImports: test support reads ../shared/data; core code never does
import { inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import { sharedData } from '../../../../test/support/shared-data.js';

/** One `<ID>.json` of an OSV `all.zip`, inflated on demand. */
export interface ZipRecord {
  /** The archive folder, i.e. the base ecosystem the zip is named after. */
  readonly archive: string;
  readonly name: string;
  text(): string;
}

/** The archive folders under ../shared/data/osv (one per base ecosystem). */
export function osvArchives(): string[] {
  const root = sharedData('osv');
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/**
 * The entries of one archive. yauzl reads the central directory; the data is sliced from the buffer after
 * each local header and inflated synchronously (much faster than yauzl's streams for 30k small files).
 */
export async function readArchive(archive: string): Promise<ZipRecord[]> {
  const buffer = readFileSync(join(sharedData('osv', archive), 'all.zip'));
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zipfile) =>
      error ? reject(error) : resolve(zipfile),
    ),
  );
  const records: ZipRecord[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName.endsWith('.json')) {
        const header = entry.relativeOffsetOfLocalHeader;
        const start = header + 30 + buffer.readUInt16LE(header + 26) + buffer.readUInt16LE(header + 28);
        const data = buffer.subarray(start, start + entry.compressedSize);
        const method = entry.compressionMethod;
        records.push({
          archive,
          name: entry.fileName,
          text: () => (method === 8 ? inflateRawSync(data) : data).toString('utf8'),
        });
      }
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  return records;
}

/** Every record of every archive, each id once (a record appears in the zip of each of its ecosystems). */
export async function readAllRecords(): Promise<ZipRecord[]> {
  const seen = new Set<string>();
  const all: ZipRecord[] = [];
  for (const archive of osvArchives())
    for (const record of await readArchive(archive)) {
      if (seen.has(record.name)) continue;
      seen.add(record.name);
      all.push(record);
    }
  return all;
}

/**
 * Distinct version strings seen per base ecosystem (range events other than introduced "0", and
 * `versions` lists), from every archive. Memoised per test worker.
 */
export function realVersions(): Promise<Map<string, string[]>> {
  cached ??= collectVersions();
  return cached;
}

let cached: Promise<Map<string, string[]>> | undefined;

async function collectVersions(): Promise<Map<string, string[]>> {
  const byEcosystem = new Map<string, Set<string>>();
  for (const record of await readAllRecords()) {
    const osv = JSON.parse(record.text()) as { affected?: unknown[] };
    for (const entry of osv.affected ?? []) {
      const a = entry as {
        package?: { ecosystem?: string };
        versions?: unknown[];
        ranges?: { type?: string; events?: Record<string, unknown>[] }[];
      };
      const base = a.package?.ecosystem?.split(':')[0];
      if (!base) continue;
      const set = byEcosystem.get(base) ?? new Set<string>();
      byEcosystem.set(base, set);
      for (const v of a.versions ?? []) if (typeof v === 'string') set.add(v);
      for (const range of a.ranges ?? [])
        if (range.type !== 'GIT')
          for (const event of range.events ?? [])
            for (const kind of ['introduced', 'fixed', 'last_affected']) {
              const value = event[kind];
              if (typeof value === 'string' && value !== '0') set.add(value);
            }
    }
  }
  return new Map([...byEcosystem].map(([k, v]) => [k, [...v].sort()]));
}
