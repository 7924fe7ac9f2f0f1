import { describe, expect, it } from 'vitest';
import { buildKubernetesSnapshot } from './build-kubernetes-snapshot.js';
import { readKubernetesObjects } from './read-kubernetes-objects.js';
import { controller, digest, documents, pod, service } from './test-support/kubernetes-fixtures.js';

function snapshot(...values: unknown[]) {
  const set = readKubernetesObjects(documents(...values), { defaultNamespace: 'default' });
  if (!set.ok) throw new Error(JSON.stringify(set.issues));
  const built = buildKubernetesSnapshot(set.value);
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  return built.value;
}
const workload = (s: ReturnType<typeof snapshot>, name: string) => {
  const w = s.workloads.find((x) => x.name === name);
  if (!w) throw new Error(`no workload ${name} in ${s.workloads.map((x) => x.name).join(', ')}`);
  return w;
};

describe('workload identity', () => {
  it.each([
    [
      'a ReplicaSet pod, the ReplicaSet absent',
      pod('web-5d8f9c-abcde', {
        labels: { app: 'web', 'pod-template-hash': '5d8f9c' },
        owner: { kind: 'ReplicaSet', name: 'web-5d8f9c' },
      }),
      'Deployment',
      'web',
    ],
    [
      'a ReplicaSet pod without the hash label',
      pod('rs-abcde', { owner: { kind: 'ReplicaSet', name: 'rs' } }),
      'ReplicaSet',
      'rs',
    ],
    [
      'a CronJob job pod',
      pod('backup-28571520-x', { owner: { kind: 'Job', name: 'backup-28571520' } }),
      'CronJob',
      'backup',
    ],
    ['a plain Job pod', pod('migrate-x', { owner: { kind: 'Job', name: 'migrate' } }), 'Job', 'migrate'],
    ['a StatefulSet pod', pod('db-0', { owner: { kind: 'StatefulSet', name: 'db' } }), 'StatefulSet', 'db'],
    [
      'a DaemonSet pod',
      pod('agent-x', { owner: { kind: 'DaemonSet', name: 'agent' } }),
      'DaemonSet',
      'agent',
    ],
    ['a custom owner', pod('r-x', { owner: { kind: 'Rollout', name: 'r' } }), 'Rollout', 'r'],
    ['a bare pod', pod('debug'), 'Pod', 'debug'],
  ])('%s', (_what, value, kind, name) => {
    expect(snapshot(value).workloads.map((w) => [w.kind, w.name])).toEqual([[kind, name]]);
  });

  it('follows ownerReferences through objects of the snapshot: Pod → ReplicaSet → Deployment', () => {
    const rs = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: 'odd-name',
        namespace: 'default',
        ownerReferences: [{ kind: 'Deployment', name: 'api', controller: true }],
      },
      spec: { replicas: 1, template: { spec: { containers: [{ name: 'main', image: 'api:2' }] } } },
    };
    const s = snapshot(
      rs,
      pod('odd-name-x', { owner: { kind: 'ReplicaSet', name: 'odd-name' }, runs: digest('a') }),
    );
    expect(s.workloads.map((w) => [w.kind, w.name, w.artifacts.map((a) => a.digest)])).toEqual([
      ['Deployment', 'api', [digest('a')]],
    ]);
  });
});

describe('artifacts', () => {
  it('records running digests as observed, init and ephemeral containers included', () => {
    const p = pod('web', { runs: digest('a'), startTime: '2024-05-01T10:00:00Z', image: 'nginx:1.27' });
    const spec = p.spec as Record<string, unknown>;
    spec.initContainers = [{ name: 'init', image: `busybox@${digest('b')}` }];
    spec.ephemeralContainers = [{ name: 'debug', image: 'alpine:3' }];
    const w = workload(snapshot(p), 'web');
    expect(w.artifacts).toEqual([
      {
        digest: digest('a'),
        repository: 'docker.io/library/nginx',
        tag: '1.27',
        observed: true,
        source: 'kubernetes',
        since: '2024-05-01T10:00:00.000Z',
        containers: ['main'],
      },
    ]);
    expect(w.attributes.containers).toEqual([
      { name: 'main', image: 'nginx:1.27', imageDigest: digest('a') },
      { name: 'init', image: `busybox@${digest('b')}`, init: true },
      { name: 'debug', image: 'alpine:3', ephemeral: true },
    ]);
  });

  it('declares what a manifest pins when no pod runs, and keeps tag-only images without a digest', () => {
    const w = workload(
      snapshot(
        controller('web', { image: `ghcr.io/acme/web:2@${digest('c')}` }),
        controller('cache', { image: 'redis:7' }),
      ),
      'web',
    );
    expect(w.artifacts).toEqual([
      {
        digest: digest('c'),
        repository: 'ghcr.io/acme/web',
        tag: '2',
        observed: false,
        source: 'manifest',
        containers: ['main'],
      },
    ]);
  });

  it('ignores finished pods as evidence of what runs', () => {
    const w = workload(snapshot(pod('job-x', { runs: digest('d'), phase: 'Succeeded' })), 'job-x');
    expect(w.artifacts).toEqual([]);
  });

  it('reports an image reference Kubernetes would refuse', () => {
    const set = readKubernetesObjects(documents(controller('web', { image: 'nginx@sha256:abc' })), {
      defaultNamespace: 'default',
    });
    expect(set.ok).toBe(true);
    if (!set.ok) return;
    const built = buildKubernetesSnapshot(set.value);
    expect(built.ok === false && built.issues[0]).toMatchObject({
      code: 'DIGEST_INVALID',
      path: 'test.yaml#1: container main image',
    });
  });
});

