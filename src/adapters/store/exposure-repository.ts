import type {
  AdvisoryFacts,
  EpssFacts,
  ExposureRepository,
  ExposureRow,
  KevFacts,
} from '../../app/exposures/index.js';
import { readEpssScores } from './epss-repository.js';
import { listings as kevListings } from './kev-repository.js';
import type { SqlClient } from './sql-client.js';
import { triageRulesAt } from './triage-repository.js';
import { createVexRepository } from './vex-repository.js';

interface RawRow {
  pv_id: number;
  advisory_id: string;
  vulnerability_id: string;
  reason: string;
  fixed_version: string | null;
  type: string;
  pns: string;
  pname: string;
  version: string;
  distro: string;
  psource: string;
  digest: string;
  artifact_name: string;
  aliases: { repository: string; tag: string }[] | null;
  namespace: string;
  workload: string;
  kind: string;
  labels: Record<string, string>;
  attributes: Record<string, unknown>;
  environment: string;
  tier: ExposureRow['environment']['tier'];
  criticality: ExposureRow['environment']['criticality'];
  env_labels: Record<string, string>;
  observed: boolean;
  sources: string[];
  first_seen: Date | string;
}

// Affected findings × current SBOMs × open deployments × present workloads: the exposures, before scoring. With
// `at` ($4), the deployments active and the workloads present then instead (an artifact's content never changes:
// its current SBOM describes it at any time), and only advisories published by then: as known at the time.
// Two texts rather than one with ORs: the current one keeps its plan.
const ACTIVE_NOW = { deployment: 'd.ended_at IS NULL', workload: 'w.removed_at IS NULL', advisory: 'true' };
const ACTIVE_AT = {
  advisory: '(a.published IS NULL OR a.published <= $4::timestamptz)',
  deployment: 'd.first_seen <= $4::timestamptz AND (d.ended_at IS NULL OR d.ended_at > $4::timestamptz)',
  workload:
    '(w.first_seen IS NULL OR w.first_seen <= $4::timestamptz) AND (w.removed_at IS NULL OR w.removed_at > $4::timestamptz)',
};
const exposureSql = (active: { deployment: string; workload: string; advisory: string }) => `
WITH hits AS (
  SELECT f.package_version_id, f.advisory_id, s.artifact_id, d.workload_id,
         bool_or(d.observed) AS observed, array_agg(DISTINCT d.source ORDER BY d.source) AS sources,
         min(d.first_seen) AS first_seen
  FROM findings f
  JOIN components c ON c.package_version_id = f.package_version_id
  JOIN sboms s ON s.id = c.sbom_id AND s.superseded_at IS NULL
  JOIN deployments d ON d.artifact_id = s.artifact_id AND ${active.deployment}
  WHERE f.status = 'affected' AND ($1::text[] IS NULL OR f.advisory_id = ANY($1::text[]))
  GROUP BY f.package_version_id, f.advisory_id, s.artifact_id, d.workload_id
)
SELECT h.package_version_id AS pv_id, h.advisory_id, a.vulnerability_id, f.reason, f.fixed_version,
       p.type, p.namespace AS pns, p.name AS pname, v.version, v.distro, v.source AS psource,
       art.digest, art.name AS artifact_name,
       (SELECT jsonb_agg(jsonb_build_object('repository', al.repository, 'tag', al.tag) ORDER BY al.repository, al.tag)
          FROM artifact_aliases al WHERE al.artifact_id = art.id) AS aliases,
       w.namespace, w.name AS workload, w.kind, w.labels, w.attributes,
       e.name AS environment, e.tier, e.criticality, e.labels AS env_labels,
       h.observed, h.sources, h.first_seen
FROM hits h
JOIN findings f ON f.package_version_id = h.package_version_id AND f.advisory_id = h.advisory_id
JOIN advisories a ON a.id = h.advisory_id
JOIN package_versions v ON v.id = h.package_version_id
JOIN packages p ON p.id = v.package_id
JOIN artifacts art ON art.id = h.artifact_id
JOIN workloads w ON w.id = h.workload_id AND ${active.workload}
JOIN environments e ON e.id = w.environment_id
WHERE ($2::text IS NULL OR e.name = $2::text) AND ($3::text[] IS NULL OR e.name = ANY($3::text[]))
  AND ${active.advisory}`;
const EXPOSURE_SQL = exposureSql(ACTIVE_NOW);
const EXPOSURE_AT_SQL = exposureSql(ACTIVE_AT);

