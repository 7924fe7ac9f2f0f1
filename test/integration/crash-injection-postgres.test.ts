import { describe, expect, it } from 'vitest';
import { migrated } from '../../src/adapters/store/open-database.js';
import { openPostgresDatabase } from '../../src/adapters/store/postgres-database.js';
import { createPostgresTestDatabase } from '../../src/adapters/store/test-support/databases.js';
import { type CrashStore, crashAndCompare } from './crash-injection.js';

const postgres = async (): Promise<CrashStore> => {
  const t = await createPostgresTestDatabase();
  await t.db.close();
  return {
    env: t.env,
    async look(read) {
      const db = await migrated(await openPostgresDatabase(t.env.VIGIL_DATABASE_URL as string));
      try {
        return await read(db);
      } finally {
        await db.close();
      }
    },
    dispose: () => t.dispose(),
  };
};

describe('SIGKILL at random SQL statements of every write, on PostgreSQL', () => {
  it('leaves a store that opens, no step half-written, and in the end the state of an estate built without a crash', async () => {
    const [reference, crashed] = [await postgres(), await postgres()];
    try {
      const { kills, points } = await crashAndCompare(reference, crashed, { kills: 7, seed: 2 });
      expect(kills, points.join(' ')).toBeGreaterThanOrEqual(40);
    } finally {
      await reference.dispose();
      await crashed.dispose();
    }
  }, 600_000);
});
