import { type Labels, matchesSelector } from './label-selector.js';
import { type KubernetesObjectSet, recordsIn } from './read-kubernetes-objects.js';

// A peer with one of these blocks admits the whole internet.
const EVERYWHERE = new Set(['0.0.0.0/0', '::/0']);

/**
 * Whether ingress to a workload's pods is restricted by network policy. Kubernetes isolates a pod for
 * ingress as soon as one policy with the Ingress type selects it; Vigil also requires that none of the
 * selecting policies admits every source (a rule without `from`, or an ipBlock of 0.0.0.0/0 or ::/0),
 * since such a policy isolates nothing in practice (online-boutique's `frontend` policy does exactly that).
 */
export function isIngressIsolated(
  set: KubernetesObjectSet,
  namespace: string,
  labelSets: readonly Labels[],
): boolean {
  const selecting = recordsIn(set, 'NetworkPolicy', namespace).filter(
    ({ object: p }) =>
      // without policyTypes, Ingress always applies (the API server's default)
      (p.spec.policyTypes ?? ['Ingress']).includes('Ingress') &&
      labelSets.some((l) => matchesSelector(p.spec.podSelector, l)),
  );
  if (selecting.length === 0) return false;
  return !selecting.some(({ object: p }) =>
    (p.spec.ingress ?? []).some(
      (rule) =>
        !rule?.from ||
        rule.from.length === 0 ||
        rule.from.some((peer) => EVERYWHERE.has(peer.ipBlock?.cidr ?? '')),
    ),
  );
}
