import type { AdvisoryGroup, AdvisoryRepository, StoredAdvisory } from '../../app/feeds/index.js';
import type { OsvRecord } from '../../core/advisory/index.js';
import type { SqlClient, SqlDatabase } from './sql-client.js';
import { writeAdvisoryBatch } from './write-advisory-batch.js';

interface AdvisoryRow {
  id: string;
  vulnerability_id: string;
  modified: Date;
  withdrawn: Date | null;
  record: OsvRecord;
}

const COLUMNS = 'a.id, a.vulnerability_id, a.modified, a.withdrawn, a.record';

/** OSV advisories over SQL: batch writes with alias grouping, lookups by any id and by package. */
export function createAdvisoryRepository(db: SqlDatabase): AdvisoryRepository {
  return {
    writeBatch: (batch) => db.transaction((tx) => writeAdvisoryBatch(tx, batch)),
    findGroup: (id) => findGroup(db, id),
    async forPackage(ecosystem, name) {
      const rows = await db.query<AdvisoryRow>(
        `SELECT ${COLUMNS} FROM advisory_packages p JOIN advisories a ON a.id = p.advisory_id
         WHERE p.ecosystem = $1 AND p.name = $2 AND a.withdrawn IS NULL ORDER BY a.id`,
        [ecosystem, name],
      );
      return rows.map(toAdvisory);
    },
    idsOf: (vulnerabilityIds) => idsOf(db, vulnerabilityIds),
    async countsByEcosystem() {
      const rows = await db.query<{ ecosystem: string; advisories: number; withdrawn: number }>(
        `SELECT e.ecosystem, count(*)::int AS advisories, count(a.withdrawn)::int AS withdrawn
         FROM advisories a CROSS JOIN LATERAL unnest(a.ecosystems) AS e(ecosystem)
         GROUP BY e.ecosystem ORDER BY e.ecosystem`,
      );
      return rows;
    },
  };
}

async function findGroup(db: SqlClient, id: string): Promise<AdvisoryGroup | undefined> {
  const lookup = async (match: (column: string) => string) =>
    (
      await db.query<{ vulnerability_id: string }>(
        `SELECT vulnerability_id FROM advisories WHERE ${match('id')}
         UNION ALL
         SELECT a.vulnerability_id FROM advisory_aliases l JOIN advisories a ON a.id = l.advisory_id
         WHERE ${match('l.alias')} LIMIT 1`,
        [id],
      )
    )[0]?.vulnerability_id;
  const exact = (column: string) => `${column} = $1`;
  const anyCase = (column: string) => `upper(${column}) = upper($1)`;
  const vulnerabilityId = (await lookup(exact)) ?? (await lookup(anyCase));
  if (vulnerabilityId === undefined) return undefined;
  const rows = await db.query<AdvisoryRow>(
    `SELECT ${COLUMNS} FROM advisories a WHERE a.vulnerability_id = $1 ORDER BY a.id`,
    [vulnerabilityId],
  );
  const ids = (await idsOf(db, [vulnerabilityId])).get(vulnerabilityId) ?? rows.map((r) => r.id);
  return { vulnerabilityId, ids, advisories: rows.map(toAdvisory) };
}

/** Every id of each vulnerability: its records' ids and the aliases they name. */
async function idsOf(db: SqlClient, vulnerabilityIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await db.query<{ vulnerability_id: string; ids: string[] }>(
    `SELECT vulnerability_id, array_agg(DISTINCT id ORDER BY id) AS ids FROM (
       SELECT a.vulnerability_id, a.id FROM advisories a WHERE a.vulnerability_id = ANY($1::text[])
       UNION ALL
       SELECT a.vulnerability_id, l.alias FROM advisories a JOIN advisory_aliases l ON l.advisory_id = a.id
       WHERE a.vulnerability_id = ANY($1::text[])
     ) AS n GROUP BY vulnerability_id`,
    [vulnerabilityIds],
  );
  return new Map(rows.map((r) => [r.vulnerability_id, r.ids]));
}

function toAdvisory(r: AdvisoryRow): StoredAdvisory {
  return {
    id: r.id,
    vulnerabilityId: r.vulnerability_id,
    modified: r.modified,
    record: r.record,
    ...(r.withdrawn ? { withdrawn: r.withdrawn } : {}),
  };
}
