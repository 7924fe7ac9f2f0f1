import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEmbeddedDatabase } from '../../src/adapters/store/embedded-database.js';
import { migrated } from '../../src/adapters/store/open-database.js';
import { type CrashStore, crashAndCompare } from './crash-injection.js';

const embedded = (): CrashStore => {
  const home = mkdtempSync(join(tmpdir(), 'vigil-crash-home-'));
  return {
    env: { VIGIL_HOME: home },
    async look(read) {
      const db = await migrated(await openEmbeddedDatabase(home));
      try {
        return await read(db);
      } finally {
        await db.close();
      }
    },
    dispose: async () => rmSync(home, { recursive: true, force: true }),
  };
};

describe('SIGKILL at random SQL statements of every write, on the embedded store', () => {
  it('leaves a store that opens, no step half-written, and in the end the state of an estate built without a crash', async () => {
    const [reference, crashed] = [embedded(), embedded()];
    try {
      const { kills, points } = await crashAndCompare(reference, crashed, { kills: 8, seed: 1 });
      expect(kills, points.join(' ')).toBeGreaterThanOrEqual(45);
    } finally {
      await reference.dispose();
      await crashed.dispose();
    }
  }, 600_000);
});
