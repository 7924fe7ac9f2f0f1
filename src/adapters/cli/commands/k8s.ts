import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { SnapshotSummary } from '../../../app/evidence/index.js';
import { readKubernetesFiles } from '../../kubernetes/read-kubernetes-files.js';
import { kubernetesSource } from '../../wiring/index.js';
import type { Cli, CliStreams, RegisterCommands } from '../cli-context.js';
import { withVigil } from '../with-vigil.js';

/** Options of the k8s command family; tests pass a signal that stops `k8s watch`. */
export interface K8sCommandOptions {
  readonly signal?: AbortSignal;
}

/** The `k8s` commands with options (the default ones stop `k8s watch` on SIGINT/SIGTERM). */
export const createK8sCommands =
  (options: K8sCommandOptions = {}): RegisterCommands =>
  (program: Command, io: Cli) => {
    const k8s = program.command('k8s').description('Kubernetes evidence: snapshots and a live watch');

    k8s
      .command('import')
      .description(
        "replace a cluster's state with a snapshot: kubectl get … -o json output or YAML manifests",
      )
      .argument('<files...>', 'JSON (objects, Lists) or YAML (multi-document) files')
      .option('--cluster <name>', 'the cluster the snapshot is of (default: the --env name, else "default")')
      .option('--env <name>', 'its environment (created when missing, tier inferred from the name)')
      .option('--namespace <name>', 'namespace of objects that name none', 'default')
      .option('--at <time>', 'the snapshot time (RFC 3339; default now)')
      .option('--json', 'print the summary as JSON')
      .action(
        async (
          files: string[],
          opts: { cluster?: string; env?: string; namespace: string; at?: string; json?: boolean },
        ) => {
          const documents = await readKubernetesFiles(files.map((f) => resolve(io.cwd, f)));
          const summary = await withVigil(io, (vigil) =>
            vigil.twin.importSnapshot({
              documents,
              cluster: opts.cluster ?? opts.env ?? 'default',
              ...(opts.env ? { environment: opts.env } : {}),
              at: opts.at ?? new Date().toISOString(),
              defaultNamespace: opts.namespace,
            }),
          );
          if (opts.json) io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
          else printSummary(io, summary);
        },
      );

    registerK8sWatch(k8s, io, options.signal);
  };

export const registerK8sCommands: RegisterCommands = createK8sCommands();

/** The human summary of a snapshot, shared by `k8s import` and `k8s watch`. */
export function printSummary(io: CliStreams, s: SnapshotSummary): void {
  if (s.createdEnvironment) {
    const how = s.createdEnvironment.inferred
      ? 'inferred from its name'
      : 'the name says no tier, so the most exposed one';
    io.stdout.write(`created environment ${s.environment} (tier ${s.createdEnvironment.tier}, ${how})\n`);
  }
  const d = s.deployments;
  io.stdout.write(
    `cluster ${s.cluster} (environment ${s.environment}) at ${s.at}: ${s.workloads} workloads, ` +
      `${s.observed} observed and ${s.declared} declared artifacts; deployments ${d.opened} new, ${d.continued} continued, ${d.ended} ended; ` +
      `${s.removedWorkloads} workloads removed\n`,
  );
  if (s.unresolvedImages > 0) {
    io.stdout.write(
      `${s.unresolvedImages} container images are known by tag only: see \`vigil twin gaps\`\n`,
    );
  }
  const ignored = Object.entries(s.ignoredKinds);
  if (ignored.length > 0) io.stdout.write(`ignored: ${ignored.map(([k, n]) => `${n} ${k}`).join(', ')}\n`);
}

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
function registerK8sWatch(k8s: Command, io: Cli, signal?: AbortSignal): void {
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
        const source = await kubernetesSource({ kubeconfig: opts.kubeconfig, context: opts.context });
        const interrupt = signal ? undefined : interruptSignal();
        try {
          await withVigil(io, (vigil) =>
            vigil.twin.watch(source, {
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
            }),
          );
        } finally {
          interrupt?.dispose();
        }
        io.stdout.write('watch stopped\n');
      },
    );
}
