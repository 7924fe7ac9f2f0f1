import type { IndexedEnvironment, IndexSource } from '../../app/exposures/index.js';
import type { PackageVersionRef } from '../../core/matching/index.js';
import type { SqlClient } from './sql-client.js';

const iso = (v: Date | string): string => new Date(v).toISOString();

/** The live index's reads over SQL: each one statement, whole or scoped. */
export function createIndexSource(db: SqlClient): IndexSource {
  return {
    async artifacts(digests) {
      const rows = await db.query<{
        digest: string;
        name: string;
        aliases: { repository: string; tag: string }[] | null;
        pvs: (number | string)[];
      }>(
        `SELECT a.digest, a.name,
           (SELECT jsonb_agg(jsonb_build_object('repository', al.repository, 'tag', al.tag) ORDER BY al.repository, al.tag)
              FROM artifact_aliases al WHERE al.artifact_id = a.id) AS aliases,
           ARRAY(SELECT DISTINCT c.package_version_id FROM sboms s JOIN components c ON c.sbom_id = s.id
                 WHERE s.artifact_id = a.id AND s.superseded_at IS NULL AND c.package_version_id IS NOT NULL) AS pvs
         FROM artifacts a
         WHERE ($1::text[] IS NULL OR a.digest = ANY($1::text[]))
           AND EXISTS (SELECT 1 FROM sboms s WHERE s.artifact_id = a.id AND s.superseded_at IS NULL)`,
        [digests ?? null],
      );
      return rows.map((r) => ({
        digest: r.digest,
        name: r.name,
        aliases: r.aliases ?? [],
        packageVersions: r.pvs.map(Number),
      }));
    },
    async artifactNames(digests) {
      if (digests.length === 0) return [];
      const rows = await db.query<{
        digest: string;
        name: string;
        aliases: { repository: string; tag: string }[] | null;
      }>(
        `SELECT a.digest, a.name,
           (SELECT jsonb_agg(jsonb_build_object('repository', al.repository, 'tag', al.tag) ORDER BY al.repository, al.tag)
              FROM artifact_aliases al WHERE al.artifact_id = a.id) AS aliases
         FROM artifacts a WHERE a.digest = ANY($1::text[])`,
        [digests],
      );
      return rows.map((r) => ({ digest: r.digest, name: r.name, aliases: r.aliases ?? [] }));
    },
    async packageVersions(ids) {
      if (ids.length === 0) return [];
      const rows = await db.query<PackageVersionRef & { id: number | string }>(
        `SELECT v.id, p.type, p.namespace, p.name, v.version, v.distro, v.source
         FROM package_versions v JOIN packages p ON p.id = v.package_id WHERE v.id = ANY($1::int8[])`,
        [ids],
      );
      return rows.map(({ id, ...ref }) => ({ ...ref, id: Number(id) }));
    },
    async findings(scope) {
      const rows = await db.query<{
        pv: number | string;
        advisory_id: string;
        reason: string;
        fixed_version: string | null;
      }>(
        `SELECT package_version_id AS pv, advisory_id, reason, fixed_version FROM findings
         WHERE status = 'affected'
           AND ($1::boolean OR package_version_id = ANY($2::int8[]) OR advisory_id = ANY($3::text[]))`,
        [scope === undefined, scope?.packageVersions ?? [], scope?.advisories ?? []],
      );
      return rows.map((r) => ({
        packageVersionId: Number(r.pv),
        advisoryId: r.advisory_id,
        reason: r.reason,
        fixedVersion: r.fixed_version,
      }));
    },
    async environments(names) {
      const envs = await db.query<{
        id: number | string;
        name: string;
        tier: IndexedEnvironment['environment']['tier'];
        criticality: IndexedEnvironment['environment']['criticality'];
        labels: Record<string, string>;
      }>(
        `SELECT id, name, tier, criticality, labels FROM environments
         WHERE $1::text[] IS NULL OR name = ANY($1::text[])`,
        [names ?? null],
      );
      if (envs.length === 0) return [];
      const workloads = await db.query<{
        environment_id: number | string;
        namespace: string;
        name: string;
        kind: string;
        labels: Record<string, string>;
        attributes: IndexedEnvironment['workloads'][number]['attributes'];
        deployments: { digest: string; observed: boolean; source: string; first_seen: string }[] | null;
      }>(
        `SELECT w.environment_id, w.namespace, w.name, w.kind, w.labels, w.attributes,
           (SELECT jsonb_agg(jsonb_build_object('digest', a.digest, 'observed', d.observed, 'source', d.source,
                                                'first_seen', d.first_seen))
              FROM deployments d JOIN artifacts a ON a.id = d.artifact_id
              WHERE d.workload_id = w.id AND d.ended_at IS NULL) AS deployments
         FROM workloads w WHERE w.environment_id = ANY($1::int8[]) AND w.removed_at IS NULL`,
        [envs.map((e) => e.id)],
      );
      const byEnvironment = new Map(
        envs.map((e) => [
          String(e.id),
          {
            environment: { name: e.name, tier: e.tier, criticality: e.criticality, labels: e.labels },
            workloads: [] as IndexedEnvironment['workloads'][number][],
          },
        ]),
      );
      for (const w of workloads) {
        byEnvironment.get(String(w.environment_id))?.workloads.push({
          namespace: w.namespace,
          name: w.name,
          kind: w.kind,
          labels: w.labels,
          attributes: w.attributes,
          deployments: (w.deployments ?? []).map((d) => ({
            digest: d.digest,
            observed: d.observed,
            source: d.source,
            firstSeen: iso(d.first_seen),
          })),
        });
      }
      return [...byEnvironment.values()];
    },
    async vulnerabilitiesOf(advisoryIds) {
      if (advisoryIds.length === 0) return new Map();
      const rows = await db.query<{ id: string; vulnerability_id: string }>(
        'SELECT id, vulnerability_id FROM advisories WHERE id = ANY($1::text[])',
        [advisoryIds],
      );
      return new Map(rows.map((r) => [r.id, r.vulnerability_id]));
    },
  };
}
