import {
  AppsV1Api,
  BatchV1Api,
  CoreV1Api,
  CustomObjectsApi,
  type KubeConfig,
  type KubernetesListObject,
  type KubernetesObject,
  NetworkingV1Api,
  RbacAuthorizationV1Api,
} from '@kubernetes/client-node';

/** A kind the watch lists and watches across all namespaces. */
export interface WatchedKind {
  readonly kind: string;
  readonly apiVersion: string;
  /** The collection's API path, which the watch requests with `?watch=true&resourceVersion=…`. */
  readonly path: string;
  readonly list: () => Promise<KubernetesListObject<KubernetesObject>>;
}

type List = Promise<KubernetesListObject<KubernetesObject>>;

/**
 * Every kind the twin reads (the same as `k8s import` understands), with the official client's list call.
 * Roles are listed for their rules; ServiceAccounts are not needed (pods name theirs).
 */
export function watchedKinds(kc: KubeConfig): WatchedKind[] {
  const core = kc.makeApiClient(CoreV1Api);
  const apps = kc.makeApiClient(AppsV1Api);
  const batch = kc.makeApiClient(BatchV1Api);
  const net = kc.makeApiClient(NetworkingV1Api);
  const rbac = kc.makeApiClient(RbacAuthorizationV1Api);
  const custom = kc.makeApiClient(CustomObjectsApi);
  const kind = (k: string, apiVersion: string, plural: string, list: () => List): WatchedKind => ({
    kind: k,
    apiVersion,
    path: apiVersion.includes('/') ? `/apis/${apiVersion}/${plural}` : `/api/${apiVersion}/${plural}`,
    list,
  });
  return [
    kind('Pod', 'v1', 'pods', () => core.listPodForAllNamespaces() as List),
    kind('Service', 'v1', 'services', () => core.listServiceForAllNamespaces() as List),
    kind('Deployment', 'apps/v1', 'deployments', () => apps.listDeploymentForAllNamespaces() as List),
    kind('ReplicaSet', 'apps/v1', 'replicasets', () => apps.listReplicaSetForAllNamespaces() as List),
    kind('StatefulSet', 'apps/v1', 'statefulsets', () => apps.listStatefulSetForAllNamespaces() as List),
    kind('DaemonSet', 'apps/v1', 'daemonsets', () => apps.listDaemonSetForAllNamespaces() as List),
    kind('Job', 'batch/v1', 'jobs', () => batch.listJobForAllNamespaces() as List),
    kind('CronJob', 'batch/v1', 'cronjobs', () => batch.listCronJobForAllNamespaces() as List),
    kind('Ingress', 'networking.k8s.io/v1', 'ingresses', () => net.listIngressForAllNamespaces() as List),
    kind(
      'NetworkPolicy',
      'networking.k8s.io/v1',
      'networkpolicies',
      () => net.listNetworkPolicyForAllNamespaces() as List,
    ),
    kind('Role', 'rbac.authorization.k8s.io/v1', 'roles', () => rbac.listRoleForAllNamespaces() as List),
    kind('ClusterRole', 'rbac.authorization.k8s.io/v1', 'clusterroles', () => rbac.listClusterRole() as List),
    kind(
      'RoleBinding',
      'rbac.authorization.k8s.io/v1',
      'rolebindings',
      () => rbac.listRoleBindingForAllNamespaces() as List,
    ),
    kind(
      'ClusterRoleBinding',
      'rbac.authorization.k8s.io/v1',
      'clusterrolebindings',
      () => rbac.listClusterRoleBinding() as List,
    ),
    // a CRD: absent from clusters without the Gateway API, which the watch then skips
    kind('HTTPRoute', 'gateway.networking.k8s.io/v1', 'httproutes', () =>
      custom.listClusterCustomObject({
        group: 'gateway.networking.k8s.io',
        version: 'v1',
        plural: 'httproutes',
      }),
    ),
  ];
}