describe('exposure and privileges', () => {
  const ingress = (name: string, svc: string, host?: string) => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name, namespace: 'default' },
    spec: {
      rules: [
        {
          ...(host ? { host } : {}),
          http: { paths: [{ path: '/', backend: { service: { name: svc, port: { number: 80 } } } }] },
        },
      ],
    },
  });
  const route = {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name: 'r', namespace: 'edge' },
    spec: {
      hostnames: ['shop.example.com'],
      rules: [{ backendRefs: [{ name: 'web', namespace: 'default', port: 80 }] }],
    },
  };

  it('finds internet exposure through Services, Ingresses, HTTPRoutes and the host network', () => {
    const s = snapshot(
      controller('web'),
      controller('api'),
      controller('agent', { kind: 'DaemonSet', spec: { hostNetwork: true } }),
      controller('internal'),
      service('web', { app: 'web' }),
      service('api-lb', { app: 'api' }, 'LoadBalancer'),
      service('internal', { app: 'internal' }),
      ingress('web-ing', 'web', 'shop.example.com'),
      route,
    );
    expect(workload(s, 'web').attributes.exposure).toEqual([
      'Ingress web-ing host shop.example.com',
      'HTTPRoute r host shop.example.com',
    ]);
    expect(workload(s, 'api').attributes.exposure).toEqual(['Service api-lb type LoadBalancer port 80/TCP']);
    expect(workload(s, 'agent').attributes).toMatchObject({
      internetFacing: true,
      exposure: ['hostNetwork'],
      hostNetwork: true,
    });
    expect(workload(s, 'internal').attributes).toMatchObject({ internetFacing: false, exposure: [] });
  });

  it.each([
    ['no policy', [], false],
    ['a deny-all policy', [{ podSelector: {}, policyTypes: ['Ingress'] }], true],
    [
      'a policy admitting some pods',
      [{ podSelector: { matchLabels: { app: 'web' } }, ingress: [{ from: [{ podSelector: {} }] }] }],
      true,
    ],
    [
      'deny-all plus a policy admitting everyone',
      [{ podSelector: {} }, { podSelector: { matchLabels: { app: 'web' } }, ingress: [{}] }],
      false,
    ],
    [
      'a policy admitting 0.0.0.0/0',
      [{ podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }] }],
      false,
    ],
    ['an egress-only policy', [{ podSelector: {}, policyTypes: ['Egress'] }], false],
    ['a policy selecting other pods', [{ podSelector: { matchLabels: { app: 'api' } } }], false],
  ])('network policy isolation with %s', (_what, specs, isolated) => {
    const policies = specs.map((spec, i) => ({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: `p${i}` },
      spec,
    }));
    expect(workload(snapshot(controller('web'), ...policies), 'web').attributes.networkPolicyIsolated).toBe(
      isolated,
    );
  });

  it('marks privileged containers and powerful service accounts, with the reasons', () => {
    const s = snapshot(
      controller('ops', {
        spec: {
          serviceAccountName: 'ops',
          hostPID: true,
          containers: [{ name: 'main', image: 'ops:1', securityContext: { privileged: true } }],
        },
      }),
      controller('web'),
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRoleBinding',
        metadata: { name: 'ops-admin' },
        roleRef: { kind: 'ClusterRole', name: 'cluster-admin' },
        subjects: [{ kind: 'ServiceAccount', name: 'ops', namespace: 'default' }],
      },
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'Role',
        metadata: { name: 'reader', namespace: 'default' },
        rules: [{ verbs: ['get'], resources: ['configmaps'] }],
      },
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'web-reader', namespace: 'default' },
        roleRef: { kind: 'Role', name: 'reader' },
        subjects: [{ kind: 'ServiceAccount', name: 'default' }],
      },
    );
    expect(workload(s, 'ops').attributes).toMatchObject({
      privileged: true,
      hostPID: true,
      serviceAccount: 'ops',
      powerfulServiceAccount: true,
      rbac: [
        'ClusterRoleBinding ops-admin binds ClusterRole cluster-admin (every verb on every resource; cluster-wide)',
      ],
    });
    expect(workload(s, 'web').attributes).toMatchObject({
      privileged: false,
      serviceAccount: 'default',
      powerfulServiceAccount: false,
      rbac: [],
    });
  });
});
