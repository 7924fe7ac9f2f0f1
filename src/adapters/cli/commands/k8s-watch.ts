import type { Command } from 'commander';
import { watchKubernetes } from '../../../app/evidence/watch-kubernetes.js';
import { createKubernetesWatchSource } from '../../kubernetes/kubernetes-watch-source.js';
import { loadKubeConfig } from '../../kubernetes/load-kube-config.js';
import { createTwinRepository } from '../../store/twin-repository.js';
import type { CliIo } from '../cli-context.js';
import { withDatabase } from '../with-database.js';

/** Aborts on the first SIGINT or SIGTERM; `dispose` removes the handlers. */
function interruptSignal(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
}

/** `k8s watch`: keeps the twin current with a live cluster until interrupted (or `signal` aborts, in tests). */
export function registerK8sWatch(k8s: Command, io: CliIo, signal?: AbortSignal): void {
  k8s
    .command('watch')
    .description('keep the twin current with a live cluster (list, then watch) until interrupted')
    .option('--kubeconfig <file>', 'kubeconfig file (default: $KUBECONFIG, ~/.kube/config, or in-cluster)')
    .option('--context <name>', 'the kubeconfig context to use')
    .option('--cluster <name>', "the twin's cluster name (default: the context's cluster)")
    .option('--env <name>', 'its environment (created when missing, tier inferred from the name)')
    .option('--namespace <name>', 'namespace of objects that name none', 'default')
    .action(
      async (opts: {
        kubeconfig?: string;
        context?: string;
        cluster?: string;
        env?: string;
        namespace: string;
      }) => {
        const connection = loadKubeConfig({
          ...(opts.kubeconfig ? { kubeconfig: opts.kubeconfig } : {}),
          ...(opts.context ? { context: opts.context } : {}),
        });
        const interrupt = signal ? undefined : interruptSignal();
        try {
          await withDatabase(io, (db) =>
            watchKubernetes(
              {
                store: createTwinRepository(db),
                source: createKubernetesWatchSource(connection.config, connection.clusterName),
                clock: () => new Date(),
              },
              {
                ...(opts.cluster ? { cluster: opts.cluster } : {}),
                ...(opts.env ? { environment: opts.env } : {}),
                defaultNamespace: opts.namespace,
                signal: signal ?? interrupt!.signal,
                onApplied: (s) => {
                  const d = s.deployments;
                  io.stdout.write(
                    `${s.at} cluster ${s.cluster} (environment ${s.environment}): ${s.workloads} workloads; deployments ${d.opened} new, ${d.continued} continued, ${d.ended} ended\n`,
                  );
                },
                onProblem: (message) => io.stderr.write(`warning: ${message}\n`),
              },
            ),
          );
        } finally {
          interrupt?.dispose();
        }
        io.stdout.write('watch stopped\n');
      },
    );
}
