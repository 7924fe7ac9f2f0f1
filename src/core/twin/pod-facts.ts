import type { Container, PodSpec } from './kubernetes-object.js';

/** A container of a pod spec, with the list it came from. */
export interface SpecContainer {
  readonly container: Container;
  readonly init: boolean;
  readonly ephemeral: boolean;
}

/** Every container of a pod spec: regular, init and ephemeral (debug) containers. */
export function specContainers(spec: PodSpec): SpecContainer[] {
  return [
    ...spec.containers.map((container) => ({ container, init: false, ephemeral: false })),
    ...(spec.initContainers ?? []).map((container) => ({ container, init: true, ephemeral: false })),
    ...(spec.ephemeralContainers ?? []).map((container) => ({ container, init: false, ephemeral: true })),
  ];
}

/** The privilege facts of a set of pod specs (a workload's template and its pods): any one counts. */
export interface PodPrivileges {
  readonly privileged: boolean;
  readonly hostNetwork: boolean;
  readonly hostPID: boolean;
  readonly serviceAccount: string;
  /** `hostPort 8080/TCP` for each container port bound on the node. */
  readonly hostPorts: readonly string[];
}

export function podPrivileges(specs: readonly PodSpec[]): PodPrivileges {
  const containers = specs.flatMap(specContainers).map((c) => c.container);
  const hostPorts = new Set<string>();
  for (const c of containers) {
    for (const p of c.ports ?? [])
      if (p.hostPort) hostPorts.add(`hostPort ${p.hostPort}/${p.protocol ?? 'TCP'}`);
  }
  const first = specs[0];
  return {
    privileged: containers.some((c) => c.securityContext?.privileged === true),
    hostNetwork: specs.some((s) => s.hostNetwork === true),
    hostPID: specs.some((s) => s.hostPID === true),
    // `serviceAccount` is the deprecated spelling the API still fills in
    serviceAccount: first?.serviceAccountName || first?.serviceAccount || 'default',
    hostPorts: [...hostPorts].sort(),
  };
}
