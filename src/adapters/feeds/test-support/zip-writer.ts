import { crc32, deflateRawSync } from 'node:zlib';

/** One file of a test zip; the overrides forge headers the way a hostile archive would. */
export interface TestZipEntry {
  readonly name: string;
  readonly data: Buffer | string;
  /** Store instead of deflate. */
  readonly stored?: boolean;
  /** Declared uncompressed size, when it should lie. */
  readonly declaredSize?: number;
  /** Declared CRC, when it should lie. */
  readonly declaredCrc?: number;
}

/**
 * Writes a zip (APPNOTE.TXT: local headers, central directory, end record) without any zip library, so
 * tests can build archives no well-behaved tool would: `..` names, absolute paths, bombs, lies.
 */
export function writeTestZip(entries: readonly TestZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
    const body = e.stored ? data : deflateRawSync(data);
    const name = Buffer.from(e.name, 'utf8');
    const crc = e.declaredCrc ?? crc32(data);
    const size = e.declaredSize ?? data.length;
    const method = e.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A minimal valid OSV record for tests. */
export function osvRecord(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    modified: '2024-01-01T00:00:00Z',
    affected: [
      {
        package: { ecosystem: 'PyPI', name: 'demo-pkg' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0' }] }],
      },
    ],
    ...fields,
  };
}

/** A zip of OSV records, one `<id>.json` each. */
export function osvZip(records: readonly Record<string, unknown>[]): Buffer {
  return writeTestZip(records.map((r) => ({ name: `${String(r.id)}.json`, data: JSON.stringify(r) })));
}
