import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FeedError } from './feed-error.js';
import { osvArchiveWork } from './osv-archive-work.js';
import { readZip } from './read-zip.js';
import { osvRecord, osvZip, type TestZipEntry, writeTestZip } from './test-support/zip-writer.js';
import { DEFAULT_ZIP_LIMITS } from './zip-limits.js';

const MiB = 1024 * 1024;

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FeedError);
  return error as FeedError;
}

describe('readZip', () => {
  it('reads every entry, inflated', async () => {
    const zip = writeTestZip([
      { name: 'A-1.json', data: '{"id":"A-1"}' },
      { name: 'B-2.json', data: '{"id":"B-2"}', stored: true },
    ]);
    const entries = await readZip(zip, 'test.zip', { extension: '.json' });
    expect(entries.map((e) => [e.name, e.data.toString()])).toEqual([
      ['A-1.json', '{"id":"A-1"}'],
      ['B-2.json', '{"id":"B-2"}'],
    ]);
  });

  it.each<[string, TestZipEntry[], string, RegExp]>([
    [
      'a .. path',
      [{ name: '../evil.json', data: '{}' }],
      'FEED_ARCHIVE_UNSAFE',
      /evil\.json.*nothing was imported/,
    ],
    ['a nested .. path', [{ name: 'a/../../evil.json', data: '{}' }], 'FEED_ARCHIVE_UNSAFE', /relative path/],
    ['an absolute path', [{ name: '/etc/evil.json', data: '{}' }], 'FEED_ARCHIVE_UNSAFE', /absolute path/],
    ['a drive letter', [{ name: 'C:/evil.json', data: '{}' }], 'FEED_ARCHIVE_UNSAFE', /absolute path/],
    [
      'a backslash .. path',
      [{ name: 'a\\..\\..\\evil.json', data: '{}' }],
      'FEED_ARCHIVE_UNSAFE',
      /relative path/,
    ],
    [
      'a non-JSON entry',
      [
        { name: 'A-1.json', data: '{}' },
        { name: 'run.sh', data: 'rm -rf /' },
      ],
      'FEED_ARCHIVE_UNSAFE',
      /"run\.sh" is not a \.json file/,
    ],
    [
      'a CRC that does not match',
      [{ name: 'A-1.json', data: '{}', declaredCrc: 1234 }],
      'FEED_ARCHIVE_DAMAGED',
      /size or CRC/,
    ],
    [
      'a size header that lies low',
      [{ name: 'A-1.json', data: 'x'.repeat(5000), declaredSize: 10 }],
      'FEED_ARCHIVE_DAMAGED',
      /size or CRC/,
    ],
  ])('refuses %s', async (_what, entries, code, message) => {
    const error = await failure(readZip(writeTestZip(entries), 'test.zip', { extension: '.json' }));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('refuses a zip bomb by ratio, while inflating (the header declares a small size)', async () => {
    const zeros = Buffer.alloc(20 * MiB);
    const error = await failure(
      readZip(writeTestZip([{ name: 'A.json', data: zeros, declaredSize: 100 }]), 'bomb.zip'),
    );
    expect(error.code).toBe('FEED_ARCHIVE_UNSAFE');
    expect(error.message).toMatch(/inflates more than 200× its \d+ compressed bytes/);
  });

  it('refuses an entry over the size cap, declared or found while inflating', async () => {
    const limits = { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: MiB };
    const big = randomBytes(2 * MiB); // incompressible: the ratio cap does not apply
    const declared = await failure(
      readZip(writeTestZip([{ name: 'A.json', data: big }]), 'big.zip', { limits }),
    );
    expect(declared.message).toMatch(/declares 2097152 bytes, over the 1048576-byte entry cap/);
    const lying = await failure(
      readZip(writeTestZip([{ name: 'A.json', data: big, declaredSize: 10 }]), 'big.zip', { limits }),
    );
    expect(lying.message).toMatch(/inflates over the 1048576-byte entry cap/);
  });

  it('refuses an archive over the total cap', async () => {
    const limits = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 3 * MiB };
    const entries = [1, 2, 3, 4].map((i) => ({ name: `${i}.json`, data: randomBytes(MiB) }));
    const error = await failure(readZip(writeTestZip(entries), 'many.zip', { limits }));
    expect(error.message).toMatch(/declares 4194304 bytes in all, over the 3145728-byte cap/);
  });

  it.each([
    ['cut in the central directory', (zip: Buffer) => zip.subarray(0, zip.length - 30)],
    ['cut in the middle', (zip: Buffer) => zip.subarray(0, Math.floor(zip.length / 2))],
    ['empty', () => Buffer.alloc(0)],
    ['not a zip', () => Buffer.from('<html>503 Service Unavailable</html>')],
  ])('refuses a truncated or foreign file (%s)', async (_what, damage) => {
    const zip = osvZip([osvRecord('PYSEC-1'), osvRecord('PYSEC-2')]);
    const error = await failure(readZip(damage(zip), 'cut.zip'));
    expect(error.code).toBe('FEED_ARCHIVE_DAMAGED');
    expect(error.message).toMatch(/^cut\.zip: .*nothing was imported/);
  });
});

describe('osvArchiveWork', () => {
  it('lists entries in code-point order and loads them parsed', async () => {
    const work = await osvArchiveWork(
      osvZip([osvRecord('b-1'), osvRecord('GHSA-1'), osvRecord('A-1')]),
      'x/all.zip',
    );
    expect(work.names).toEqual(['A-1.json', 'GHSA-1.json', 'b-1.json']);
    const [entry] = await work.load(['GHSA-1.json']);
    expect(entry?.json).toMatchObject({ id: 'GHSA-1' });
    expect(work.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses an archive with an entry that is not JSON', async () => {
    const zip = writeTestZip([
      { name: 'A-1.json', data: JSON.stringify(osvRecord('A-1')) },
      { name: 'A-2.json', data: '{"id": "A-2", ' },
    ]);
    const error = await failure(osvArchiveWork(zip, 'PyPI/all.zip'));
    expect(error.code).toBe('FEED_ARCHIVE_DAMAGED');
    expect(error.message).toBe('PyPI/all.zip: entry "A-2.json" is not JSON; nothing was imported');
  });
});
