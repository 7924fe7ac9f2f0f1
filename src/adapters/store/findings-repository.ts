import type { AdvisoryRecord, FindingsRepository, PackageVersionRow } from '../../app/exposures/index.js';
import type { SqlClient } from './sql-client.js';
import { unnestQuery } from './unnest.js';

const PV_SELECT = `SELECT v.id, p.type, p.namespace, p.name, v.version, v.distro, v.source
  FROM package_versions v JOIN packages p ON p.id = v.package_id`;

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

/** Findings and their inputs over SQL (migrations 001, 002, 004). */
export function createFindingsRepository(db: SqlClient): FindingsRepository {
  return {
    async state() {
      const [row] = await db.query<{
        advisories_through: string | null;
        last_full_at: Date | null;
        last_incremental_at: Date | null;
      }>(
        'SELECT advisories_through::text AS advisories_through, last_full_at, last_incremental_at FROM evaluation_state WHERE id = 1',
      );
      return {
        advisoriesThrough: row?.advisories_through ?? null,
        lastFullAt: iso(row?.last_full_at ?? null),
        lastIncrementalAt: iso(row?.last_incremental_at ?? null),
      };
    },
    packageVersions: (scope) =>
      db.query<PackageVersionRow>(
        scope === 'all'
          ? `${PV_SELECT} ORDER BY v.id`
          : `${PV_SELECT} WHERE NOT EXISTS (SELECT 1 FROM package_version_evaluations e WHERE e.package_version_id = v.id) ORDER BY v.id`,
      ),
    packageVersionsNamed: (names) =>
      db.query<PackageVersionRow>(
        `${PV_SELECT} WHERE lower(p.name) = ANY($1::text[]) OR (v.source <> '' AND lower(split_part(v.source, '@', 1)) = ANY($1::text[]))`,
        [names],
      ),
    advisoriesFor: (keys) =>
      unnestQuery<AdvisoryRecord>(
        db,
        (u) => `SELECT DISTINCT a.id, a.record FROM ${u} AS k(ecosystem, name)
          JOIN advisory_packages ap ON ap.ecosystem = k.ecosystem AND ap.name = k.name
          JOIN advisories a ON a.id = ap.advisory_id WHERE a.withdrawn IS NULL`,
        ['text', 'text'],
        [keys.map((k) => k.ecosystem), keys.map((k) => k.key)],
      ),
    advisoriesById: (ids) =>
      db.query<AdvisoryRecord>(
        'SELECT id, record FROM advisories WHERE id = ANY($1::text[]) AND withdrawn IS NULL',
        [ids],
      ),
    async advisoriesChangedSince(through) {
      // The watermark stays PostgreSQL's own text: a JS Date would cut microseconds and re-read the last batch.
      if (through === null) {
        const [row] = await db.query<{ max: string | null }>(
          'SELECT max(imported_at)::text AS max FROM advisories',
        );
        return { ids: [], through: row?.max ?? null };
      }
      const rows = await db.query<{ id: string; at: string }>(
        'SELECT id, imported_at::text AS at FROM advisories WHERE imported_at > $1::timestamptz ORDER BY imported_at',
        [through],
      );
      return { ids: rows.map((r) => r.id), through: rows.at(-1)?.at ?? through };
    },
    async analyze() {
      await db.exec('ANALYZE');
    },
    saveFindings: (write) =>
      db.transaction(async (tx) => {
        if (write.full) {
          await tx.exec('DELETE FROM findings; DELETE FROM package_version_evaluations;');
        } else if (write.replaceAdvisories.length > 0) {
          await tx.query('DELETE FROM findings WHERE advisory_id = ANY($1::text[])', [
            write.replaceAdvisories,
          ]);
        }
        const f = write.findings;
        await unnestQuery(
          tx,
          (u) => `INSERT INTO findings (package_version_id, advisory_id, status, reason, fixed_version)
            SELECT * FROM ${u}${
              // after a full evaluation's DELETE nothing can conflict: skip the per-row conflict check
              write.full
                ? ''
                : ` ON CONFLICT (package_version_id, advisory_id) DO UPDATE
            SET status = EXCLUDED.status, reason = EXCLUDED.reason, fixed_version = EXCLUDED.fixed_version`
            }`,
          ['int8', 'text', 'text', 'text', 'text'],
          [
            f.map((x) => x.packageVersionId),
            f.map((x) => x.advisoryId),
            f.map((x) => x.status),
            f.map((x) => x.reason),
            f.map((x) => x.fixedVersion ?? null),
          ],
        );
        await unnestQuery(
          tx,
          (u) => `INSERT INTO package_version_evaluations (package_version_id, evaluated_at, note)
            SELECT id, $1::timestamptz, note FROM ${u} AS x(id, note)
            ON CONFLICT (package_version_id) DO UPDATE SET evaluated_at = EXCLUDED.evaluated_at, note = EXCLUDED.note`,
          ['int8', 'text'],
          [write.evaluated.map((e) => e.id), write.evaluated.map((e) => e.note)],
          [write.at],
        );
        await tx.query(
          `UPDATE evaluation_state SET advisories_through = $1,
             last_full_at = CASE WHEN $2 THEN $3::timestamptz ELSE last_full_at END,
             last_incremental_at = CASE WHEN $2 THEN last_incremental_at ELSE $3::timestamptz END WHERE id = 1`,
          [write.advisoriesThrough, write.full, write.at],
        );
      }),
  };
}
