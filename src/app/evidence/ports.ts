import type { ImageReference } from '../../core/artifact/image-reference.js';
import type { IssueCode } from '../../core/input/index.js';
import type { KubernetesDocument, KubernetesSnapshot, Tier, WorkloadRef } from '../../core/twin/index.js';

/** A use case's refusal that depends on what the store holds (unknown environment, stale snapshot…). */
export interface Refusal {
  readonly refused: { readonly code: IssueCode; readonly path: string; readonly message: string };
}

export interface SnapshotWrite {
  readonly cluster: string;
  /** The environment to put a new cluster in; absent: the cluster's own, or one named after the cluster. */
  readonly environment?: string;
  /** ISO 8601: the snapshot's time; later snapshots of the cluster replace it. */
  readonly at: string;
  readonly snapshot: KubernetesSnapshot;
}

export interface SnapshotSummary {
  readonly environment: string;
  /** Set when the environment was created by this snapshot, with the tier it was given. */
  readonly createdEnvironment?: { readonly tier: Tier; readonly inferred: boolean };
  readonly cluster: string;
  readonly at: string;
  readonly workloads: number;
  readonly removedWorkloads: number;
  readonly deployments: { readonly opened: number; readonly continued: number; readonly ended: number };
  readonly observed: number;
  readonly declared: number;
  /** Containers whose image is known by tag only: listed by `twin gaps`. */
  readonly unresolvedImages: number;
  readonly ignoredKinds: Readonly<Record<string, number>>;
}

export interface PipelineDeploymentWrite {
  readonly environment: string;
  readonly createEnvironment: boolean;
  readonly workload: WorkloadRef;
  readonly image: ImageReference & { readonly digest: string };
  readonly at: string;
  readonly commit?: string;
  readonly pipelineRun?: string;
  readonly actor?: string;
  /** The same event twice has the same key and is one deployment (docs/adr/042). */
  readonly eventKey: string;
}

export interface PipelineDeploymentResult {
  readonly deploymentId: number;
  readonly status: 'new' | 'unchanged';
  readonly environment: string;
  readonly createdEnvironment?: { readonly tier: Tier; readonly inferred: boolean };
  readonly workload: string;
  readonly digest: string;
  readonly firstSeen: string;
  /** When a later pipeline deployment of the workload replaced this one, if any has. */
  readonly endedAt: string | null;
}

/** One row of `twin show`: a deployment active at the time asked, or a present workload with none. */
export type TwinRow = {
  readonly environment: string;
  readonly cluster: string | null;
  readonly namespace: string;
  readonly workload: string;
  readonly kind: string;
  readonly digest: string | null;
  readonly image: string;
  readonly source: string | null;
  readonly observed: boolean;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly endedAt: string | null;
  readonly internetFacing: boolean;
  /** Why it is internet-facing (workloads.attributes.exposure). */
  readonly exposure: readonly string[];
  readonly networkPolicyIsolated: boolean;
  readonly sbom: boolean;
};

/** One deployment in `twin history`. */
export type HistoryRow = {
  readonly environment: string;
  readonly workload: string;
  readonly digest: string;
  readonly image: string;
  readonly source: string;
  readonly observed: boolean;
  readonly cluster: string | null;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly endedAt: string | null;
  readonly commit: string | null;
  readonly pipelineRun: string | null;
  readonly actor: string | null;
};

/** One finding of `twin gaps`; `kind` says which. */
export type GapRow =
  | {
      readonly kind: 'coverage';
      readonly environment: string;
      readonly runningDigests: number;
      readonly withSbom: number;
      readonly coveragePercent: number;
    }
  | {
      readonly kind: 'no-sbom';
      readonly environment: string;
      readonly digest: string;
      readonly image: string;
      readonly workloads: readonly string[];
    }
  | {
      readonly kind: 'unresolved-image';
      readonly environment: string;
      readonly workload: string;
      readonly container: string;
      readonly image: string;
    }
  | {
      readonly kind: 'drift';
      readonly environment: string;
      readonly workload: string;
      readonly declared: string;
      readonly declaredAt: string;
      readonly observed: readonly string[];
    }
  | {
      readonly kind: 'sbom-not-running';
      readonly digest: string;
      readonly name: string;
      readonly sbomId: number;
      readonly declared: boolean;
    };

/** What the evidence use cases need from the store. Each write is one transaction. */
export interface TwinStore {
  writeKubernetesSnapshot(input: SnapshotWrite): Promise<SnapshotSummary | Refusal>;
  recordPipelineDeployment(
    input: PipelineDeploymentWrite,
  ): Promise<Omit<PipelineDeploymentResult, 'workload'> | Refusal>;
  showTwin(query: { readonly environment?: string; readonly at: string }): Promise<TwinRow[]>;
  workloadHistory(query: {
    readonly workload: WorkloadRef;
    readonly environment?: string;
  }): Promise<HistoryRow[]>;
  twinGaps(): Promise<GapRow[]>;
}

/** Resolves an image tag to the digest it names now (an OCI registry). */
export interface TagResolver {
  /** @throws InputError when the tag does not exist; Error (with cause) when the registry fails. */
  resolveDigest(image: ImageReference): Promise<string>;
}

/** Streams the objects of a live cluster (list, then watch) and says when they changed. */
export interface KubernetesWatchSource {
  /** The cluster's name as the connection knows it (the kubeconfig context's cluster). */
  readonly clusterName: string;
  /**
   * Runs until `signal` aborts: calls `onChange` with every current object after the initial lists and
   * after each batch of changes; `onProblem` for connection trouble it is recovering from.
   */
  run(handlers: {
    onChange(objects: readonly KubernetesDocument[]): Promise<void>;
    onProblem(message: string): void;
    signal: AbortSignal;
  }): Promise<void>;
}

export type Clock = () => Date;

/** An SBOM found attached to an image in a registry. */
export interface DiscoveredSbom {
  readonly bytes: Uint8Array;
  /** A name whose extension tells the format (`…cdx.json`, `…spdx.json`), for the parser and messages. */
  readonly fileName: string;
  /** How it was found: referrers-api, referrers-tag, cosign-attestation, cosign-sbom. */
  readonly via: string;
}

/** Finds the SBOMs attached to an image (an OCI registry). */
export interface RegistrySbomSource {
  /**
   * Resolves the image's digest (a tag through the registry) and reads every SBOM attached to it.
   * @throws InputError when the image is not in the registry; Error (with cause) when the registry fails.
   */
  discover(image: ImageReference): Promise<{
    readonly digest: string;
    readonly sboms: readonly DiscoveredSbom[];
    readonly skipped: readonly string[];
    readonly referrersApi: boolean;
  }>;
}

/** Stores one SBOM document against an artifact, in one transaction. */
export interface SbomSink {
  /** @throws InputError when the document is bad; nothing is stored then. */
  ingest(input: {
    readonly bytes: Uint8Array;
    readonly fileName: string;
    readonly artifact: string;
    readonly source: string;
  }): Promise<{ readonly sbomId: number; readonly status: 'new' | 'unchanged' | 'history' }>;
}
