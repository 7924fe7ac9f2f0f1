import { describe, expect, it } from 'vitest';
import type {
  AdvisoryBatch,
  AdvisoryRepository,
  FeedSync,
  FeedSyncRepository,
  OsvEntry,
  OsvFeed,
  OsvWork,
  SyncCounts,
} from './ports.js';
import { NO_COUNTS } from './ports.js';
import { syncOsvEcosystem } from './sync-osv.js';
import { SILENT_PROGRESS } from './sync-progress.js';

const entry = (id: string, json: unknown = { id, modified: '2024-01-01T00:00:00Z' }): OsvEntry => ({
  name: `${id}.json`,
  text: JSON.stringify(json),
  json,
});

function work(entries: OsvEntry[], failOn?: string): OsvWork {
  return {
    location: 'mirror/PyPI/all.zip',
    mode: 'full',
    sha256: 'same',
    names: entries.map((e) => e.name).sort(),
    load: async (names) => {
      if (failOn && names.includes(failOn)) throw new Error('disk gone');
      return entries.filter((e) => names.includes(e.name));
    },
  };
}

/** In-memory repositories: enough of the store to watch batches and cursors. */
function memory() {
  const syncs: FeedSync[] = [];
  const batches: AdvisoryBatch[] = [];
  const syncRepo: FeedSyncRepository = {
    lastDone: async (feed, scope) =>
      syncs.filter((s) => s.feed === feed && s.scope === scope && s.status === 'done').at(-1),
    resumable: async (feed, scope, sha) => {
      const last = syncs.filter((s) => s.feed === feed && s.scope === scope).at(-1);
      return last && last.status !== 'done' && last.sha256 === sha ? last : undefined;
    },
    start: async (s) => {
      const sync: FeedSync = {
        ...s,
        id: syncs.length + 1,
        status: 'running',
        startedAt: new Date(),
        counts: NO_COUNTS,
      };
      syncs.push(sync);
      return sync;
    },
    finish: async (id, status, counts) => {
      const i = syncs.findIndex((s) => s.id === id);
      syncs[i] = { ...(syncs[i] as FeedSync), status, counts };
    },
    failedAttempt: async (a, error) => {
      syncs.push({
        ...a,
        id: syncs.length + 1,
        mode: 'full',
        sha256: '',
        status: 'failed',
        startedAt: new Date(),
        counts: NO_COUNTS,
        error,
      });
    },
    latest: async () => syncs,
  };
  const advisories = {
    writeBatch: async (b: AdvisoryBatch): Promise<SyncCounts> => {
      batches.push(b);
      const i = syncs.findIndex((s) => s.id === b.syncId);
      syncs[i] = { ...(syncs[i] as FeedSync), cursor: b.cursor };
      return { ...NO_COUNTS, new: b.records.length, rejected: b.rejected };
    },
  } as unknown as AdvisoryRepository;
  return { syncs, batches, syncRepo, advisories };
}

const feedOf = (w: OsvWork): OsvFeed => ({
  location: 'mirror',
  ecosystems: async () => ['PyPI'],
  archive: async () => w,
});
const options = { batchSize: 2, maxIncremental: 10 };

