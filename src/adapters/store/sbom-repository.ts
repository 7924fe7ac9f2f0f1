import type {
  ArtifactDetail,
  ArtifactTarget,
  ComponentEntry,
  ComponentMatch,
  ComponentQuery,
  SbomListEntry,
  SbomRepository,
  StoreSbomInput,
  StoreSbomResult,
} from '../../app/sbom/index.js';
import type { SbomComponent } from '../../core/sbom/sbom-document.js';
import type { SqlClient } from './sql-client.js';
import { unnestQuery } from './unnest.js';

/** The SBOM side of the twin over SQL. */
export function createSbomRepository(db: SqlClient): SbomRepository {
  const caches: Caches = { packages: new Map(), versions: new Map() };
  return {
    async storeSbom(input) {
      const found: Caches = { packages: new Map(), versions: new Map() };
      const result = await db.transaction((tx) => storeSbom(tx, input, caches, found));
      // only now: ids read in a transaction that rolled back must not be remembered
      for (const [k, id] of found.packages) caches.packages.set(k, id);
      for (const [k, id] of found.versions) caches.versions.set(k, id);
      return result;
    },
    listSboms: (opts) => listSboms(db, opts.includeHistory ? '' : 'WHERE s.superseded_at IS NULL'),
    showArtifact: (digest) => showArtifact(db, digest),
    findComponents: (query) => findComponents(db, query),
  };
}

