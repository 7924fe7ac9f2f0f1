import { InputError, type InputIssue, isInputError } from '../../core/input/index.js';
import { parseTwinName } from '../../core/twin/index.js';
import { importKubernetesSnapshot } from './import-kubernetes-snapshot.js';
import type { Clock, KubernetesWatchSource, SnapshotSummary, TwinStore } from './ports.js';

export interface WatchKubernetesInput {
  /** Absent: the name the connection gives (the kubeconfig context's cluster). */
  readonly cluster?: string;
  readonly environment?: string;
  readonly defaultNamespace: string;
  readonly signal: AbortSignal;
  /** After each update of the twin. */
  readonly onApplied: (summary: SnapshotSummary) => void;
  /** Trouble the watch recovers from: a dropped connection, a change the twin refused. */
  readonly onProblem: (message: string) => void;
}

/**
 * Keeps the twin current with a live cluster until `signal` aborts: after the initial lists and after each
 * batch of changes, the cluster's current objects replace its state as a snapshot would (docs/adr/043),
 * so the watch and `k8s import` share one code path and one set of semantics.
 * @throws InputError for bad cluster or environment names, before connecting.
 */
export async function watchKubernetes(
  deps: { readonly store: TwinStore; readonly source: KubernetesWatchSource; readonly clock: Clock },
  input: WatchKubernetesInput,
): Promise<void> {
  const cluster = parseTwinName(input.cluster ?? deps.source.clusterName, 'cluster', 'a cluster');
  const environment =
    input.environment === undefined
      ? undefined
      : parseTwinName(input.environment, 'environment', 'an environment');
  const issues: InputIssue[] = [
    ...(cluster.ok ? [] : cluster.issues),
    ...(environment && !environment.ok ? environment.issues : []),
  ];
  if (!cluster.ok || issues.length > 0) throw new InputError(issues);
  await deps.source.run({
    signal: input.signal,
    onProblem: input.onProblem,
    onChange: async (documents) => {
      try {
        const summary = await importKubernetesSnapshot(deps.store, {
          documents,
          cluster: cluster.value,
          ...(environment?.ok ? { environment: environment.value } : {}),
          at: deps.clock().toISOString(),
          defaultNamespace: input.defaultNamespace,
          allowEmpty: true,
        });
        input.onApplied(summary);
      } catch (error) {
        if (!isInputError(error)) throw error;
        for (const i of error.issues) input.onProblem(`${i.path}: ${i.message} [${i.code}]`);
      }
    },
  });
}
