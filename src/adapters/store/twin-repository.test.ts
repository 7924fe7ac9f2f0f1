import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TwinStore } from '../../app/evidence/index.js';
import {
  type DeployEvent,
  importKubernetesSnapshot,
  recordDeployment,
  showTwin,
  twinGaps,
  twinHistory,
} from '../../app/evidence/index.js';
import { ingestSbom } from '../../app/sbom/index.js';
import { isInputError } from '../../core/input/index.js';
import { controller, digest, documents, pod } from '../../core/twin/test-support/kubernetes-fixtures.js';
import { createSbomRepository } from './sbom-repository.js';
import { STORES, type TestDatabase } from './test-support/databases.js';
import { createTwinRepository } from './twin-repository.js';

const T1 = '2024-05-01T10:00:00.000Z';
const T2 = '2024-05-02T10:00:00.000Z';
const T3 = '2024-05-03T10:00:00.000Z';
const clock = () => new Date('2024-06-01T00:00:00.000Z');

const rsPod = (deploy: string, hash: string, runs: string, namespace = 'shop') =>
  pod(`${deploy}-${hash}-x1`, {
    namespace,
    labels: { app: deploy, 'pod-template-hash': hash },
    owner: { kind: 'ReplicaSet', name: `${deploy}-${hash}` },
    image: `registry.example.com/shop/${deploy}:1`,
    runs,
  });

