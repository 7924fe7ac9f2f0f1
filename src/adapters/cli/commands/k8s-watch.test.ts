import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digest } from '../../../core/twin/test-support/kubernetes-fixtures.js';
import { fakeCluster, podOf } from '../../kubernetes/test-support/fake-cluster.js';
import type { FakeKubernetesApi } from '../../kubernetes/test-support/fake-kubernetes-api.js';
import { STORES, type TestDatabase } from '../../store/test-support/databases.js';
import { runCli } from '../test-support/run-cli.js';
import { createK8sCommands } from './k8s.js';

describe.each(STORES)('vigil k8s watch on $kind', ({ create }) => {
  let t: TestDatabase;
  let api: FakeKubernetesApi;
  beforeAll(async () => {
    t = await create();
    await t.db.close(); // the CLI opens the store itself
    api = await fakeCluster([podOf('web', digest('a')), podOf('api', digest('b'))]).start();
  });
  afterAll(async () => {
    await api?.close();
    await t?.dispose();
  });

  it('runs the watch a user runs until stopped, and the twin shows the cluster', async () => {
    const controller = new AbortController();
    const watching = runCli(['k8s', 'watch', '--kubeconfig', api.writeKubeconfig(), '--env', 'prod-eu'], {
      env: t.env,
      modules: [createK8sCommands({ signal: controller.signal })],
    });
    // stop once every kind has been listed and is being watched; what was seen is written before exiting
    const deadline = Date.now() + 20_000;
    while (
      api.count('GET', '/api/v1/pods', true) === 0 ||
      api.count('GET', '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings', true) === 0
    ) {
      if (Date.now() > deadline) throw new Error(`the watch did not start: ${api.requests.join(', ')}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    controller.abort();
    const result = await watching;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('warning: HTTPRoute: not served by this cluster; skipped');
    expect(result.stdout).toMatch(/cluster fake-cluster \(environment prod-eu\): 2 workloads/);
    expect(result.stdout).toContain('watch stopped');

    const shown = await runCli(['twin', 'show', '--json'], { env: t.env });
    expect(JSON.parse(shown.stdout)).toMatchObject([
      {
        environment: 'prod-eu',
        cluster: 'fake-cluster',
        namespace: 'shop',
        workload: 'api',
        kind: 'Deployment',
        digest: digest('b'),
        observed: true,
        source: 'kubernetes',
      },
      {
        environment: 'prod-eu',
        cluster: 'fake-cluster',
        namespace: 'shop',
        workload: 'web',
        kind: 'Deployment',
        digest: digest('a'),
        observed: true,
        internetFacing: true,
      },
    ]);
  });

  it('refuses an unknown context with exit 2', async () => {
    const r = await runCli(['k8s', 'watch', '--kubeconfig', api.writeKubeconfig(), '--context', 'nope'], {
      env: t.env,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '"nope" is not a context of the kubeconfig; expected one of fake [CONTEXT_UNKNOWN]',
    );
  });
});