describe('syncOsvEcosystem', () => {
  const entries = ['A-1', 'A-2', 'A-3', 'A-4', 'A-5'].map((id) => entry(id));

  it('writes batches in name order, each with its cursor, and reports bad records', async () => {
    const m = memory();
    const bad = entry('A-0', { id: 'A-0', modified: 'yesterday' });
    const result = await syncOsvEcosystem(
      {
        feed: feedOf(work([...entries, bad])),
        advisories: m.advisories,
        syncs: m.syncRepo,
        progress: SILENT_PROGRESS,
      },
      'PyPI',
      options,
    );
    expect(m.batches.map((b) => [b.cursor, b.records.map((r) => r.record.id)])).toEqual([
      ['A-1.json', ['A-1']],
      ['A-3.json', ['A-2', 'A-3']],
      ['A-5.json', ['A-4', 'A-5']],
    ]);
    expect(result.counts).toMatchObject({ new: 5, rejected: 1 });
    expect(result.rejects).toEqual([
      { code: 'OSV_INVALID', path: 'A-0: modified', message: expect.stringMatching(/"yesterday"/) },
    ]);
    expect(m.syncs[0]?.status).toBe('done');
  });

  it('resumes an interrupted sync of the same archive after its cursor', async () => {
    const m = memory();
    const deps = { advisories: m.advisories, syncs: m.syncRepo, progress: SILENT_PROGRESS };
    await expect(
      syncOsvEcosystem({ ...deps, feed: feedOf(work(entries, 'A-3.json')) }, 'PyPI', options),
    ).rejects.toThrow('disk gone');
    expect(m.syncs[0]).toMatchObject({ status: 'failed', cursor: 'A-2.json' });
    const result = await syncOsvEcosystem({ ...deps, feed: feedOf(work(entries)) }, 'PyPI', options);
    expect(result.resumedAfter).toBe('A-2.json');
    expect(m.batches.map((b) => b.cursor)).toEqual(['A-2.json', 'A-4.json', 'A-5.json']);
    expect(m.syncs).toHaveLength(1);
  });

  it('starts over when the archive changed since the interruption', async () => {
    const m = memory();
    const deps = { advisories: m.advisories, syncs: m.syncRepo, progress: SILENT_PROGRESS };
    await expect(
      syncOsvEcosystem({ ...deps, feed: feedOf(work(entries, 'A-3.json')) }, 'PyPI', options),
    ).rejects.toThrow();
    const changed = { ...work(entries), sha256: 'newer' };
    const result = await syncOsvEcosystem({ ...deps, feed: feedOf(changed) }, 'PyPI', options);
    expect(result.resumedAfter).toBeUndefined();
    expect(m.syncs.map((s) => s.sha256)).toEqual(['same', 'newer']);
  });

  it('syncs incrementally from the last high water when the source offers changes', async () => {
    const m = memory();
    m.syncs.push({
      id: 1,
      feed: 'osv',
      scope: 'PyPI',
      location: 'https://osv.example/PyPI/all.zip',
      mode: 'full',
      sha256: 'old',
      status: 'done',
      startedAt: new Date(),
      highWater: new Date('2024-05-02T00:00:00Z'),
      counts: NO_COUNTS,
    });
    let asked: Date | undefined;
    const feed: OsvFeed = {
      location: 'https://osv.example',
      ecosystems: async () => undefined,
      archive: async () => {
        throw new Error('should not read the archive');
      },
      changes: async (_eco, since) => {
        asked = since;
        return { ...work([entries[0] as OsvEntry]), mode: 'incremental', sha256: 'delta' };
      },
    };
    const result = await syncOsvEcosystem(
      { feed, advisories: m.advisories, syncs: m.syncRepo, progress: SILENT_PROGRESS },
      'PyPI',
      options,
    );
    expect(result.mode).toBe('incremental');
    expect(asked?.toISOString()).toBe('2024-05-01T00:00:00.000Z');
  });
});

describe('syncOsvEcosystem with records the store cannot hold', () => {
  it('rejects a record holding \\u0000 instead of failing its batch', async () => {
    const m = memory();
    const nul = {
      name: 'N-1.json',
      text: '{"id":"N-1","modified":"2024-01-01T00:00:00Z","summary":"a\\u0000b"}',
      json: {},
    };
    const result = await syncOsvEcosystem(
      {
        feed: feedOf(work([nul, entry('A-1')])),
        advisories: m.advisories,
        syncs: m.syncRepo,
        progress: SILENT_PROGRESS,
      },
      'PyPI',
      options,
    );
    expect(result.counts).toMatchObject({ new: 1, rejected: 1 });
    expect(result.rejects[0]).toMatchObject({ code: 'OSV_UNSTORABLE', path: 'N-1.json' });
  });
});
