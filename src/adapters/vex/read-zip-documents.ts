import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { VexInput } from '../../app/vex/index.js';
import { InputError, type IssueCode, isInputError, quoteValue } from '../../core/input/index.js';
import type { VexFileLimits } from './vex-limits.js';

/**
 * The `*.json` entries of a zip, each one document named `file.zip!entry`, read entry by entry from the file
 * (never the whole archive in memory at once). See `readVexFile` for what is refused.
 */
export async function readZipDocuments(file: string, limits: VexFileLimits): Promise<VexInput[]> {
  const refuse = (code: IssueCode, message: string) => new InputError([{ code, path: file, message }]);
  let zip: yauzl.ZipFile;
  try {
    // decodeStrings off: yauzl would fail on an unsafe name with a message of its own; names are checked below.
    zip = await yauzl.openPromise(file, { decodeStrings: false, validateEntrySizes: true, autoClose: false });
  } catch (error) {
    throw refuse(
      'ZIP_INVALID',
      `not a readable zip (${(error as Error).message}); expected a zip of VEX JSON files`,
    );
  }
  try {
    const documents: VexInput[] = [];
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      const name = yauzl.getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        entry.fileNameRaw ?? Buffer.from(entry.fileName),
        entry.extraFields,
        false,
      );
      const unsafe = unsafeName(name);
      if (unsafe)
        throw refuse('ZIP_UNSAFE', `entry ${quoteValue(name)} ${unsafe}; nothing in the file was read`);
      if (name.endsWith('/') || !/\.json$/i.test(name)) continue;
      const label = `entry ${quoteValue(name)}`;
      if (entry.isEncrypted()) throw refuse('ZIP_UNSAFE', `${label} is encrypted; expected plain entries`);
      if (documents.length >= limits.maxEntries)
        throw refuse('VEX_TOO_LARGE', `more than ${limits.maxEntries} .json entries`);
      if (entry.uncompressedSize > limits.maxDocumentBytes)
        throw refuse(
          'VEX_TOO_LARGE',
          `${label} is ${entry.uncompressedSize} bytes; the cap is ${limits.maxDocumentBytes} bytes`,
        );
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes)
        throw refuse(
          'VEX_TOO_LARGE',
          `the entries hold over ${limits.maxTotalBytes} bytes uncompressed; that is the cap`,
        );
      const bytes = await readAll(await zip.openReadStreamPromise(entry), entry.uncompressedSize);
      documents.push({ name: `${file}!${name}`, bytes });
    }
    if (documents.length === 0) throw refuse('ZIP_EMPTY', 'holds no .json entry; expected VEX documents');
    return documents;
  } catch (error) {
    if (isInputError(error)) throw error;
    throw refuse(
      'ZIP_INVALID',
      `a damaged zip (${(error as Error).message}); expected a zip of VEX JSON files`,
    );
  } finally {
    zip.close();
  }
}

/** Why an entry name may not be used, or undefined: it must stay inside the archive (no zip slip). */
function unsafeName(name: string): string | undefined {
  if (name.includes('\u0000')) return 'holds a NUL character';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'is an absolute path; expected relative names';
  if (name.split('/').includes('..')) return 'climbs out of the archive with ".."; expected relative names';
  return undefined;
}

/** Reads a stream whole; more bytes than declared means a lying header (yauzl also checks with validateEntrySizes). */
async function readAll(stream: Readable, declared: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > declared) {
      stream.destroy();
      throw new Error(`an entry inflates past the ${declared} bytes it declares`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, length);
}
