import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import { sharedData } from '../../../../../test/support/shared-data.js';

/** A temporary OSV mirror folder linking some of the shared ecosystems. */
export function mirrorOf(...ecosystems: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-mirror-'));
  for (const e of ecosystems) {
    mkdirSync(join(dir, e));
    symlinkSync(sharedData('osv', e, 'all.zip'), join(dir, e, 'all.zip'));
  }
  return dir;
}

/** A temporary OSV mirror with one ecosystem whose all.zip is `zip`; call again to replace it. */
export function writeMirror(dir: string, ecosystem: string, zip: Buffer): string {
  mkdirSync(join(dir, ecosystem), { recursive: true });
  writeFileSync(join(dir, ecosystem, 'all.zip'), zip);
  return dir;
}

/**
 * The records of a shared all.zip, read with yauzl and zlib alone: expectations in tests are computed from
 * the raw data with this, never with the code under test.
 */
export async function rawRecords(ecosystem: string): Promise<Record<string, unknown>[]> {
  const bytes = readFileSync(sharedData('osv', ecosystem, 'all.zip'));
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const out: Record<string, unknown>[] = [];
  for (;;) {
    const entry = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
      zip.once('entry', resolve);
      zip.once('end', () => resolve(undefined));
      zip.once('error', reject);
      zip.readEntry();
    });
    if (!entry) break;
    zip.removeAllListeners();
    const stream = await zip.openReadStreamPromise(entry, { decompress: false });
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    out.push(JSON.parse((entry.compressionMethod === 8 ? inflateRawSync(raw) : raw).toString('utf8')));
  }
  return out;
}
