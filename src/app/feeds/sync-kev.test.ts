import { describe, expect, it } from 'vitest';
import type { KevCatalog, KevChanges } from '../../core/advisory/index.js';
import { isInputError } from '../../core/input/index.js';
import type { FeedSyncRepository, KevRepository } from './ports.js';
import { NO_COUNTS } from './ports.js';
import { syncKev } from './sync-kev.js';

const entry = {
  cveID: 'CVE-2024-0001',
  vendorProject: 'Acme',
  product: 'Widget',
  vulnerabilityName: 'RCE',
  dateAdded: '2024-01-02',
  shortDescription: 'bad',
  requiredAction: 'patch',
  dueDate: '2024-01-23',
};
const doc = (dateReleased: string, vulnerabilities: unknown[] = [entry]) => ({
  location: 'kev.json',
  sha256: 'x',
  text: JSON.stringify({
    catalogVersion: dateReleased.slice(0, 10),
    dateReleased,
    count: vulnerabilities.length,
    vulnerabilities,
  }),
});

function fakes(storedRelease?: string) {
  const applied: { catalog: KevCatalog; changes: KevChanges }[] = [];
  const kev = {
    latestCatalog: async () =>
      storedRelease
        ? { catalogVersion: 'old', dateReleased: new Date(storedRelease), entryCount: 1 }
        : undefined,
    entries: async () => new Map(),
    apply: async (catalog: KevCatalog, changes: KevChanges) => {
      applied.push({ catalog, changes });
    },
  } as unknown as KevRepository;
  const syncs = {
    start: async (s: object) => ({
      ...s,
      id: 1,
      status: 'running',
      startedAt: new Date(),
      counts: NO_COUNTS,
    }),
    finish: async () => {},
    failedAttempt: async () => {},
  } as unknown as FeedSyncRepository;
  return { kev, syncs, applied };
}

describe('syncKev', () => {
  it('applies a catalog and counts its changes', async () => {
    const f = fakes();
    const result = await syncKev(f, doc('2024-02-01T00:00:00Z'));
    expect(result).toMatchObject({ outcome: 'applied', counts: { new: 1, modified: 0, unchanged: 0 } });
    expect(f.applied[0]?.changes.added.map((e) => e.cveID)).toEqual(['CVE-2024-0001']);
  });

  it('leaves out a catalog older than the stored one', async () => {
    const f = fakes('2024-03-01T00:00:00Z');
    const result = await syncKev(f, doc('2024-02-01T00:00:00Z'));
    expect(result.outcome).toBe('older');
    expect(f.applied).toEqual([]);
  });

  it('imports nothing from a damaged catalog and says why', async () => {
    const f = fakes();
    const error = await syncKev(f, doc('2024-02-01T00:00:00Z', [{ ...entry, dueDate: 'soon' }])).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe('the KEV catalog from kev.json is invalid; nothing was imported');
    const cause = (error as Error).cause;
    expect(isInputError(cause) && cause.issues[0]?.path).toBe('kev.json: vulnerabilities[0].dueDate');
    expect(f.applied).toEqual([]);
  });
});
