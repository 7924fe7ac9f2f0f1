import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedSyncRepository } from './feed-sync-repository.js';
import { STORES, type TestDatabase } from './test-support/databases.js';

const NEW = {
  feed: 'osv',
  scope: 'PyPI',
  location: '/mirror',
  mode: 'full',
  sha256: 'a'.repeat(64),
} as const;
const statusOf = async (repo: ReturnType<typeof createFeedSyncRepository>) =>
  (await repo.latest()).find((s) => s.scope === 'PyPI')?.status;

describe.each(STORES)('running feed syncs on the $kind store', ({ create }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await create();
  });
  afterAll(() => t?.dispose());

  it('shows a sync whose process is gone as interrupted, and one that lives, or beats, as running', async () => {
    // the process that runs the sync: its heartbeat keeps it alive past the silence deadline
    const runner = createFeedSyncRepository(t.db, { exclusive: false, silentMs: 300, heartbeatMs: 50 });
    const started = await runner.start(NEW);
    await new Promise((r) => setTimeout(r, 500));
    expect(await statusOf(runner)).toBe('running');
    // another process on PostgreSQL: running while the runner beats …
    const other = createFeedSyncRepository(t.db, { exclusive: false, silentMs: 300 });
    expect(await statusOf(other)).toBe('running');
    // … and the embedded store's next process: nobody else can run it, so it is interrupted
    expect(await statusOf(createFeedSyncRepository(t.db, { exclusive: true }))).toBe('interrupted');
    // the runner dies (its beat stops without a finish): silent past the deadline, interrupted
    const dead = createFeedSyncRepository(t.db, { exclusive: false, silentMs: 300, heartbeatMs: 10 ** 9 });
    const orphan = await dead.start({ ...NEW, sha256: 'b'.repeat(64) });
    expect(await statusOf(other)).toBe('running');
    await new Promise((r) => setTimeout(r, 500));
    expect(await statusOf(other)).toBe('interrupted');
    // and a finished sync is what it is, whoever asks
    await dead.finish(orphan.id, 'done', { new: 1, modified: 0, unchanged: 0, withdrawn: 0, rejected: 0 });
    expect(await statusOf(other)).toBe('done');
    await runner.finish(started.id, 'failed', {
      new: 0,
      modified: 0,
      unchanged: 0,
      withdrawn: 0,
      rejected: 0,
    });
  });

  it('tells when each scope last succeeded, through failed syncs and failed attempts after it', async () => {
    const repo = createFeedSyncRepository(t.db, { exclusive: false });
    const scope = { ...NEW, scope: 'npm', sha256: 'c'.repeat(64) };
    const none = { new: 0, modified: 0, unchanged: 0, withdrawn: 0, rejected: 0 };
    const newest = async () => (await repo.latest()).find((s) => s.scope === 'npm');
    await repo.failedAttempt(scope, 'the archive is not a zip');
    expect(await newest()).toMatchObject({ status: 'failed', error: 'the archive is not a zip' });
    expect((await newest())?.lastSuccessAt).toBeUndefined();
    const ok = await repo.start(scope);
    await repo.finish(ok.id, 'done', none);
    const succeeded = (await newest())?.finishedAt;
    expect(succeeded).toBeInstanceOf(Date);
    expect((await newest())?.lastSuccessAt).toEqual(succeeded);
    const broken = await repo.start({ ...scope, sha256: 'd'.repeat(64) });
    await repo.finish(broken.id, 'failed', none, 'a batch failed');
    await repo.failedAttempt(scope, 'unreachable');
    expect(await newest()).toMatchObject({ status: 'failed', error: 'unreachable' });
    expect((await newest())?.lastSuccessAt).toEqual(succeeded);
    // the failed attempt does not hide the sync it could resume once the archive is back
    expect((await repo.resumable('osv', 'npm', 'd'.repeat(64)))?.id).toBe(broken.id);
  });
});
