import { describe, expect, it } from 'vitest';
import { readKubernetesObjects } from './read-kubernetes-objects.js';
import { controller, documents, pod, service } from './test-support/kubernetes-fixtures.js';

const read = (...values: unknown[]) =>
  readKubernetesObjects(documents(...values), { defaultNamespace: 'shop' });

describe('readKubernetesObjects', () => {
  it('flattens Lists, fills in the default namespace and counts kinds it skips', () => {
    const r = read(
      { apiVersion: 'v1', kind: 'List', items: [pod('a'), service('s', { app: 'a' })] },
      { apiVersion: 'v1', kind: 'PodList', items: [pod('b', { namespace: 'other' })] },
      controller('web'),
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } },
      { apiVersion: 'networking.istio.io/v1', kind: 'HTTPRoute', metadata: { name: 'istio-lookalike' } },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.byKind.Pod.map((p) => [p.object.metadata.name, p.namespace, p.where])).toEqual([
      ['a', 'default', 'test.yaml#1.items[0]'],
      ['b', 'other', 'test.yaml#2.items[0]'],
    ]);
    expect(r.value.byKind.Deployment.map((d) => [d.namespace, d.live])).toEqual([['shop', false]]);
    expect(r.value.ignored).toEqual({ ConfigMap: 1, HTTPRoute: 1 });
  });

  it.each([
    ['a scalar document', 'just text', 'test.yaml#1', 'is not a Kubernetes object'],
    [
      'no kind',
      { apiVersion: 'v1', metadata: { name: 'x' } },
      'test.yaml#1',
      'expected a mapping with apiVersion and kind',
    ],
    ['a List without items', { apiVersion: 'v1', kind: 'List' }, 'test.yaml#1.items', 'needs an items array'],
    [
      'a Pod without a name',
      { apiVersion: 'v1', kind: 'Pod', metadata: {}, spec: { containers: [] } },
      'test.yaml#1.metadata.name',
      'Pod (unnamed)',
    ],
    [
      'a container without an image',
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c' }] } },
      'test.yaml#1.spec.containers[0].image',
      'Pod p',
    ],
    [
      'a Deployment without a template',
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: {} },
      'test.yaml#1.spec.template',
      'Deployment d',
    ],
  ])('reports %s with where it is', (_what, value, path, message) => {
    const r = read(value);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.path).toBe(path);
    expect(r.issues[0]?.message).toContain(message);
  });
});