/** Upserts an artifact and its alias; returns its id. */
export async function upsertArtifact(tx: SqlClient, artifact: ArtifactTarget): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO artifacts (digest, derived, name) VALUES ($1, $2, $3)
     ON CONFLICT (digest) DO UPDATE SET name = CASE WHEN artifacts.name = '' THEN EXCLUDED.name ELSE artifacts.name END
     RETURNING id`,
    [artifact.digest, artifact.derived, artifact.name],
  );
  const id = row!.id;
  if (artifact.repository) {
    await tx.query(
      'INSERT INTO artifact_aliases (artifact_id, repository, tag) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [id, artifact.repository, artifact.tag ?? ''],
    );
  }
  return id;
}

interface Caches {
  readonly packages: IdCache;
  readonly versions: IdCache;
}

async function storeSbom(
  tx: SqlClient,
  input: StoreSbomInput,
  caches: Caches,
  found: Caches,
): Promise<StoreSbomResult> {
  const artifactId = await upsertArtifact(tx, input.artifact);
  const [same] = await tx.query<{ id: number }>(
    'SELECT id FROM sboms WHERE artifact_id = $1 AND document_sha256 = $2',
    [artifactId, input.documentSha256],
  );
  if (same) return { sbomId: same.id, artifactId, status: 'unchanged' };

  const doc = input.document;
  const [current] = await tx.query<{ id: number; document_created_at: Date | null }>(
    'SELECT id, document_created_at FROM sboms WHERE artifact_id = $1 AND superseded_at IS NULL FOR UPDATE',
    [artifactId],
  );
  const createdAt = parseDate(doc.createdAt);
  // A document dated before the current one is kept as history and does not take over.
  const isHistory = Boolean(
    current?.document_created_at && createdAt && createdAt < current.document_created_at,
  );
  const withoutPurl = doc.components.filter((c) => !c.purl).length;
  // Inserted as superseded first: the partial unique index allows one current SBOM per artifact.
  const [inserted] = await tx.query<{ id: number }>(
    `INSERT INTO sboms (artifact_id, document_sha256, format, spec_version, encoding, serial_number, name,
       document_created_at, tools, source, component_count, components_without_purl, superseded_at, superseded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now(), $13) RETURNING id`,
    [
      artifactId,
      input.documentSha256,
      doc.format,
      doc.specVersion,
      doc.encoding,
      doc.serialNumber ?? null,
      doc.name ?? null,
      createdAt,
      [...doc.tools],
      input.source,
      doc.components.length,
      withoutPurl,
      isHistory ? current!.id : null,
    ],
  );
  const sbomId = inserted!.id;
  if (!isHistory) {
    if (current) {
      await tx.query('UPDATE sboms SET superseded_at = now(), superseded_by = $2 WHERE id = $1', [
        current.id,
        sbomId,
      ]);
    }
    await tx.query('UPDATE sboms SET superseded_at = NULL WHERE id = $1', [sbomId]);
  }
  await storeComponents(tx, sbomId, input, caches, found);
  return {
    sbomId,
    artifactId,
    status: isHistory ? 'history' : 'new',
    ...(current && !isHistory ? { supersededSbomId: current.id } : {}),
  };
}

function parseDate(text: string | undefined): Date | null {
  if (!text) return null;
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The version a package version row keys on: RPM epochs are part of the version the matcher compares. */
function packageVersionOf(c: SbomComponent): string {
  const version = c.purl?.version || c.version;
  const epoch = c.purl?.qualifiers.epoch;
  return c.purl?.type === 'rpm' && epoch && !version.includes(':') ? `${epoch}:${version}` : version;
}

async function storeComponents(
  tx: SqlClient,
  sbomId: number,
  input: StoreSbomInput,
  caches: Caches,
  found: Caches,
): Promise<void> {
  const components = input.document.components;
  const versionIds = await internPackageVersions(tx, components, caches, found);
  const rows = await unnestQuery<{ id: number; ref: string }>(
    tx,
    (
      u,
    ) => `INSERT INTO components (sbom_id, package_version_id, ref, name, version, type, purl, qualifiers, licenses, hashes, scope)
      SELECT $1, v, r, n, ver, t, p, q::jsonb, l::jsonb, h::jsonb, s
      FROM ${u} AS x(v, r, n, ver, t, p, q, l, h, s) RETURNING id, ref`,
    ['int8', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text'],
    [
      components.map((c) => versionIds.get(c) ?? null),
      components.map((c) => c.ref),
      components.map((c) => c.name),
      components.map((c) => c.version),
      components.map((c) => c.type),
      components.map((c) => c.purlText ?? null),
      components.map((c) => JSON.stringify(c.purl?.qualifiers ?? {})),
      components.map((c) => JSON.stringify(c.licenses)),
      components.map((c) => JSON.stringify(c.hashes)),
      components.map((c) => c.scope),
    ],
    [sbomId],
  );
  const idByRef = new Map(rows.map((r) => [r.ref, r.id]));
  const edges = new Set<string>();
  const from: number[] = [];
  const to: number[] = [];
  for (const dep of input.document.dependencies) {
    const a = idByRef.get(dep.ref);
    if (a === undefined) continue;
    for (const ref of dep.dependsOn) {
      const b = idByRef.get(ref);
      const key = `${a}>${b}`;
      if (b === undefined || a === b || edges.has(key)) continue;
      edges.add(key);
      from.push(a);
      to.push(b);
    }
  }
  await unnestQuery(
    tx,
    (u) =>
      `INSERT INTO component_edges (sbom_id, from_id, to_id) SELECT $1, f, t FROM ${u} AS x(f, t) ON CONFLICT DO NOTHING`,
    ['int8', 'int8'],
    [from, to],
    [sbomId],
  );
}

/** Ids of rows that are never deleted (packages, package versions), remembered once their transaction committed. */
type IdCache = Map<string, number>;

interface InternTable {
  readonly table: 'packages' | 'package_versions';
  readonly columns: readonly string[];
  readonly types: readonly string[];
}

const PACKAGES: InternTable = {
  table: 'packages',
  columns: ['type', 'namespace', 'name'],
  types: ['text', 'text', 'text'],
};
const PACKAGE_VERSIONS: InternTable = {
  table: 'package_versions',
  columns: ['package_id', 'version', 'distro', 'source'],
  types: ['int8', 'text', 'text', 'text'],
};

const keyOf = (values: readonly unknown[]): string => values.join('\u0000');

/**
 * Stores each distinct row once (`ON CONFLICT DO NOTHING`) and returns the ids of `wanted` by key. Rows already
 * in `cache` cost nothing; ids found now go to `found`, for the caller to cache after commit.
 */
async function intern(
  tx: SqlClient,
  spec: InternTable,
  wanted: Map<string, readonly unknown[]>,
  cache: IdCache,
  found: IdCache,
): Promise<(key: string) => number | undefined> {
  const missing = [...wanted].filter(([k]) => !cache.has(k)).map(([, v]) => v);
  const cols = spec.columns.map((_, i) => missing.map((m) => m[i]));
  const names = spec.columns.join(', ');
  const alias = spec.columns.map((_, i) => `c${i}`);
  await unnestQuery(
    tx,
    (u) => `INSERT INTO ${spec.table} (${names}) SELECT * FROM ${u} ON CONFLICT DO NOTHING`,
    spec.types,
    cols,
  );
  const rows = await unnestQuery<Record<string, unknown> & { id: number }>(
    tx,
    (
      u,
    ) => `SELECT t.id, ${spec.columns.map((c, i) => `t.${c} AS ${alias[i]}`).join(', ')} FROM ${spec.table} t
      JOIN ${u} AS x(${alias.join(', ')}) ON ${spec.columns.map((c, i) => `t.${c} = x.${alias[i]}`).join(' AND ')}`,
    spec.types,
    cols,
  );
  for (const r of rows) found.set(keyOf(alias.map((a) => r[a])), r.id);
  return (key) => cache.get(key) ?? found.get(key);
}

/** Interns the packages and package versions of `components`; returns each purl component's version id. */
async function internPackageVersions(
  tx: SqlClient,
  components: readonly SbomComponent[],
  caches: { packages: IdCache; versions: IdCache },
  found: { packages: IdCache; versions: IdCache },
): Promise<Map<SbomComponent, number>> {
  const packages = new Map<string, readonly unknown[]>();
  for (const c of components) {
    if (c.purl)
      packages.set(keyOf([c.purl.type, c.purl.namespace, c.purl.name]), [
        c.purl.type,
        c.purl.namespace,
        c.purl.name,
      ]);
  }
  const packageId = await intern(tx, PACKAGES, packages, caches.packages, found.packages);
  const versionKeys = new Map<SbomComponent, string>();
  const versions = new Map<string, readonly [number, string, string, string]>();
  for (const c of components) {
    if (!c.purl) continue;
    const pid = packageId(keyOf([c.purl.type, c.purl.namespace, c.purl.name]));
    if (pid === undefined) continue;
    const row = [
      pid,
      packageVersionOf(c),
      c.purl.qualifiers.distro ?? '',
      c.purl.qualifiers.upstream ?? '',
    ] as const;
    const key = keyOf(row);
    versions.set(key, row);
    versionKeys.set(c, key);
  }
  const versionId = await intern(tx, PACKAGE_VERSIONS, versions, caches.versions, found.versions);
  const out = new Map<SbomComponent, number>();
  for (const [c, key] of versionKeys) {
    const id = versionId(key);
    if (id !== undefined) out.set(c, id);
  }
  return out;
}

interface SbomRow {
  id: number;
  digest: string;
  derived: boolean;
  artifact_name: string;
  format: string;
  spec_version: string;
  encoding: string;
  component_count: number;
  components_without_purl: number;
  superseded_at: Date | null;
  source: string;
  ingested_at: Date;
}

const SBOM_SELECT = `SELECT s.id, a.digest, a.derived, a.name AS artifact_name, s.format, s.spec_version, s.encoding,
  s.component_count, s.components_without_purl, s.superseded_at, s.source, s.ingested_at
  FROM sboms s JOIN artifacts a ON a.id = s.artifact_id`;

const toEntry = (r: SbomRow): SbomListEntry => ({
  id: r.id,
  artifact: r.digest,
  derived: r.derived,
  name: r.artifact_name,
  format: r.format,
  specVersion: r.spec_version,
  encoding: r.encoding,
  components: r.component_count,
  withoutPurl: r.components_without_purl,
  current: r.superseded_at === null,
  source: r.source,
  ingestedAt: new Date(r.ingested_at).toISOString(),
});

async function listSboms(db: SqlClient, where: string): Promise<SbomListEntry[]> {
  return (await db.query<SbomRow>(`${SBOM_SELECT} ${where} ORDER BY s.id`)).map(toEntry);
}

async function showArtifact(db: SqlClient, digest: string): Promise<ArtifactDetail | undefined> {
  const [artifact] = await db.query<{ id: number; digest: string; derived: boolean; name: string }>(
    'SELECT id, digest, derived, name FROM artifacts WHERE digest = $1 OR digest = $2',
    [digest, `vigil-derived:${digest}`],
  );
  if (!artifact) return undefined;
  const aliases = await db.query<{ repository: string; tag: string }>(
    'SELECT repository, tag FROM artifact_aliases WHERE artifact_id = $1 ORDER BY repository, tag',
    [artifact.id],
  );
  const sboms = (
    await db.query<SbomRow>(`${SBOM_SELECT} WHERE s.artifact_id = $1 ORDER BY s.id`, [artifact.id])
  ).map(toEntry);
  const components = await db.query<ComponentEntry>(
    `SELECT c.name, c.version, c.purl, c.type, c.scope, c.licenses FROM components c
     JOIN sboms s ON s.id = c.sbom_id WHERE s.artifact_id = $1 AND s.superseded_at IS NULL ORDER BY c.name, c.version, c.id`,
    [artifact.id],
  );
  return {
    digest: artifact.digest,
    derived: artifact.derived,
    name: artifact.name,
    aliases,
    sboms,
    components,
  };
}

async function findComponents(db: SqlClient, query: ComponentQuery): Promise<ComponentMatch[]> {
  const select = `SELECT a.digest AS artifact, a.name AS "artifactName", s.id AS "sbomId", c.name, c.version, c.purl
    FROM components c JOIN sboms s ON s.id = c.sbom_id AND s.superseded_at IS NULL JOIN artifacts a ON a.id = s.artifact_id`;
  const order = 'ORDER BY a.digest, c.name, c.version';
  if (query.by === 'name') {
    return db.query<ComponentMatch>(
      `${select} LEFT JOIN package_versions v ON v.id = c.package_version_id LEFT JOIN packages p ON p.id = v.package_id
       WHERE lower(c.name) = lower($1) OR p.name = lower($1) ${order}`,
      [query.name],
    );
  }
  return db.query<ComponentMatch>(
    `${select} JOIN package_versions v ON v.id = c.package_version_id JOIN packages p ON p.id = v.package_id
     WHERE p.type = $1 AND p.namespace = $2 AND p.name = $3 AND ($4::text IS NULL OR v.version = $4) ${order}`,
    [query.type, query.namespace, query.name, query.version ?? null],
  );
}
