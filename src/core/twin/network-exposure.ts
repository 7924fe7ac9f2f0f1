import { type Labels, matchesServiceSelector } from './label-selector.js';
import { type KubernetesObjectSet, recordsIn } from './read-kubernetes-objects.js';

/**
 * Why a workload's pods are reachable from outside the cluster, from the Services selecting them
 * (LoadBalancer, NodePort, externalIPs), the Ingresses and Gateway API HTTPRoutes routing to those
 * Services. Host networking and host ports are added by the caller, which knows the pod specs.
 */
export function serviceExposure(
  set: KubernetesObjectSet,
  namespace: string,
  labelSets: readonly Labels[],
): string[] {
  const reasons: string[] = [];
  const selecting = new Set<string>();
  for (const { object: svc } of recordsIn(set, 'Service', namespace)) {
    if (!labelSets.some((l) => matchesServiceSelector(svc.spec?.selector, l))) continue;
    const name = svc.metadata.name;
    selecting.add(name);
    const type = svc.spec?.type ?? 'ClusterIP';
    const ports = (svc.spec?.ports ?? []).map(
      (p) => `${p.nodePort && type === 'NodePort' ? p.nodePort : p.port}/${p.protocol ?? 'TCP'}`,
    );
    if (type === 'LoadBalancer' || type === 'NodePort') {
      reasons.push(`Service ${name} type ${type}${ports.length ? ` port ${ports.join(', ')}` : ''}`);
    }
    const ips = svc.spec?.externalIPs ?? [];
    if (ips.length > 0) reasons.push(`Service ${name} externalIPs ${ips.join(', ')}`);
  }
  if (selecting.size === 0) return reasons;
  for (const { object: ing } of recordsIn(set, 'Ingress', namespace)) {
    const hosts = new Set<string>();
    let routed = false;
    const fallback = ing.spec?.defaultBackend ?? ing.spec?.backend;
    if (fallback && selecting.has(fallback.service?.name ?? fallback.serviceName ?? '')) routed = true;
    for (const rule of ing.spec?.rules ?? []) {
      for (const path of rule.http?.paths ?? []) {
        if (!selecting.has(path.backend.service?.name ?? path.backend.serviceName ?? '')) continue;
        routed = true;
        if (rule.host) hosts.add(rule.host);
      }
    }
    if (routed) reasons.push(`Ingress ${ing.metadata.name} ${describeHosts(hosts)}`);
  }
  for (const { object: route, namespace: ns } of set.byKind.HTTPRoute) {
    const routed = (route.spec?.rules ?? []).some((rule) =>
      (rule.backendRefs ?? []).some(
        (ref) =>
          (ref.kind ?? 'Service') === 'Service' &&
          (ref.namespace ?? ns) === namespace &&
          selecting.has(ref.name),
      ),
    );
    if (routed)
      reasons.push(`HTTPRoute ${route.metadata.name} ${describeHosts(new Set(route.spec?.hostnames ?? []))}`);
  }
  return reasons;
}

const describeHosts = (hosts: ReadonlySet<string>): string =>
  hosts.size > 0 ? `host ${[...hosts].sort().join(', ')}` : '(any host)';
