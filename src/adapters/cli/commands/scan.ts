import { resolve } from 'node:path';
import type { Command } from 'commander';
import { findEvidence } from '../../evidence/find-evidence.js';
import { type Cli, EXIT, ExitSignal, printIssues, type RegisterCommands } from '../cli-context.js';
import {
  addExposureOptions,
  checkExposureOptions,
  type ExposureOptions,
  printExposures,
} from '../print-exposures.js';
import { printSyncSummary } from '../print-sync-summary.js';
import { evaluationLine, printEvaluated } from '../refresh-findings.js';
import { createStepLine } from '../step-line.js';
import { createSyncProgressBar } from '../sync-progress-bar.js';
import { withVigil } from '../with-vigil.js';

interface ScanOptions extends ExposureOptions {
  env?: string;
  cluster?: string;
  kubeconfig?: string;
  context?: string;
  kube: boolean;
  sync: boolean;
  registry: boolean;
  osvMirror?: string;
  kev?: string;
  epss?: string[];
}

export const registerScanCommands: RegisterCommands = (program: Command, io: Cli) => {
  const scan = program
    .command('scan')
    .description(
      'the main job: ingest the evidence given (SBOMs, Kubernetes snapshots or manifests, VEX; a live cluster when a kubeconfig is present), sync the feeds (VIGIL_OSV_MIRROR, else the live OSV), and print the ranked exposures',
    )
    .argument('[paths...]', 'files or folders of evidence; their content tells what they are')
    .option(
      '--env <name>',
      'environment of the Kubernetes evidence (created when missing, tier from its name)',
    )
    .option('--cluster <name>', 'cluster of the Kubernetes evidence (default: the --env name)')
    .option('--kubeconfig <file>', 'also snapshot the live cluster of this kubeconfig')
    .option('--context <name>', 'kubeconfig context')
    .option('--no-kube', 'do not read a live cluster even when a kubeconfig is present')
    .option('--no-sync', 'use the feeds already stored; do not sync')
    .option(
      '--no-registry',
      'do not ask registries for the SBOMs of running images that have none (asked after a live cluster is read)',
    )
    .option(
      '--osv-mirror <dir>',
      'OSV mirror folder holding <Ecosystem>/all.zip (default: VIGIL_OSV_MIRROR, else the live OSV)',
    )
    .option(
      '--kev <location>',
      'KEV catalog: file, mirror folder or URL (default: VIGIL_KEV, else the live catalog)',
    )
    .option(
      '--epss <locations...>',
      'EPSS CSV files, mirror folders or URLs (default: VIGIL_EPSS, else the live file)',
    );
  addExposureOptions(scan).action(async (paths: string[], opts: ScanOptions) => {
    const listing = checkExposureOptions(opts);
    const found = await findEvidence(paths.map((p) => resolve(io.cwd, p)));
    const evaluation = evaluationLine(io);
    const registryLine = createStepLine(io);
    const result = await withVigil(io, async (vigil) => {
      vigil.riskConfig();
      return vigil
        .scan(
          {
            files: found.files,
            ...(opts.env ? { environment: opts.env } : {}),
            ...(opts.cluster ? { cluster: opts.cluster } : {}),
            liveCluster: opts.kube,
            registry: opts.registry,
            sync: opts.sync,
            kube: { kubeconfig: opts.kubeconfig, context: opts.context },
            feeds: { osvMirror: opts.osvMirror, kev: opts.kev, epss: opts.epss },
            syncProgress: createSyncProgressBar(io),
          },
          {
            kubernetes: (s) =>
              io.stderr.write(
                `kubernetes: ${s.workloads} workloads in ${s.environment}/${s.cluster} (${s.observed} observed, ${s.declared} declared artifacts)\n`,
              ),
            evidence: (count) =>
              io.stderr.write(
                `evidence: ${count.sbom} SBOMs, ${count.kubernetes} Kubernetes files, ${count.vex} VEX documents\n`,
              ),
            liveCluster: (event) =>
              io.stderr.write(
                event.kind === 'applied'
                  ? `live cluster ${event.summary.cluster}: ${event.summary.workloads} workloads (${event.summary.observed} observed)\n`
                  : event.kind === 'problem'
                    ? `live cluster: ${event.message}\n`
                    : `live cluster: no answer within ${event.seconds} s; going on without it\n`,
              ),
            registryProgress: (done, total) =>
              registryLine.show(`registry: ${done}/${total} images asked for SBOMs`),
            registry: (lookups) => {
              registryLine.clear();
              const found = lookups.filter((l) => l.found > 0);
              io.stderr.write(
                `registry: SBOMs found for ${found.length} of ${lookups.length} running images that had none\n`,
              );
              for (const l of lookups.filter((l) => l.problem))
                io.stderr.write(`registry: ${l.image}: ${l.problem}\n`);
            },
            feeds: (synced) => {
              printSyncSummary({ ...io, stdout: io.stderr }, synced, { json: false, verbose: false });
              // A feed that cannot be reached (air-gapped, offline) leaves the stored data in use: say so, go on.
              if (synced.failures.length > 0)
                io.stderr.write(
                  `warning: ${synced.failures.length} feeds could not be synced; the exposures use the feed data already stored\n`,
                );
            },
            evaluationProgress: evaluation.progress,
            evaluated: (summary) => {
              evaluation.clear();
              printEvaluated(io, summary);
            },
          },
        )
        .finally(() => {
          registryLine.clear();
          evaluation.clear();
        });
    });
    const { exposures, notDeployed, hints, coverage, issues } = result;
    for (const s of found.skipped) io.stderr.write(`skipped ${s.path}: ${s.why}\n`);
    printIssues(io, issues);
    // SBOMs alone place nothing: say what deployment evidence would show.
    if (notDeployed.packageVersions > 0)
      io.stderr.write(
        `note: ${notDeployed.packageVersions} vulnerable package versions sit in ${notDeployed.artifacts} artifacts not seen running or declared anywhere; ` +
          'add Kubernetes manifests or snapshots, `vigil deploy record` events, or a kubeconfig to place them\n',
      );
    printExposures(io, exposures, listing);
    if (coverage.running > 0)
      io.stderr.write(
        `coverage: ${coverage.withSbom} of ${coverage.running} running images have an SBOM${coverage.withSbom < coverage.running ? '; the rest: `vigil twin gaps`' : ''}\n`,
      );
    for (const h of hints) io.stderr.write(`hint: ${h}\n`);
    if (issues.length > 0) throw new ExitSignal(EXIT.badInput);
  });
};
