/** A container of a workload as the twin records it: the declared image and, when known, its digest. */
export interface WorkloadContainer {
  readonly name: string;
  /** The image reference as the pod spec or manifest wrote it. */
  readonly image: string;
  /** The registry digest that ran (`status.containerStatuses[].imageID`) or that the reference pins. */
  readonly imageDigest?: string;
  readonly init?: boolean;
  readonly ephemeral?: boolean;
}

/**
 * The exposure and privilege facts stored in `workloads.attributes` (jsonb). The risk model reads these
 * exact keys; each boolean comes with the reasons behind it where there can be several.
 */
export interface WorkloadAttributes {
  readonly internetFacing: boolean;
  /** Why it is reachable from outside: "Service frontend-external type LoadBalancer port 80/TCP", "hostNetwork"… */
  readonly exposure: readonly string[];
  /** Ingress to its pods is restricted by some NetworkPolicy selecting them (and none of them allows all). */
  readonly networkPolicyIsolated: boolean;
  readonly privileged: boolean;
  readonly hostNetwork: boolean;
  readonly hostPID: boolean;
  readonly serviceAccount: string;
  readonly powerfulServiceAccount: boolean;
  /** Why the service account is powerful: "ClusterRoleBinding x binds ClusterRole cluster-admin (…)". */
  readonly rbac: readonly string[];
  readonly containers: readonly WorkloadContainer[];
}

/** Evidence that an artifact ran (observed) or was asked to run (declared) in a workload. */
export interface ArtifactEvidence {
  readonly digest: string;
  readonly repository: string;
  readonly tag?: string;
  readonly observed: boolean;
  /** `kubernetes` for objects read from a cluster, `manifest` for files that were never applied. */
  readonly source: 'kubernetes' | 'manifest';
  /** The earliest pod start time seen with this digest (ISO 8601), when the objects say. */
  readonly since?: string;
  readonly containers: readonly string[];
}

/** One workload of a Kubernetes snapshot: its identity, labels, attributes and artifacts. */
export interface WorkloadFacts {
  readonly namespace: string;
  readonly name: string;
  /** Deployment, StatefulSet, DaemonSet, CronJob, Job, ReplicaSet, Pod, or the kind of an unknown owner. */
  readonly kind: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly attributes: WorkloadAttributes;
  readonly artifacts: readonly ArtifactEvidence[];
}

/** What a cluster snapshot says: every workload, the namespaces seen, and the kinds skipped. */
export interface KubernetesSnapshot {
  readonly workloads: readonly WorkloadFacts[];
  readonly namespaces: readonly string[];
  readonly ignored: Readonly<Record<string, number>>;
}
