import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importKubernetesSnapshot, recordDeployment } from '../../app/evidence/index.js';
import { advisoryImpact, evaluateFindings, listExposures } from '../../app/exposures/index.js';
import { ingestSbom } from '../../app/sbom/index.js';
import { addVex } from '../../app/vex/index.js';
import { parseImageReference } from '../../core/artifact/image-reference.js';
import type { Purl } from '../../core/purl/index.js';
import { purlOf } from '../../core/purl/test-support/purl-of.js';
import type { SbomComponent, SbomDocument } from '../../core/sbom/sbom-document.js';
import { digest, documents, pod, service } from '../../core/twin/test-support/kubernetes-fixtures.js';
import { exposureTableRows } from '../cli/commands/exposures-format.js';
import { loadRiskConfig } from '../config/load-risk-config.js';
import { toSarif } from '../formats/sarif.js';
import { createExposureRepository } from './exposure-repository.js';
import { createFeedRepositories } from './feed-repositories.js';
import { createFindingsRepository } from './findings-repository.js';
import { createSbomRepository } from './sbom-repository.js';
import type { SqlDatabase } from './sql-client.js';
import { STORES, type TestDatabase } from './test-support/databases.js';
import { writeOsvRecord } from './test-support/write-osv-record.js';
import { createTwinRepository } from './twin-repository.js';
import { createVexRepository } from './vex-repository.js';

// Same evidence, two stores, two orders (and, across kinds, two engines): the exposures must not differ in
// anything, their keys least of all (docs/adr/072).

const config = loadRiskConfig();
const A = digest('a');
const B = digest('b');
const NOISE = digest('c');
const clock = () => new Date('2026-03-01T00:00:00.000Z');

const purl = purlOf;

const component = (ref: string, p: Purl): SbomComponent => ({
  ref,
  name: p.namespace && p.type === 'npm' ? `${p.namespace}/${p.name}` : p.name,
  version: p.version,
  type: 'library',
  licenses: [],
  hashes: [],
  scope: '',
  purl: p,
});

const sbom = (subject: SbomDocument['subject'], components: SbomComponent[]): SbomDocument => ({
  format: 'cyclonedx',
  specVersion: '1.5',
  encoding: 'json',
  tools: ['test'],
  subject,
  components,
  dependencies: [{ ref: components[0]?.ref ?? '', dependsOn: components.slice(1).map((c) => c.ref) }],
});

const APP = sbom({ name: 'app' }, [
  component('app', purl('npm', '', 'app', '1.0.0')),
  component('core', purl('npm', '@acme', 'core', '1.0.0')),
  component(
    'ssl',
    purl('deb', 'debian', 'libssl3', '3.0.11-1', { distro: 'debian-12', upstream: 'openssl' }),
  ),
]);
const API = sbom({ digest: B, repository: 'registry.example.com/shop/api', tag: '2.0' }, [
  component('api', purl('npm', '', 'api', '2.0.0')),
  component('core', purl('npm', '@acme', 'core', '1.1.0')),
]);
const UNRELATED = sbom({ digest: NOISE, name: 'noise' }, [component('n', purl('npm', '', 'noise', '1.0.0'))]);

const osv = (id: string, ecosystem: string, name: string, fixed: string, aliases: string[]) => ({
  schema_version: '1.6.0',
  id,
  modified: '2026-01-01T00:00:00Z',
  aliases,
  summary: `synthetic ${id}`,
  affected: [
    {
      package: { ecosystem, name },
      ranges: [
        { type: ecosystem === 'npm' ? 'SEMVER' : 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] },
      ],
    },
  ],
});
const ADVISORIES = [
  osv('GHSA-aaaa-1111-aaaa', 'npm', '@acme/core', '1.2.0', ['CVE-2026-0001']),
  // a second record of the same vulnerability and package: one exposure with both ids
  osv('GHSA-bbbb-2222-bbbb', 'npm', '@acme/core', '1.3.0', ['CVE-2026-0001']),
  osv('DEBIAN-CVE-2026-0002', 'Debian:12', 'openssl', '3.0.12-1', ['CVE-2026-0002']),
];

