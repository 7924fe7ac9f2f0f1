import type { OwnerReference } from './kubernetes-object.js';
import type { Labels } from './label-selector.js';
import type { KubernetesObjectSet } from './read-kubernetes-objects.js';

/** A workload's identity inside a cluster. */
export interface WorkloadKey {
  readonly namespace: string;
  readonly kind: string;
  readonly name: string;
}

interface Ownable {
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  readonly owners: readonly OwnerReference[];
  readonly labels: Labels;
}

/** Kinds that own pods through a pod template: the workloads a pod's owner chain ends at. */
export const OWNER_KINDS = [
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
] as const;

// The Job controller names a CronJob's jobs `<cronjob>-<scheduled time in minutes since the epoch>`.
const CRONJOB_JOB_NAME = /^(.+)-(\d{8,})$/;

/**
 * Builds the function that walks an object's owner chain (ownerReferences, controller first) up to its
 * workload: Pod → ReplicaSet → Deployment, Pod → Job → CronJob, or StatefulSet/DaemonSet directly. When an
 * owner is not in the snapshot, the built-in controllers' naming conventions finish the walk: a ReplicaSet
 * `<deployment>-<pod-template-hash>` belongs to a Deployment, a Job `<cronjob>-<minutes>` to a CronJob.
 */
export function createOwnerResolver(set: KubernetesObjectSet): (start: Ownable) => WorkloadKey {
  const index = new Map<string, Ownable>();
  for (const kind of OWNER_KINDS) {
    for (const r of set.byKind[kind]) {
      const item = ownable(kind, r.namespace, r.object.metadata);
      index.set(`${kind}/${item.namespace}/${item.name}`, item);
    }
  }
  return (start) => {
    let current = start;
    for (let depth = 0; depth < 8; depth++) {
      const owner = current.owners.find((o) => o.controller) ?? current.owners[0];
      if (!owner) break;
      const next = index.get(`${owner.kind}/${current.namespace}/${owner.name}`);
      if (next) {
        current = next;
        continue;
      }
      const hash = current.labels['pod-template-hash'];
      if (owner.kind === 'ReplicaSet' && hash && owner.name.endsWith(`-${hash}`)) {
        return {
          namespace: current.namespace,
          kind: 'Deployment',
          name: owner.name.slice(0, -hash.length - 1),
        };
      }
      const job = owner.kind === 'Job' ? CRONJOB_JOB_NAME.exec(owner.name) : null;
      if (job?.[1]) return { namespace: current.namespace, kind: 'CronJob', name: job[1] };
      return { namespace: current.namespace, kind: owner.kind, name: owner.name };
    }
    return { namespace: current.namespace, kind: current.kind, name: current.name };
  };
}

/** The owner-walk view of an object's metadata. */
export function ownable(
  kind: string,
  namespace: string,
  metadata: {
    name: string;
    labels?: Labels | null | undefined;
    ownerReferences?: readonly OwnerReference[] | null | undefined;
  },
): Ownable {
  return {
    kind,
    name: metadata.name,
    namespace,
    owners: metadata.ownerReferences ?? [],
    labels: metadata.labels ?? {},
  };
}
