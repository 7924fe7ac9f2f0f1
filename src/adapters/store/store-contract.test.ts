import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSbom } from '../../app/sbom/index.js';
import type { Purl } from '../../core/purl/purl.js';
import { purlOf } from '../../core/purl/test-support/purl-of.js';
import type { SbomComponent, SbomDocument } from '../../core/sbom/sbom-document.js';
import { migrate } from './migrate.js';
import { createSbomRepository } from './sbom-repository.js';
import { STORES, type TestDatabase } from './test-support/databases.js';

const purl = purlOf;

const component = (ref: string, name: string, version: string, p?: Purl): SbomComponent => ({
  ref,
  name,
  version,
  type: 'library',
  licenses: ['MIT'],
  hashes: [],
  scope: '',
  ...(p
    ? { purl: p, purlText: `pkg:${p.type}/${p.namespace ? `${p.namespace}/` : ''}${p.name}@${p.version}` }
    : {}),
});

const doc = (over: Partial<SbomDocument> = {}): SbomDocument => ({
  format: 'cyclonedx',
  specVersion: '1.5',
  encoding: 'json',
  tools: ['test'],
  subject: { digest: `sha256:${'1'.repeat(64)}`, name: 'app' },
  components: [
    component('a', 'lodash', '4.17.20', purl('npm', '', 'lodash', '4.17.20')),
    component(
      'b',
      'openssl',
      '3.0.2-0ubuntu1',
      purl('deb', 'ubuntu', 'openssl', '3.0.2-0ubuntu1', { distro: 'ubuntu-22.04' }),
    ),
    component('c', 'vendored-thing', '1.0'),
  ],
  dependencies: [{ ref: 'a', dependsOn: ['b', 'c', 'missing'] }],
  ...over,
});

describe.each(STORES)('store contract: $kind', ({ create }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await create();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('re-running migrations applies nothing', async () => {
    expect(await migrate(t.db)).toEqual([]);
  });

  it('rolls a failed transaction back whole', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await tx.query("INSERT INTO environments (name, tier) VALUES ('rollback-env', 'production')");
        await tx.query("INSERT INTO environments (name, tier) VALUES ('bad', 'nonsense-tier')");
      }),
    ).rejects.toThrow();
    expect(await t.db.query("SELECT * FROM environments WHERE name = 'rollback-env'")).toEqual([]);
  });

  it('stores an SBOM with its components, edges and counts', async () => {
    const repo = createSbomRepository(t.db);
    const r = await ingestSbom(repo, { document: doc(), documentSha256: 'd1', source: 'one.json' });
    expect(r.status).toBe('new');
    expect(r.components).toBe(3);
    expect(r.withoutPurl).toBe(1);
    const detail = await repo.showArtifact(`sha256:${'1'.repeat(64)}`);
    expect(detail?.components.map((c) => c.name)).toEqual(['lodash', 'openssl', 'vendored-thing']);
    expect(detail?.components.find((c) => c.name === 'lodash')?.licenses).toEqual(['MIT']);
    const [edges] = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM component_edges WHERE sbom_id = $1',
      [r.sbomId],
    );
    expect(edges?.n).toBe(2);
    const [distro] = await t.db.query<{ distro: string }>(
      "SELECT v.distro FROM package_versions v JOIN packages p ON p.id = v.package_id WHERE p.name = 'openssl'",
    );
    expect(distro?.distro).toBe('ubuntu-22.04');
  });

  it('re-ingesting the same document changes nothing', async () => {
    const repo = createSbomRepository(t.db);
    const count = async () =>
      (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM components'))[0]?.n;
    const before = await count();
    const r = await ingestSbom(repo, { document: doc(), documentSha256: 'd1', source: 'one.json' });
    expect(r.status).toBe('unchanged');
    expect(await count()).toBe(before);
  });

  it('a newer SBOM replaces the current one and the old one stays in history', async () => {
    const repo = createSbomRepository(t.db);
    const newer = doc({
      createdAt: '2026-01-02T00:00:00Z',
      components: [component('a', 'lodash', '4.17.21', purl('npm', '', 'lodash', '4.17.21'))],
    });
    const r = await ingestSbom(repo, { document: newer, documentSha256: 'd2', source: 'two.json' });
    expect(r.status).toBe('new');
    expect(r.supersededSbomId).toBeDefined();
    const all = await repo.listSboms({ includeHistory: true });
    const mine = all.filter((s) => s.artifact === `sha256:${'1'.repeat(64)}`);
    expect(mine.map((s) => s.current)).toEqual([false, true]);
    expect(
      (await repo.listSboms({ includeHistory: false })).filter((s) => s.artifact === mine[0]?.artifact),
    ).toHaveLength(1);
    const detail = await repo.showArtifact(`sha256:${'1'.repeat(64)}`);
    expect(detail?.components.map((c) => c.version)).toEqual(['4.17.21']);
  });

  it('an SBOM dated before the current one is kept as history only', async () => {
    const repo = createSbomRepository(t.db);
    const older = doc({ createdAt: '2025-06-01T00:00:00Z' });
    const r = await ingestSbom(repo, { document: older, documentSha256: 'd0', source: 'zero.json' });
    expect(r.status).toBe('history');
    const detail = await repo.showArtifact(`sha256:${'1'.repeat(64)}`);
    expect(detail?.components.map((c) => c.version)).toEqual(['4.17.21']);
  });

  it('stores each package version once, shared by every artifact', async () => {
    const repo = createSbomRepository(t.db);
    const other = doc({ subject: { digest: `sha256:${'2'.repeat(64)}`, name: 'other' } });
    await ingestSbom(repo, { document: other, documentSha256: 'd3', source: 'three.json' });
    const [pv] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM package_versions v JOIN packages p ON p.id = v.package_id WHERE p.name = 'lodash' AND v.version = '4.17.20'",
    );
    expect(pv?.n).toBe(1);
    const found = await repo.findComponents({
      by: 'purl',
      type: 'npm',
      namespace: '',
      name: 'lodash',
      version: '4.17.20',
    });
    expect(found.map((f) => f.artifact)).toEqual([`sha256:${'2'.repeat(64)}`]);
    const byName = await repo.findComponents({ by: 'name', name: 'LODASH' });
    expect(byName.map((f) => f.version).sort()).toEqual(['4.17.20', '4.17.21']);
  });

  it('derives a stable artifact id when nothing names a digest, and says so', async () => {
    const repo = createSbomRepository(t.db);
    const noDigest = doc({ subject: { name: 'juice-shop', version: '11.1.2' } });
    const a = await ingestSbom(repo, { document: noDigest, documentSha256: 'd4', source: 'x.json' });
    const b = await ingestSbom(repo, { document: noDigest, documentSha256: 'd5', source: 'y.json' });
    expect(a.artifact.derived).toBe(true);
    expect(a.artifact.digest).toMatch(/^vigil-derived:sha256:[0-9a-f]{64}$/);
    expect(b.artifact.digest).toBe(a.artifact.digest);
    expect(b.status).toBe('new');
  });

  it('a given artifact reference wins over the document and records its alias', async () => {
    const repo = createSbomRepository(t.db);
    const digest = `sha256:${'3'.repeat(64)}`;
    await ingestSbom(repo, {
      document: doc(),
      documentSha256: 'd1',
      artifact: { repository: 'registry.example.com/team/app', tag: '1.0', digest },
      source: 'one.json',
    });
    const detail = await repo.showArtifact(digest);
    expect(detail?.aliases).toEqual([{ repository: 'registry.example.com/team/app', tag: '1.0' }]);
  });
});
