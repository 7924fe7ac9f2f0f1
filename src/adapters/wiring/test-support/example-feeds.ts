import { join } from 'node:path';
import { SILENT_PROGRESS } from '../../../app/feeds/index.js';
import type { TestDatabase } from '../../store/test-support/databases.js';
import { feedSyncRequest } from '../feed-sources.js';
import { openVigil, type Vigil } from '../open-vigil.js';
import { readVigilConfig } from '../vigil-config.js';

export const examples = (...p: string[]): string => join(process.cwd(), 'examples', ...p);

/** Vigil on a test store with the example feeds (the real OSV, KEV and EPSS records of examples/feeds) synced. */
export async function openWithExampleFeeds(t: TestDatabase): Promise<Vigil> {
  await t.db.close();
  const config = readVigilConfig(t.env, process.cwd());
  const vigil = await openVigil(config);
  await vigil.feeds.sync(
    feedSyncRequest(config, {
      osvMirror: examples('feeds', 'osv'),
      kev: examples('feeds', 'kev.json'),
      epss: [examples('feeds', 'epss_scores-2026-08-16.csv')],
    }),
    SILENT_PROGRESS,
  );
  return vigil;
}
