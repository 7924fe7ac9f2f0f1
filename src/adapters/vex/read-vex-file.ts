import { open, stat } from 'node:fs/promises';
import type { VexInput } from '../../app/vex/index.js';
import { InputError, type IssueCode } from '../../core/input/index.js';
import { readZipDocuments } from './read-zip-documents.js';
import { DEFAULT_VEX_LIMITS, type VexFileLimits } from './vex-limits.js';

export { DEFAULT_VEX_LIMITS, type VexFileLimits } from './vex-limits.js';

const ZIP_MAGIC = 0x04034b50;

/**
 * Reads the VEX documents of one file: a JSON file is one document; a `.zip` (by name or by its first bytes)
 * holds one document per `*.json` entry, read entry by entry and named `file.zip!entry` (other entries and
 * folders are skipped). A zip is refused whole when an entry name is absolute or climbs out with `..`, when an
 * entry is encrypted, or when a cap (`VexFileLimits`) is passed.
 * @throws InputError (`FILE_UNREADABLE`, `VEX_TOO_LARGE`, `ZIP_UNSAFE`, `ZIP_INVALID`) naming the file.
 */
export async function readVexFile(
  file: string,
  limits: VexFileLimits = DEFAULT_VEX_LIMITS,
): Promise<VexInput[]> {
  let size: number;
  let head: Buffer;
  try {
    size = (await stat(file)).size;
    head = await readHead(file);
  } catch (error) {
    throw fileError('FILE_UNREADABLE', file, `cannot read: ${(error as Error).message}`);
  }
  const isZip = /\.zip$/i.test(file) || (head.length === 4 && head.readUInt32LE(0) === ZIP_MAGIC);
  const cap = isZip ? limits.maxTotalBytes : limits.maxDocumentBytes;
  // Checked before reading, so that a huge file is never loaded.
  if (size > cap)
    throw fileError('VEX_TOO_LARGE', file, `the file is ${size} bytes; the cap is ${cap} bytes`);
  if (!isZip) {
    const handle = await open(file, 'r');
    try {
      return [{ name: file, bytes: await handle.readFile() }];
    } finally {
      await handle.close();
    }
  }
  return readZipDocuments(file, limits);
}

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const fileError = (code: IssueCode, path: string, message: string): InputError =>
  new InputError([{ code, path, message }]);
