import type { KevCatalogInfo, KevListing, KevRepository } from '../../app/feeds/index.js';
import type { KevEntry, StoredKevEntry } from '../../core/advisory/index.js';
import type { SqlClient, SqlDatabase } from './sql-client.js';
import { unnestQuery } from './unnest.js';

/** CISA KEV over SQL: the catalogs imported, each entry's current state, and its history. */
export function createKevRepository(db: SqlDatabase): KevRepository {
  return {
    async latestCatalog() {
      const [row] = await db.query<{ catalog_version: string; date_released: Date; entry_count: number }>(
        'SELECT catalog_version, date_released, entry_count FROM kev_catalogs ORDER BY date_released DESC LIMIT 1',
      );
      return row
        ? ({
            catalogVersion: row.catalog_version,
            dateReleased: row.date_released,
            entryCount: row.entry_count,
          } satisfies KevCatalogInfo)
        : undefined;
    },
    async entries() {
      const rows = await db.query<{ cve_id: string; entry: KevEntry; listed: boolean }>(
        'SELECT cve_id, entry, removed_in IS NULL AS listed FROM kev_entries',
      );
      return new Map<string, StoredKevEntry>(
        rows.map((r) => [r.cve_id, { entry: r.entry, listed: r.listed }]),
      );
    },
    apply: (catalog, changes, location) =>
      db.transaction(async (tx) => {
        const version = catalog.catalogVersion;
        await tx.query(
          `INSERT INTO kev_catalogs (catalog_version, date_released, entry_count, location) VALUES ($1, $2, $3, $4)
           ON CONFLICT (catalog_version) DO UPDATE SET location = EXCLUDED.location, imported_at = now()`,
          [version, catalog.dateReleased, catalog.vulnerabilities.length, location],
        );
        await upsertEntries(tx, version, changes.added, 'added');
        await upsertEntries(tx, version, changes.changed, 'changed');
        await upsertEntries(tx, version, changes.restored, 'restored');
        await tx.query('UPDATE kev_entries SET last_catalog = $1 WHERE cve_id = ANY($2::text[])', [
          version,
          catalog.vulnerabilities.map((v) => v.cveID),
        ]);
        await tx.query('UPDATE kev_entries SET removed_in = $1 WHERE cve_id = ANY($2::text[])', [
          version,
          changes.removed,
        ]);
        await unnestQuery(
          tx,
          (
            u,
          ) => `INSERT INTO kev_history (cve_id, catalog_version, change) SELECT c, $1, 'removed' FROM ${u} AS u(c)
                  ON CONFLICT DO NOTHING`,
          ['text'],
          [changes.removed],
          [version],
        );
      }),
    listings: (cveIds) => listings(db, cveIds),
  };
}

async function upsertEntries(
  tx: SqlClient,
  version: string,
  entries: readonly KevEntry[],
  change: string,
): Promise<void> {
  await unnestQuery(
    tx,
    (
      u,
    ) => `INSERT INTO kev_entries AS k (cve_id, entry, date_added, due_date, first_date_added, known_ransomware,
              first_catalog, last_catalog)
            SELECT c, e::jsonb, d::date, due::date, d::date, r, $1, $1 FROM ${u} AS u(c, e, d, due, r)
            ON CONFLICT (cve_id) DO UPDATE SET entry = EXCLUDED.entry, date_added = EXCLUDED.date_added,
              due_date = EXCLUDED.due_date, known_ransomware = EXCLUDED.known_ransomware,
              last_catalog = EXCLUDED.last_catalog, removed_in = NULL`,
    ['text', 'text', 'text', 'text', 'text'],
    [
      entries.map((e) => e.cveID),
      entries.map((e) => JSON.stringify(e)),
      entries.map((e) => e.dateAdded),
      entries.map((e) => e.dueDate),
      entries.map((e) => e.knownRansomwareCampaignUse ?? null),
    ],
    [version],
  );
  await unnestQuery(
    tx,
    (
      u,
    ) => `INSERT INTO kev_history (cve_id, catalog_version, change, entry) SELECT c, $1, $2, e::jsonb FROM ${u} AS u(c, e)
            ON CONFLICT DO NOTHING`,
    ['text', 'text'],
    [entries.map((e) => e.cveID), entries.map((e) => JSON.stringify(e))],
    [version, change],
  );
}

/** The one KEV rule: every entry of these CVEs with its history; listed now when `removedIn` is absent. */
export async function listings(db: SqlClient, cveIds: readonly string[]): Promise<KevListing[]> {
  const rows = await db.query<{
    cve_id: string;
    entry: KevEntry;
    first_date_added: string;
    removed_in: string | null;
    history: { catalogVersion: string; change: string }[];
  }>(
    `SELECT k.cve_id, k.entry, k.first_date_added::text AS first_date_added, k.removed_in,
       (SELECT json_agg(json_build_object('catalogVersion', h.catalog_version, 'change', h.change)
                        ORDER BY c.date_released, h.catalog_version)
        FROM kev_history h JOIN kev_catalogs c ON c.catalog_version = h.catalog_version
        WHERE h.cve_id = k.cve_id) AS history
     FROM kev_entries k WHERE k.cve_id = ANY($1::text[]) ORDER BY k.cve_id`,
    [cveIds],
  );
  return rows.map((r) => ({
    cveId: r.cve_id,
    entry: r.entry,
    firstDateAdded: r.first_date_added,
    history: r.history ?? [],
    ...(r.removed_in ? { removedIn: r.removed_in } : {}),
  }));
}
