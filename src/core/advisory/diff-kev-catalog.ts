import type { KevCatalog, KevEntry } from './kev-catalog.js';

/** A KEV entry as the store holds it: the latest listing, and whether the latest catalog still lists it. */
export interface StoredKevEntry {
  readonly entry: KevEntry;
  readonly listed: boolean;
}

/** What a new catalog changes, entry by entry: the history the store appends. */
export interface KevChanges {
  readonly added: readonly KevEntry[];
  readonly changed: readonly KevEntry[];
  /** Listed again after having been dropped from an earlier catalog. */
  readonly restored: readonly KevEntry[];
  readonly removed: readonly string[];
  readonly unchanged: number;
}

/**
 * Compares a catalog with what is stored. CISA has removed entries from KEV (rarely, for errors), so an
 * entry missing from the new catalog is `removed`, not forgotten: its history and first `dateAdded` stay.
 */
export function diffKevCatalog(stored: ReadonlyMap<string, StoredKevEntry>, catalog: KevCatalog): KevChanges {
  const added: KevEntry[] = [];
  const changed: KevEntry[] = [];
  const restored: KevEntry[] = [];
  let unchanged = 0;
  const listed = new Set<string>();
  for (const entry of catalog.vulnerabilities) {
    listed.add(entry.cveID);
    const before = stored.get(entry.cveID);
    if (!before) added.push(entry);
    else if (!before.listed) restored.push(entry);
    else if (canonicalJson(before.entry) !== canonicalJson(entry)) changed.push(entry);
    else unchanged++;
  }
  const removed = [...stored].filter(([cve, s]) => s.listed && !listed.has(cve)).map(([cve]) => cve);
  return { added, changed, restored, removed: removed.sort(), unchanged };
}

/** JSON with object keys sorted, so that an entry read back from jsonb compares equal to the catalog's. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
