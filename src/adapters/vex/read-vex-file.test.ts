import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type TestZipEntry, writeTestZip } from '../feeds/test-support/zip-writer.js';
import { DEFAULT_VEX_LIMITS, readVexFile } from './read-vex-file.js';

const dir = mkdtempSync(join(tmpdir(), 'vigil-vex-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fileWith = (data: string | Buffer, ext = '.json'): string => {
  const path = join(dir, `f${n++}${ext}`);
  writeFileSync(path, data);
  return path;
};
const zipOf = (files: TestZipEntry[], ext = '.zip') => fileWith(writeTestZip(files), ext);
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return (error as { issues?: { code: string; path: string; message: string }[] })?.issues?.[0];
};

describe('readVexFile', () => {
  it('reads a JSON file as one document named by the file', async () => {
    const path = fileWith('{"a":1}');
    expect((await readVexFile(path)).map((d) => [d.name, text(d.bytes)])).toEqual([[path, '{"a":1}']]);
  });

  it('reads the .json entries of a zip, entry by entry, skipping folders and other files', async () => {
    const path = zipOf([
      { name: 'vex/', data: '' },
      { name: 'vex/a.json', data: '{"a":1}' },
      { name: 'vex/README.md', data: 'hi' },
      { name: 'vex/b/B.JSON', data: '{"b":2}', stored: true },
    ]);
    expect((await readVexFile(path)).map((d) => [d.name, text(d.bytes)])).toEqual([
      [`${path}!vex/a.json`, '{"a":1}'],
      [`${path}!vex/b/B.JSON`, '{"b":2}'],
    ]);
  });

  it('recognises a zip by its first bytes whatever its name', async () => {
    const path = zipOf([{ name: 'a.json', data: '{}' }], '.vex');
    expect((await readVexFile(path)).map((d) => d.name)).toEqual([`${path}!a.json`]);
  });

  it.each([
    ['../evil.json', 'ZIP_UNSAFE', 'climbs out of the archive'],
    ['vex/../../evil.json', 'ZIP_UNSAFE', 'climbs out of the archive'],
    ['..\\evil.json', 'ZIP_UNSAFE', 'climbs out of the archive'],
    ['/etc/evil.json', 'ZIP_UNSAFE', 'is an absolute path'],
    ['C:/evil.json', 'ZIP_UNSAFE', 'is an absolute path'],
  ])('refuses a zip with an entry named %j, reading nothing', async (name, code, message) => {
    const path = zipOf([
      { name: 'good.json', data: '{}' },
      { name, data: '{}' },
    ]);
    const issue = await refusal(readVexFile(path));
    expect(issue).toMatchObject({ code, path });
    expect(issue?.message).toContain(message);
  });

  it.each<[string, TestZipEntry[], Partial<typeof DEFAULT_VEX_LIMITS>, string, string]>([
    [
      'an entry over the document cap',
      [{ name: 'a.json', data: 'x'.repeat(200) }],
      { maxDocumentBytes: 100 },
      'VEX_TOO_LARGE',
      'is 200 bytes; the cap is 100 bytes',
    ],
    [
      'too many entries',
      [
        { name: 'a.json', data: '{}' },
        { name: 'b.json', data: '{}' },
      ],
      { maxEntries: 1 },
      'VEX_TOO_LARGE',
      'more than 1 .json entries',
    ],
    [
      'entries over the total cap',
      ['a', 'b', 'c'].map((name) => ({ name: `${name}.json`, data: 'x'.repeat(1000) })),
      { maxTotalBytes: 2500, maxDocumentBytes: 1000 },
      'VEX_TOO_LARGE',
      'the entries hold over 2500 bytes uncompressed',
    ],
    [
      'an entry inflating past its declared size',
      [{ name: 'a.json', data: 'x'.repeat(5000), declaredSize: 10 }],
      {},
      'ZIP_INVALID',
      'damaged zip',
    ],
    ['no .json entry', [{ name: 'readme.txt', data: 'hi' }], {}, 'ZIP_EMPTY', 'holds no .json entry'],
  ])('refuses %s', async (_what, files, limits, code, message) => {
    const path = zipOf(files);
    const issue = await refusal(readVexFile(path, { ...DEFAULT_VEX_LIMITS, ...limits }));
    expect(issue).toMatchObject({ code, path });
    expect(issue?.message).toContain(message);
  });

  it.each([
    ['a missing file', () => join(dir, 'missing.json'), 'FILE_UNREADABLE', 'cannot read'],
    [
      'a JSON file over the cap',
      () => fileWith('x'.repeat(300)),
      'VEX_TOO_LARGE',
      'the file is 300 bytes; the cap is 100 bytes',
    ],
    [
      'a .zip that is not a zip',
      () => fileWith('{"not":"a zip"}', '.zip'),
      'ZIP_INVALID',
      'not a readable zip',
    ],
    [
      'a truncated zip',
      () => fileWith(writeTestZip([{ name: 'a.json', data: '{}' }]).subarray(0, 40), '.zip'),
      'ZIP_INVALID',
      'expected a zip',
    ],
  ])('refuses %s', async (_what, make, code, message) => {
    const path = make();
    const issue = await refusal(readVexFile(path, { ...DEFAULT_VEX_LIMITS, maxDocumentBytes: 100 }));
    expect(issue).toMatchObject({ code, path });
    expect(issue?.message).toContain(message);
  });
});
