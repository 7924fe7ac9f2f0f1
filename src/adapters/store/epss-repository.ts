import type { EpssDay, EpssRepository, EpssScore } from '../../app/feeds/index.js';
import type { SqlClient, SqlDatabase } from './sql-client.js';
import { unnestQuery } from './unnest.js';

/** EPSS over SQL: one row per CVE per day imported. */
export function createEpssRepository(db: SqlDatabase): EpssRepository {
  return {
    async days() {
      const rows = await db.query<{ score_date: string; model_version: string; row_count: number }>(
        'SELECT score_date::text AS score_date, model_version, row_count FROM epss_days ORDER BY score_date',
      );
      return rows.map(
        (r): EpssDay => ({ scoreDate: r.score_date, modelVersion: r.model_version, rows: r.row_count }),
      );
    },
    replaceDay: (scores, location) =>
      db.transaction(async (tx) => {
        const day = scores.scoreDate;
        await tx.query('DELETE FROM epss_scores WHERE score_date = $1', [day]);
        await tx.query(
          `INSERT INTO epss_days (score_date, model_version, row_count, location) VALUES ($1, $2, $3, $4)
           ON CONFLICT (score_date) DO UPDATE SET model_version = EXCLUDED.model_version,
             row_count = EXCLUDED.row_count, location = EXCLUDED.location, imported_at = now()`,
          [day, scores.modelVersion, scores.cves.length, location],
        );
        await unnestQuery(
          tx,
          (u) => `INSERT INTO epss_scores (score_date, cve_id, epss, percentile)
                  SELECT $1::date, c, e::real, p::real FROM ${u} AS u(c, e, p)`,
          ['text', 'text', 'text'],
          [scores.cves, scores.epss, scores.percentiles],
          [day],
        );
      }),
    scores: (cveIds, onDate) => readEpssScores(db, cveIds, onDate),
  };
}

/**
 * The one EPSS rule, for `advisory show` and the risk model alike: each CVE's newest score on or before
 * `onDate` (the newest it has when omitted). A CVE missing from the newest day keeps its last published score.
 */
export async function readEpssScores(
  db: SqlClient,
  cveIds: readonly string[],
  onDate?: string,
): Promise<EpssScore[]> {
  const rows = await db.query<{
    cve_id: string;
    score_date: string;
    epss: number;
    percentile: number;
    model_version: string;
  }>(
    `SELECT DISTINCT ON (s.cve_id) s.cve_id, s.score_date::text AS score_date, s.epss, s.percentile, d.model_version
     FROM epss_scores s JOIN epss_days d ON d.score_date = s.score_date
     WHERE s.cve_id = ANY($1::text[]) AND ($2::date IS NULL OR s.score_date <= $2::date)
     ORDER BY s.cve_id, s.score_date DESC`,
    [cveIds, onDate ?? null],
  );
  return rows.map(
    (r): EpssScore => ({
      cveId: r.cve_id,
      scoreDate: r.score_date,
      epss: r.epss,
      percentile: r.percentile,
      modelVersion: r.model_version,
    }),
  );
}
