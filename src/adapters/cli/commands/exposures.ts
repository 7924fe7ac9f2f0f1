import type { Command } from 'commander';
import { DECISIONS } from '../../../core/risk/index.js';
import { type Cli, EXIT, ExitSignal, printRows, type RegisterCommands } from '../cli-context.js';
import {
  addExposureOptions,
  checkExposureOptions,
  type ExposureOptions,
  printExposures,
} from '../print-exposures.js';
import { refreshFindings } from '../refresh-findings.js';
import { withVigil } from '../with-vigil.js';

export const registerExposureCommands: RegisterCommands = (program: Command, io: Cli) => {
  program
    .command('evaluate')
    .description('match package versions to advisories: incremental by default, --full from scratch')
    .option('--full', 'drop all findings and match everything again')
    .option('--json', 'print the summary as JSON')
    .action(async (opts: { full?: boolean; json?: boolean }) => {
      const summary = await withVigil(io, (vigil) =>
        refreshFindings({ stderr: { write: () => true } }, vigil, Boolean(opts.full)),
      );
      // the changed advisories' ids are for pushed impact (`vigil serve`); the summary keeps their count
      const { changedAdvisories: _ids, ...shown } = summary;
      if (opts.json) io.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
      else
        io.stdout.write(
          `${summary.mode}: ${summary.packageVersions} package versions and ${summary.advisories} changed advisories matched; ` +
            `${summary.affected} affected, ${summary.unknown} not evaluable, ${summary.unmatchable} unmatchable (${summary.millis} ms)\n`,
        );
    });

  const exposures = program
    .command('exposures')
    .description('the ranked exposures: vulnerabilities running (or declared) in workloads, with the reasons')
    .option('--env <name>', 'only this environment');
  addExposureOptions(exposures).action(async (opts: ExposureOptions & { env?: string }) => {
    const listing = checkExposureOptions(opts);
    const list = await withVigil(io, async (vigil) => {
      vigil.riskConfig();
      await refreshFindings(io, vigil);
      return vigil.exposures.list(opts.env ? { environment: opts.env } : {});
    });
    printExposures(io, list, listing);
  });

  program
    .command('impact')
    .description('where an advisory runs: every workload and environment with an affected component')
    .argument('<id>', 'any id of the vulnerability: CVE, GHSA, PYSEC, GO, a distro id…')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean }) => {
      const impact = await withVigil(io, async (vigil) => {
        vigil.riskConfig();
        await refreshFindings(io, vigil);
        return vigil.exposures.impact(id);
      });
      if (!impact) {
        io.stderr.write(`error: no advisory has the id ${id} (run \`vigil feeds sync\` first?)\n`);
        throw new ExitSignal(EXIT.failure);
      }
      if (opts.json) {
        io.stdout.write(`${JSON.stringify(impact, null, 2)}\n`);
        return;
      }
      io.stdout.write(`${impact.vulnerability}: ${impact.summary}\nids: ${impact.ids.join(', ')}\n\n`);
      printRows(
        io,
        impact.exposures.map((e) => ({
          decision: e.suppressed ? `${e.decision} (vex)` : e.decision,
          environment: e.environment,
          workload: e.workload,
          component: `${e.component.name}@${e.component.version}`,
          fixed: e.fixedVersion ?? '',
          running: e.running ? 'running' : 'declared',
          path: e.path.join(' > '),
        })),
        {},
      );
      const envs = new Set(impact.exposures.map((e) => e.environment));
      const workloads = new Set(impact.exposures.map((e) => `${e.environment}/${e.workload}`));
      io.stdout.write(`\n${workloads.size} workloads in ${envs.size} environments\n`);
    });

  program
    .command('status')
    .description('exposures by decision and environment, and SBOM coverage of running artifacts')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const status = await withVigil(io, async (vigil) => {
        vigil.riskConfig();
        await refreshFindings(io, vigil);
        return vigil.exposures.status();
      });
      if (opts.json) {
        io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
        return;
      }
      printRows(
        io,
        status.byEnvironment.map((e) => ({
          environment: e.environment,
          ...e.counts,
          suppressed: e.suppressed,
        })),
        { columns: ['environment', ...DECISIONS, 'suppressed'] },
      );
      io.stdout.write(
        `\ntotal: ${DECISIONS.map((d) => `${d} ${status.totals[d]}`).join(', ')}, suppressed by VEX ${status.totals.suppressed}\n\nSBOM coverage of running artifacts\n`,
      );
      printRows(io, status.coverage as unknown as Record<string, unknown>[], {
        columns: ['environment', 'runningArtifacts', 'withSbom', 'percent'],
      });
      io.stdout.write(
        `\n${status.unknownFindings} package version × advisory pairs could not be evaluated (GIT-only ranges without a commit, versions outside the ecosystem's scheme); they are never guessed\n`,
      );
      const nd = status.notDeployed;
      if (nd.packageVersions > 0)
        io.stdout.write(
          `${nd.packageVersions} vulnerable package versions sit in ${nd.artifacts} artifacts that are not seen running or declared anywhere (\`vigil twin gaps\` lists SBOMs never seen running)\n`,
        );
    });
};