/** Exposure inputs over SQL: findings placed in the twin, and the intelligence that scores them. */
export function createExposureRepository(db: SqlClient): ExposureRepository {
  return {
    async exposureRows(filter) {
      const params = [filter.advisoryIds ?? null, filter.environment ?? null, filter.environments ?? null];
      const rows = await (filter.at
        ? db.query<RawRow>(EXPOSURE_AT_SQL, [...params, filter.at])
        : db.query<RawRow>(EXPOSURE_SQL, params));
      return rows.map((r) => ({
        packageVersionId: r.pv_id,
        advisoryId: r.advisory_id,
        vulnerabilityId: r.vulnerability_id,
        reason: r.reason,
        fixedVersion: r.fixed_version,
        package: {
          type: r.type,
          namespace: r.pns,
          name: r.pname,
          version: r.version,
          distro: r.distro,
          source: r.psource,
        },
        artifact: { digest: r.digest, name: r.artifact_name, aliases: r.aliases ?? [] },
        workload: {
          namespace: r.namespace,
          name: r.workload,
          kind: r.kind,
          labels: r.labels,
          attributes: r.attributes,
        },
        environment: { name: r.environment, tier: r.tier, criticality: r.criticality, labels: r.env_labels },
        observed: r.observed,
        sources: r.sources,
        firstSeen: new Date(r.first_seen).toISOString(),
      }));
    },
    async affectedAdvisories() {
      const rows = await db.query<{ advisory_id: string; vulnerability_id: string; n: number | string }>(
        `SELECT f.advisory_id, a.vulnerability_id, count(*) AS n
         FROM findings f JOIN advisories a ON a.id = f.advisory_id
         WHERE f.status = 'affected' GROUP BY f.advisory_id, a.vulnerability_id`,
      );
      return rows.map((r) => ({
        advisoryId: r.advisory_id,
        vulnerabilityId: r.vulnerability_id,
        findings: Number(r.n),
      }));
    },
    async advisoryFacts(vulnerabilityIds) {
      const rows = await db.query<{
        id: string;
        vulnerability_id: string;
        summary: string;
        published: Date | null;
        severity: { type: string; score: string }[];
        aliases: string[] | null;
      }>(
        `SELECT a.id, a.vulnerability_id, a.summary, a.published, a.severity,
           (SELECT array_agg(al.alias ORDER BY al.alias) FROM advisory_aliases al WHERE al.advisory_id = a.id) AS aliases
         FROM advisories a WHERE a.vulnerability_id = ANY($1::text[]) ORDER BY a.id`,
        [vulnerabilityIds],
      );
      return rows.map(
        (r): AdvisoryFacts => ({
          id: r.id,
          vulnerabilityId: r.vulnerability_id,
          summary: r.summary,
          published: r.published === null ? null : new Date(r.published).toISOString(),
          severity: r.severity,
          aliases: r.aliases ?? [],
        }),
      );
    },
    // KEV and EPSS through the feeds' own reads: one rule, so `advisory show` and the ranking always agree.
    async kev(cves) {
      return (await kevListings(db, cves))
        .filter((l) => l.removedIn === undefined)
        .map(
          (l): KevFacts => ({
            cve: l.cveId,
            dateAdded: l.firstDateAdded,
            dueDate: l.entry.dueDate ?? null,
            ransomware: (l.entry.knownRansomwareCampaignUse ?? '').toLowerCase() === 'known',
          }),
        );
    },
    async epss(cves) {
      return (await readEpssScores(db, cves)).map(
        (s): EpssFacts => ({
          cve: s.cveId,
          date: s.scoreDate,
          probability: s.epss,
          percentile: s.percentile,
        }),
      );
    },
    async artifactFindings(digest) {
      const rows = await db.query<{
        advisory_id: string;
        vulnerability_id: string;
        summary: string;
        status: 'affected' | 'unknown';
        reason: string;
        fixed_version: string | null;
        type: string;
        namespace: string;
        name: string;
        version: string;
        distro: string;
        source: string;
      }>(
        `SELECT DISTINCT f.advisory_id, ad.vulnerability_id, ad.summary, f.status, f.reason, f.fixed_version,
                p.type, p.namespace, p.name, v.version, v.distro, v.source
         FROM artifacts a
         JOIN sboms s ON s.artifact_id = a.id AND s.superseded_at IS NULL
         JOIN components c ON c.sbom_id = s.id
         JOIN findings f ON f.package_version_id = c.package_version_id
         JOIN advisories ad ON ad.id = f.advisory_id
         JOIN package_versions v ON v.id = f.package_version_id
         JOIN packages p ON p.id = v.package_id
         WHERE a.digest = $1
         ORDER BY ad.vulnerability_id, f.advisory_id, p.type, p.namespace, p.name, v.version, v.distro, v.source`,
        [digest],
      );
      return rows.map((r) => ({
        advisoryId: r.advisory_id,
        vulnerabilityId: r.vulnerability_id,
        summary: r.summary,
        status: r.status,
        reason: r.reason,
        fixedVersion: r.fixed_version,
        package: {
          type: r.type,
          namespace: r.namespace,
          name: r.name,
          version: r.version,
          distro: r.distro,
          source: r.source,
        },
      }));
    },
    vexStatements: () => createVexRepository(db).loadStatements(),
    triageRules: (at) => triageRulesAt(db, at),
    async vulnerabilityOf(id) {
      const [row] = await db.query<{ vulnerability_id: string }>(
        `SELECT vulnerability_id FROM advisories WHERE upper(id) = upper($1)
         UNION ALL
         SELECT a.vulnerability_id FROM advisory_aliases al JOIN advisories a ON a.id = al.advisory_id WHERE upper(al.alias) = upper($1)
         LIMIT 1`,
        [id],
      );
      return row?.vulnerability_id;
    },
    async componentPaths(targets) {
      if (targets.length === 0) return [];
      // Walks dependency edges up from each component to one nothing depends on (depth-capped), all targets at once.
      const rows = await db.query<{ n: number; names: string[] }>(
        `WITH RECURSIVE wanted AS (
           SELECT t.n, t.digest, t.pv FROM unnest($1::text[], $2::int8[]) WITH ORDINALITY AS t(digest, pv, n)
         ), start AS (
           SELECT DISTINCT ON (w.n) w.n, c.id FROM wanted w
           JOIN artifacts a ON a.digest = w.digest
           JOIN sboms s ON s.artifact_id = a.id AND s.superseded_at IS NULL
           JOIN components c ON c.sbom_id = s.id AND c.package_version_id = w.pv
           ORDER BY w.n, c.id
         ), up(n, id, path, depth) AS (
           SELECT n, id, ARRAY[id], 0 FROM start
           UNION ALL
           SELECT up.n, e.from_id, e.from_id || up.path, up.depth + 1
           FROM up JOIN LATERAL (SELECT from_id FROM component_edges WHERE to_id = up.id ORDER BY from_id LIMIT 1) e ON true
           WHERE up.depth < 20 AND NOT e.from_id = ANY(up.path)
         )
         SELECT DISTINCT ON (n) n::int AS n,
           ARRAY(SELECT c.name || CASE WHEN c.version = '' THEN '' ELSE '@' || c.version END
                 FROM unnest(path) WITH ORDINALITY AS p(id, k) JOIN components c ON c.id = p.id ORDER BY p.k) AS names
         FROM up ORDER BY n, depth DESC`,
        [targets.map((t) => t.artifactDigest), targets.map((t) => t.packageVersionId)],
      );
      const byIndex = new Map(rows.map((r) => [r.n, r.names]));
      return targets.map((_, i) => byIndex.get(i + 1) ?? []);
    },
    async twinCoverage() {
      return db.query<{ environment: string; runningArtifacts: number; withSbom: number }>(
        `SELECT e.name AS environment, count(DISTINCT d.artifact_id)::int AS "runningArtifacts",
           count(DISTINCT d.artifact_id) FILTER (WHERE EXISTS (
             SELECT 1 FROM sboms s WHERE s.artifact_id = d.artifact_id AND s.superseded_at IS NULL))::int AS "withSbom"
         FROM deployments d JOIN workloads w ON w.id = d.workload_id AND w.removed_at IS NULL
         JOIN environments e ON e.id = w.environment_id
         WHERE d.ended_at IS NULL AND d.observed GROUP BY e.name ORDER BY e.name`,
      );
    },
    async unplacedFindings() {
      const [row] = await db.query<{ artifacts: number; package_versions: number }>(
        `SELECT count(DISTINCT s.artifact_id)::int AS artifacts, count(DISTINCT f.package_version_id)::int AS package_versions
         FROM findings f JOIN components c ON c.package_version_id = f.package_version_id
         JOIN sboms s ON s.id = c.sbom_id AND s.superseded_at IS NULL
         WHERE f.status = 'affected' AND NOT EXISTS (
           SELECT 1 FROM deployments d WHERE d.artifact_id = s.artifact_id AND d.ended_at IS NULL)`,
      );
      return { artifacts: row?.artifacts ?? 0, packageVersions: row?.package_versions ?? 0 };
    },
    async unknownFindings() {
      const [row] = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM findings WHERE status = 'unknown'",
      );
      return row?.n ?? 0;
    },
  };
}