// not_affected for the openssl finding, scoped by repository: a registry with a port
const VEX = JSON.stringify({
  '@context': 'https://openvex.dev/ns/v0.2.0',
  '@id': 'https://example.com/vex/app',
  author: 'Platform team',
  timestamp: '2026-02-01T00:00:00Z',
  version: 1,
  statements: [
    {
      vulnerability: { name: 'CVE-2026-0002' },
      products: [
        {
          '@id': 'pkg:oci/app?repository_url=localhost%3A5000%2Fapp',
          subcomponents: [{ '@id': 'pkg:deb/debian/libssl3' }],
        },
      ],
      status: 'not_affected',
      justification: 'vulnerable_code_not_in_execute_path',
    },
  ],
});

/** Each step writes one piece of evidence; `evaluate` brings findings up to date (incrementally). */
function steps(db: SqlDatabase) {
  const feeds = createFeedRepositories(db);
  const sboms = createSbomRepository(db);
  const twin = createTwinRepository(db);
  const findings = createFindingsRepository(db);
  const app = parseImageReference(`localhost:5000/app@${A}`);
  if (!app.ok) throw new Error('bad test reference');
  return {
    advisory: (record: (typeof ADVISORIES)[number]) => writeOsvRecord(feeds, record),
    app: () =>
      ingestSbom(sboms, { document: APP, documentSha256: 'app', artifact: app.value, source: 'app.json' }),
    api: () => ingestSbom(sboms, { document: API, documentSha256: 'api', source: 'api.json' }),
    unrelated: () =>
      ingestSbom(sboms, { document: UNRELATED, documentSha256: 'noise', source: 'noise.json' }),
    snapshot: () =>
      importKubernetesSnapshot(twin, {
        documents: documents(
          pod('web-aa11-x1', {
            namespace: 'shop',
            labels: { app: 'web', 'pod-template-hash': 'aa11' },
            owner: { kind: 'ReplicaSet', name: 'web-aa11' },
            image: 'localhost:5000/app:1.2',
            runs: A,
          }),
          service('web', { app: 'web' }, 'LoadBalancer', 'shop'),
        ),
        cluster: 'eu-1',
        environment: 'production',
        at: '2026-02-10T00:00:00.000Z',
        defaultNamespace: 'default',
      }),
    pipeline: () =>
      recordDeployment(
        { store: twin, clock },
        {
          environment: 'staging',
          workload: 'shop/api',
          image: `registry.example.com/shop/api@${B}`,
          createEnvironment: true,
          at: '2026-02-11T00:00:00.000Z',
        },
      ),
    vex: () =>
      addVex(createVexRepository(db), [{ name: 'app.openvex.json', bytes: new TextEncoder().encode(VEX) }]),
    evaluate: () => evaluateFindings(findings, { full: false, now: clock }),
  };
}

async function feedInOrder(db: SqlDatabase): Promise<void> {
  const s = steps(db);
  for (const a of ADVISORIES) await s.advisory(a);
  await s.app();
  await s.api();
  await s.snapshot();
  await s.pipeline();
  await s.vex();
  await s.evaluate();
}

async function feedOtherwise(db: SqlDatabase): Promise<void> {
  const s = steps(db);
  // something else first, so that no database id lines up with the other store's
  await s.unrelated();
  await s.pipeline();
  await s.vex();
  await s.snapshot();
  await s.evaluate();
  await s.api();
  await s.evaluate();
  for (const a of [...ADVISORIES].reverse()) {
    await s.advisory(a);
    await s.evaluate();
  }
  await s.app();
  // a re-import changes nothing
  await s.app();
  await s.evaluate();
}

async function outputs(db: SqlDatabase) {
  const repo = createExposureRepository(db);
  const exposures = await listExposures(repo, config);
  return {
    exposures,
    impact: await advisoryImpact(repo, config, 'GHSA-aaaa-1111-aaaa'),
    sarif: toSarif(exposures, 'test'),
    table: exposureTableRows(exposures),
  };
}

/** Every property name in a JSON value, at any depth. */
function propertyNames(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) propertyNames(v, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      propertyNames(v, into);
    }
  return into;
}

