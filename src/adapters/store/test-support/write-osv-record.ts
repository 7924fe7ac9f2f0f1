import { indexAdvisory, parseOsvRecord } from '../../../core/advisory/index.js';
import type { createFeedRepositories } from '../feed-repositories.js';

/** Stores one OSV record as a finished one-record sync would: what tests that need an advisory write. */
export async function writeOsvRecord(
  feeds: ReturnType<typeof createFeedRepositories>,
  record: { readonly id: string } & Record<string, unknown>,
  sha256 = record.id,
): Promise<void> {
  const parsed = parseOsvRecord(record, record.id);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const sync = await feeds.syncs.start({
    feed: 'osv',
    scope: 'synthetic',
    location: 'test',
    mode: 'full',
    sha256,
  });
  await feeds.advisories.writeBatch({
    syncId: sync.id,
    source: 'test',
    cursor: record.id,
    rejected: 0,
    records: [{ record: parsed.value, text: JSON.stringify(record), index: indexAdvisory(parsed.value) }],
  });
  await feeds.syncs.finish(sync.id, 'done', { new: 1, modified: 0, unchanged: 0, withdrawn: 0, rejected: 0 });
}
