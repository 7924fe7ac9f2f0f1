import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SnapshotSummary, TwinStore } from '../../app/evidence/index.js';
import { showTwin, watchKubernetes } from '../../app/evidence/index.js';
import { digest } from '../../core/twin/test-support/kubernetes-fixtures.js';
import { STORES, type TestDatabase } from '../store/test-support/databases.js';
import { createTwinRepository } from '../store/twin-repository.js';
import { createKubernetesWatchSource } from './kubernetes-watch-source.js';
import { loadKubeConfig } from './load-kube-config.js';
import { fakeCluster, podOf } from './test-support/fake-cluster.js';
import type { FakeKubernetesApi } from './test-support/fake-kubernetes-api.js';

const PODS = '/api/v1/pods';

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.each(STORES)('live watch against a Kubernetes API server, on $kind', ({ create }) => {
  let t: TestDatabase;
  let store: TwinStore;
  let api: FakeKubernetesApi;
  beforeAll(async () => {
    t = await create();
    store = createTwinRepository(t.db);
  });
  afterAll(() => t?.dispose());
  beforeEach(async () => {
    api = await fakeCluster([podOf('web', digest('a'))]).start();
  });
  afterEach(() => api?.close());

  const running = async () =>
    (await showTwin({ store, clock: () => new Date() }, {})).map(
      (r) => `${r.workload}:${r.digest?.slice(7, 8)}${r.internetFacing ? ':internet' : ''}`,
    );
  const whenRunning = (expected: string[]) =>
    until(expected.join(' '), async () => {
      const now = await running();
      return JSON.stringify(now) === JSON.stringify(expected) ? now : undefined;
    });

  it('lists, watches, resumes after a dropped connection and lists again after 410 Gone', async () => {
    const { config } = loadKubeConfig({ kubeconfig: api.writeKubeconfig() });
    const source = createKubernetesWatchSource(config, 'fake-cluster', {
      debounceMs: 20,
      backoff: { initialMs: 20, maxMs: 200 },
    });
    const controller = new AbortController();
    const applied: SnapshotSummary[] = [];
    const problems: string[] = [];
    const done = watchKubernetes(
      { store, source, clock: () => new Date() },
      {
        environment: 'prod',
        defaultNamespace: 'default',
        signal: controller.signal,
        onApplied: (s) => applied.push(s),
        onProblem: (m) => problems.push(m),
      },
    );

    await whenRunning(['web:a:internet']);
    expect(api.tokens).toEqual(new Set(['test-token']));
    expect(problems).toContain('HTTPRoute: not served by this cluster; skipped');
    expect(applied[0]).toMatchObject({ cluster: 'fake-cluster', environment: 'prod' });

    api.put(PODS, podOf('api', digest('b')));
    await whenRunning(['api:b', 'web:a:internet']);

    await until('a pods watch', async () => (api.count('GET', PODS, true) > 0 ? true : undefined));
    const watchesBefore = api.count('GET', PODS, true);
    api.dropWatches(PODS);
    api.put(PODS, podOf('web', digest('c'))); // happens while the client is disconnected
    await whenRunning(['api:b', 'web:c:internet']);
    expect(api.count('GET', PODS, true)).toBeGreaterThan(watchesBefore);
    expect(problems.filter((p) => p.startsWith('Pod:') && p.includes('reconnecting in'))).not.toEqual([]);

    const listsBefore = api.count('GET', PODS, false);
    api.remove(PODS, 'shop', 'api-5d8f9c-x1', { silently: true }); // only a new list can tell
    api.expire(PODS);
    await whenRunning(['web:c:internet']);
    expect(api.count('GET', PODS, false)).toBe(listsBefore + 1);

    api.failNext(PODS, 3, 500);
    api.dropWatches(PODS);
    api.put(PODS, podOf('web', digest('d')));
    await whenRunning(['web:d:internet']);
    // three failures in a row: each waits twice as long as the one before
    const delays = problems
      .filter((p) => p.startsWith('Pod: HTTP 500'))
      .map((p) => Number(/reconnecting in (\d+) ms/.exec(p)?.[1]));
    expect(delays).toHaveLength(3);
    expect(delays.map((d) => d / (delays[0] ?? 1))).toEqual([1, 2, 4]);

    controller.abort();
    await done;
    const history = await store.workloadHistory({ workload: { namespace: 'shop', name: 'api' } });
    expect(history.map((h) => [h.digest, h.endedAt !== null])).toEqual([[digest('b'), true]]);
  });
});
