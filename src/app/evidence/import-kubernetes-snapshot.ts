import { InputError, type InputIssue } from '../../core/input/index.js';
import {
  buildKubernetesSnapshot,
  type KubernetesDocument,
  parseEvidenceInstant,
  parseTwinName,
  readKubernetesObjects,
} from '../../core/twin/index.js';
import type { SnapshotSummary, TwinStore } from './ports.js';

export interface ImportKubernetesInput {
  readonly documents: readonly KubernetesDocument[];
  readonly cluster: string;
  /** Absent: the cluster's environment, or for a new cluster one named after it. */
  readonly environment?: string;
  /** The time of the snapshot (RFC 3339), not in the future beyond a small clock skew. */
  readonly at: string;
  /** The namespace of manifests that name none (kubectl's default). */
  readonly defaultNamespace: string;
  /** A live watch may see an empty cluster; a file import with no document at all is more likely a mistake. */
  readonly allowEmpty?: boolean;
}

/**
 * Replaces a cluster's state in the twin with a snapshot of its objects (docs/adr/042): workloads and their
 * observed or declared artifacts are written, and deployments or workloads the snapshot no longer holds
 * are ended, in one transaction. The environment is created when missing, with a tier inferred from its name.
 * @throws InputError for malformed objects, bad names, or a snapshot older than the cluster's last one;
 * the twin is unchanged then.
 */
export async function importKubernetesSnapshot(
  store: TwinStore,
  input: ImportKubernetesInput,
  now: () => Date = () => new Date(),
): Promise<SnapshotSummary> {
  const issues: InputIssue[] = [];
  const cluster = parseTwinName(input.cluster, 'cluster', 'a cluster');
  if (!cluster.ok) issues.push(...cluster.issues);
  const environment =
    input.environment === undefined
      ? undefined
      : parseTwinName(input.environment, 'environment', 'an environment');
  if (environment && !environment.ok) issues.push(...environment.issues);
  const at = parseEvidenceInstant(input.at, 'at', now());
  if (!at.ok) issues.push(...at.issues);
  if (input.documents.length === 0 && !input.allowEmpty) {
    issues.push({
      code: 'K8S_EMPTY',
      path: 'files',
      message:
        'no Kubernetes documents; an empty snapshot would end every deployment of the cluster (an empty List is accepted)',
    });
  }
  const set = readKubernetesObjects(input.documents, { defaultNamespace: input.defaultNamespace });
  if (!set.ok) issues.push(...set.issues);
  const snapshot = set.ok ? buildKubernetesSnapshot(set.value) : undefined;
  if (snapshot && !snapshot.ok) issues.push(...snapshot.issues);
  if (issues.length > 0 || !snapshot?.ok || !cluster.ok || !at.ok) throw new InputError(issues);
  const result = await store.writeKubernetesSnapshot({
    cluster: cluster.value,
    ...(environment?.ok ? { environment: environment.value } : {}),
    at: at.value,
    snapshot: snapshot.value,
  });
  if ('refused' in result) throw new InputError([result.refused]);
  return result;
}
