import { KubeConfig } from '@kubernetes/client-node';
import { pod, service } from '../../../core/twin/test-support/kubernetes-fixtures.js';
import { watchedKinds } from '../watched-kinds.js';
import { FakeKubernetesApi } from './fake-kubernetes-api.js';

type ApiObject = Parameters<FakeKubernetesApi['put']>[1];

/** Drops kind and apiVersion, as list items from the API server come without them. */
const asListItem = (o: Record<string, unknown>): ApiObject => {
  const { apiVersion: _a, kind: _k, ...rest } = o;
  return rest as ApiObject;
};

/** A running pod of Deployment `app` in namespace shop (through a ReplicaSet the cluster does not list). */
export const podOf = (app: string, runs: string, suffix = 'x1'): ApiObject =>
  asListItem(
    pod(`${app}-5d8f9c-${suffix}`, {
      namespace: 'shop',
      labels: { app, 'pod-template-hash': '5d8f9c' },
      owner: { kind: 'ReplicaSet', name: `${app}-5d8f9c` },
      image: `registry.example.com/shop/${app}:1`,
      runs,
    }),
  );

/**
 * A fake API server serving every kind the watch asks for except HTTPRoute (a cluster without the Gateway
 * API), with `pods` and a LoadBalancer Service in front of the `web` pods.
 */
export function fakeCluster(pods: ApiObject[]): FakeKubernetesApi {
  const api = new FakeKubernetesApi();
  const kc = new KubeConfig();
  kc.loadFromClusterAndUser(
    { name: 'paths-only', server: 'http://127.0.0.1', skipTLSVerify: true },
    { name: 'nobody' },
  );
  for (const k of watchedKinds(kc)) if (k.kind !== 'HTTPRoute') api.serve(k.path, k.kind, k.apiVersion);
  api.serve('/api/v1/pods', 'Pod', 'v1', pods);
  api.put('/api/v1/services', asListItem(service('web-lb', { app: 'web' }, 'LoadBalancer', 'shop')));
  return api;
}