const idOf = async (db: SqlDatabase, sql: string): Promise<number | undefined> =>
  (await db.query<{ id: number }>(sql))[0]?.id;
const coreVersionId = (db: SqlDatabase) =>
  idOf(
    db,
    "SELECT v.id FROM package_versions v JOIN packages p ON p.id = v.package_id WHERE p.name = 'core' AND v.version = '1.0.0'",
  );
const webWorkloadId = (db: SqlDatabase) => idOf(db, "SELECT id FROM workloads WHERE name = 'web'");

const PAIRS = [
  { kinds: 'embedded, embedded', first: STORES[0], second: STORES[0] },
  { kinds: 'postgres, postgres', first: STORES[1], second: STORES[1] },
  { kinds: 'embedded, postgres', first: STORES[0], second: STORES[1] },
] as const;

describe.each(PAIRS)('exposure keys in two stores fed in different orders ($kinds)', ({ first, second }) => {
  let one: TestDatabase;
  let two: TestDatabase;
  beforeAll(async () => {
    [one, two] = await Promise.all([first.create(), second.create()]);
    await feedInOrder(one.db);
    await feedOtherwise(two.db);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([one?.dispose(), two?.dispose()]);
  });

  it('the stores gave the same things different database ids', async () => {
    expect(await coreVersionId(one.db)).not.toBe(await coreVersionId(two.db));
    expect(await webWorkloadId(one.db)).not.toBe(await webWorkloadId(two.db));
  });

  it('keys are natural: vulnerability, canonical purl, digest, environment/workload', async () => {
    const { exposures } = await outputs(one.db);
    expect(exposures.map((e) => e.key).sort()).toEqual(
      [
        `CVE-2026-0001|pkg:npm/%40acme/core@1.0.0|${A}|production/shop/web`,
        `CVE-2026-0001|pkg:npm/%40acme/core@1.1.0|${B}|staging/shop/api`,
        `CVE-2026-0002|pkg:deb/debian/libssl3@3.0.11-1?distro=debian-12&upstream=openssl|${A}|production/shop/web`,
      ].sort(),
    );
    const web = exposures.find((e) => e.key.startsWith('CVE-2026-0001') && e.environment === 'production');
    expect(web).toMatchObject({
      advisories: ['GHSA-aaaa-1111-aaaa', 'GHSA-bbbb-2222-bbbb'],
      component: { purl: 'pkg:npm/%40acme/core@1.0.0' },
      artifactName: 'localhost:5000/app',
      kind: 'Deployment',
    });
  });

  it('image names keep their registry port in storage', async () => {
    const aliases = await one.db.query<{ repository: string; tag: string }>(
      `SELECT al.repository, al.tag FROM artifact_aliases al JOIN artifacts a ON a.id = al.artifact_id
       WHERE a.digest = $1 ORDER BY al.repository, al.tag`,
      [A],
    );
    expect(aliases).toEqual([
      { repository: 'localhost:5000/app', tag: '' },
      { repository: 'localhost:5000/app', tag: '1.2' },
    ]);
  });

  it('a VEX statement scoped by a repository with a registry port applies', async () => {
    const { exposures } = await outputs(one.db);
    expect(exposures.filter((e) => e.suppressed).map((e) => e.vulnerability)).toEqual(['CVE-2026-0002']);
  });

  it('exposures, impact and SARIF are identical in both stores, with no database id', async () => {
    const a = await outputs(one.db);
    const b = await outputs(two.db);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.impact?.exposures.length).toBe(2);
    const names = [...propertyNames({ exposures: a.exposures, impact: a.impact })];
    expect(names.filter((n) => n === 'id' || /Id$/.test(n))).toEqual([]);
    const fingerprints = (a.sarif as { runs: { results: { partialFingerprints: object }[] }[] }).runs[0]
      ?.results;
    expect(fingerprints?.map((r) => Object.values(r.partialFingerprints))).toEqual(
      a.exposures.map((e) => [e.key]),
    );
    const ids = [await coreVersionId(one.db), await webWorkloadId(one.db)].map(String);
    for (const e of a.exposures) for (const part of e.key.split('|')) expect(ids).not.toContain(part);
  });
});