describe.each(STORES)('twin store on $kind', ({ create }) => {
  let t: TestDatabase;
  let store: TwinStore;
  beforeAll(async () => {
    t = await create();
    store = createTwinRepository(t.db);
  });
  afterAll(() => t?.dispose());
  beforeEach(async () => {
    await t.db.exec(
      'TRUNCATE deployments, workloads, namespaces, clusters, environments, component_edges, components, sboms, artifact_aliases, artifacts RESTART IDENTITY CASCADE',
    );
  });

  const snapshot = (at: string, ...values: unknown[]) =>
    importKubernetesSnapshot(store, {
      documents: documents(...values),
      cluster: 'eu-1',
      environment: 'prod',
      at,
      defaultNamespace: 'default',
    });
  const deployments = () =>
    t.db.query<Record<string, unknown>>(
      'SELECT id, workload_id, artifact_id, source, observed, first_seen, ended_at FROM deployments ORDER BY id',
    );

  it('replaces a cluster state: gone workloads end their intervals, new digests open new ones', async () => {
    const first = await snapshot(T1, rsPod('web', 'aa11', digest('a')), rsPod('api', 'bb22', digest('b')));
    expect(first).toMatchObject({
      environment: 'prod',
      createdEnvironment: { tier: 'production' },
      workloads: 2,
      observed: 2,
    });
    const second = await snapshot(T2, rsPod('web', 'cc33', digest('c')));
    expect(second).toMatchObject({
      workloads: 1,
      removedWorkloads: 1,
      deployments: { opened: 1, continued: 0, ended: 2 },
    });

    const at = async (time: string) =>
      (await showTwin({ store, clock }, { at: time })).map((r) => `${r.workload}:${r.digest}:${r.observed}`);
    expect(await at(T1)).toEqual([`api:${digest('b')}:true`, `web:${digest('a')}:true`]);
    expect(await at(T2)).toEqual([`web:${digest('c')}:true`]);
    const history = await twinHistory(store, { workload: 'shop/web' });
    expect(history.map((h) => [h.digest, h.firstSeen, h.endedAt])).toEqual([
      [digest('a'), T1, T2],
      [digest('c'), T2, null],
    ]);
  });

  it('is idempotent: the same snapshot again changes nothing but last_seen', async () => {
    await snapshot(
      T1,
      rsPod('web', 'aa11', digest('a')),
      controller('db', { namespace: 'shop', image: 'postgres:16' }),
    );
    const before = await deployments();
    const again = await snapshot(
      T2,
      rsPod('web', 'aa11', digest('a')),
      controller('db', { namespace: 'shop', image: 'postgres:16' }),
    );
    expect(again.deployments).toEqual({ opened: 0, continued: 1, ended: 0 });
    expect(await deployments()).toEqual(before);
    const [lastSeen] = await t.db.query<{ last_seen: Date }>('SELECT last_seen FROM deployments');
    expect(lastSeen?.last_seen.toISOString()).toBe(T2);
  });

  it('refuses a snapshot older than the last one, and a cluster moved to another environment', async () => {
    await snapshot(T2, rsPod('web', 'aa11', digest('a')));
    const before = await deployments();
    await expect(snapshot(T1, rsPod('web', 'cc33', digest('c')))).rejects.toSatisfy(
      (e) => isInputError(e) && e.issues[0]?.code === 'SNAPSHOT_STALE',
    );
    await expect(
      importKubernetesSnapshot(store, {
        documents: documents(pod('x', { runs: digest('d') })),
        cluster: 'eu-1',
        environment: 'staging',
        at: T3,
        defaultNamespace: 'default',
      }),
    ).rejects.toSatisfy((e) => isInputError(e) && e.issues[0]?.code === 'CLUSTER_ENVIRONMENT');
    expect(await deployments()).toEqual(before);
  });

  it('records manifests as declared, and tag-only images as workloads without a deployment', async () => {
    await snapshot(
      T1,
      controller('pinned', { image: `registry.example.com/pinned:2@${digest('e')}` }),
      controller('tagged', { image: 'nginx:1.27' }),
    );
    const rows = await showTwin({ store, clock }, {});
    expect(rows.map((r) => [r.workload, r.digest, r.source, r.observed, r.image])).toEqual([
      ['pinned', digest('e'), 'manifest', false, 'registry.example.com/pinned:2'],
      ['tagged', null, null, false, 'nginx:1.27'],
    ]);
    const gaps = await twinGaps(store);
    expect(gaps.filter((g) => g.kind === 'unresolved-image')).toEqual([
      {
        kind: 'unresolved-image',
        environment: 'prod',
        workload: 'default/tagged',
        container: 'main',
        image: 'nginx:1.27',
      },
    ]);
  });

  it('changes nothing when an object is malformed', async () => {
    await snapshot(T1, rsPod('web', 'aa11', digest('a')));
    const before = await deployments();
    const broken = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: 'nope' } };
    await expect(snapshot(T2, broken)).rejects.toSatisfy(
      (e) => isInputError(e) && e.issues[0]?.path === 'test.yaml#1.spec.containers',
    );
    expect(await deployments()).toEqual(before);
  });

  describe('pipeline events', () => {
    const event = (at: string, d: string, run: string): DeployEvent => ({
      environment: 'prod',
      workload: 'payments/checkout',
      image: `registry.example.com/payments/checkout@${d}`,
      pipelineRun: `https://ci.example.com/runs/${run}`,
      commit: 'abc1234',
      at,
      createEnvironment: true,
    });
    const record = (e: DeployEvent) => recordDeployment({ store, clock }, e);
    const intervals = async () =>
      (await twinHistory(store, { workload: 'payments/checkout' })).map((h) => [
        h.digest,
        h.firstSeen,
        h.endedAt,
      ]);

    it('records the same event twice as one deployment', async () => {
      const a = await record(event(T1, digest('a'), '1'));
      const b = await record({ ...event(T2, digest('a'), '1'), actor: 'retry' });
      expect([a.status, b.status]).toEqual(['new', 'unchanged']);
      expect(b.deploymentId).toBe(a.deploymentId);
      expect(await intervals()).toEqual([[digest('a'), T1, null]]);
    });

    it('gives the same intervals whatever order events arrive in', async () => {
      await record(event(T3, digest('c'), '3'));
      await record(event(T1, digest('a'), '1'));
      await record(event(T2, digest('b'), '2'));
      expect(await intervals()).toEqual([
        [digest('a'), T1, T2],
        [digest('b'), T2, T3],
        [digest('c'), T3, null],
      ]);
    });

    it('refuses an unknown environment unless asked to create it', async () => {
      await expect(record({ ...event(T1, digest('a'), '1'), createEnvironment: false })).rejects.toSatisfy(
        (e) => isInputError(e) && e.issues[0]?.code === 'ENVIRONMENT_UNKNOWN',
      );
      expect(await t.db.query('SELECT 1 FROM environments')).toEqual([]);
    });
  });

  it('finds the gaps: coverage, running digests without SBOM, drift, SBOMs never seen running', async () => {
    await recordDeployment(
      { store, clock },
      {
        environment: 'prod',
        workload: 'shop/web',
        image: `registry.example.com/shop/web@${digest('a')}`,
        at: T1,
        createEnvironment: true,
      },
    );
    await snapshot(T2, rsPod('web', 'cc33', digest('c')), rsPod('api', 'bb22', digest('b')));
    const sboms = createSbomRepository(t.db);
    const sbomFor = (d: string) =>
      ingestSbom(sboms, {
        document: {
          format: 'cyclonedx',
          specVersion: '1.5',
          encoding: 'json',
          tools: [],
          subject: { digest: d },
          components: [],
          dependencies: [],
        },
        documentSha256: d.slice(7),
        source: 'test',
      });
    await sbomFor(digest('c'));
    await sbomFor(digest('f'));
    const gaps = await twinGaps(store);
    expect(gaps.filter((g) => g.kind === 'coverage')).toEqual([
      { kind: 'coverage', environment: 'prod', runningDigests: 3, withSbom: 1, coveragePercent: 33.3 },
    ]);
    expect(gaps.filter((g) => g.kind === 'no-sbom').map((g) => g.kind === 'no-sbom' && g.digest)).toEqual([
      digest('a'),
      digest('b'),
    ]);
    expect(gaps.filter((g) => g.kind === 'drift')).toEqual([
      {
        kind: 'drift',
        environment: 'prod',
        workload: 'shop/web',
        declared: digest('a'),
        declaredAt: T1,
        observed: [digest('c')],
      },
    ]);
    expect(gaps.filter((g) => g.kind === 'sbom-not-running')).toMatchObject([
      { digest: digest('f'), declared: false },
    ]);
  });
});
