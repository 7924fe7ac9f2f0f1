import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digest } from '../../core/twin/test-support/kubernetes-fixtures.js';
import { fakeCluster, podOf } from '../kubernetes/test-support/fake-cluster.js';
import type { FakeKubernetesApi } from '../kubernetes/test-support/fake-kubernetes-api.js';
import { STORES, type TestDatabase } from '../store/test-support/databases.js';
import { serveInProcess } from './test-support/serve-in-process.js';

interface TwinRow {
  environment: string;
  cluster: string;
  workload: string;
  digest: string;
}

describe.each(STORES)(
  'vigil serve --watch keeps the twin current with a live cluster on $kind',
  ({ kind, create }) => {
    let t: TestDatabase;
    let cluster: FakeKubernetesApi;
    beforeAll(async () => {
      t = await create();
      if (kind === 'embedded') await t.db.close();
      cluster = await fakeCluster([podOf('web', digest('a')), podOf('api', digest('b'))]).start();
    });
    afterAll(async () => {
      await cluster?.close();
      await t?.dispose();
    });

    it('lists, then watches: a new pod is in the twin the API shows, and stopping ends the watch', async () => {
      const serve = await serveInProcess(
        ['--feeds-every', '0', '--watch', '--kubeconfig', cluster.writeKubeconfig(), '--env', 'prod-eu'],
        t.env,
      );
      const url = serve.url;
      const twin = async () => (await (await fetch(`${url}/api/v1/twin`)).json()) as TwinRow[];
      const until = async (check: (rows: TwinRow[]) => boolean, what: string) => {
        const deadline = Date.now() + 30_000;
        while (Date.now() < deadline) {
          if (check(await twin())) return;
          await new Promise((r) => setTimeout(r, 200));
        }
        throw new Error(`not within 30 s: ${what}`);
      };
      await until((rows) => rows.length === 2, 'the listed workloads');
      expect((await twin()).map((r) => [r.environment, r.cluster, r.workload])).toEqual([
        ['prod-eu', 'fake-cluster', 'api'],
        ['prod-eu', 'fake-cluster', 'web'],
      ]);
      cluster.put('/api/v1/pods', podOf('cart', digest('c')));
      await until(
        (rows) => rows.some((r) => r.workload === 'cart' && r.digest === digest('c')),
        'the watched pod',
      );
      const metrics = await (await fetch(`${url}/metrics`)).text();
      expect(metrics).toMatch(/^vigil_jobs_total\{job="k8s-snapshot",outcome="ok"\} [1-9]\d*$/m);
      const r = await serve.stop();
      expect(r.code, r.stderr).toBe(0);
    }, 120_000);
  },
);
