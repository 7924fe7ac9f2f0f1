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
    .option('--env <name>', 'only this environment')
    .option(
      '--at <time>',
      'time travel: what ran then, for advisories published by then (RFC 3339 or a date)',
    );
  addExposureOptions(exposures).action(async (opts: ExposureOptions & { env?: string; at?: string }) => {
    const listing = checkExposureOptions(opts);
    const list = await withVigil(io, async (vigil) => {
      vigil.riskConfig();
      await refreshFindings(io, vigil);
      return vigil.exposures.list({
        ...(opts.env ? { environment: opts.env } : {}),
        ...(opts.at ? { at: opts.at } : {}),
      });
    });
    printExposures(io, list, listing, opts.at ? new Date(Date.parse(opts.at)) : new Date());
  });

  program
    .command('exposure')
    .description('one vulnerability over time')
    .command('history')
    .description(
      'was each workload exposed to the vulnerability, from when to when, and from when could it be known',
    )
    .argument('<id>', 'any id of the vulnerability: CVE, GHSA, PYSEC, GO, a distro id…')
    .option('--env <name>', 'only this environment')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { env?: string; json?: boolean }) => {
      const history = await withVigil(io, async (vigil) => {
        vigil.riskConfig();
        await refreshFindings(io, vigil);
        return vigil.lifecycle.history(id, opts.env ? { environment: opts.env } : {});
      });
      if (!history) {
        io.stderr.write(`error: no advisory has the id ${id} (run \`vigil feeds sync\` first?)\n`);
        throw new ExitSignal(EXIT.failure);
      }
      if (opts.json) {
        io.stdout.write(`${JSON.stringify(history, null, 2)}\n`);
        return;
      }
      io.stdout.write(
        `${history.vulnerability}: published ${history.published ?? 'unknown'}\nids: ${history.ids.join(', ')}\n\n`,
      );
      printRows(
        io,
        history.workloads.flatMap((w) =>
          w.exposed.map((s) => ({
            environment: w.environment,
            workload: w.workload,
            from: s.from,
            to: s.to ?? 'now',
            known: s.knownFrom ?? 'never (ended before publication)',
            components: s.components.join(' '),
            state: w.lifecycle
              ? `${w.lifecycle.state}${w.lifecycle.closedBy ? ` (${w.lifecycle.closedBy})` : ''}${w.lifecycle.reopened ? `, reopened ${w.lifecycle.reopened}×` : ''}`
              : '',
            triage: w.triage[0]
              ? `${w.triage[0].state} (${w.triage[0].action} #${w.triage[0].rule} ${w.triage[0].at})`
              : '',
          })),
        ),
        { columns: ['environment', 'workload', 'from', 'to', 'known', 'components', 'state', 'triage'] },
      );
      io.stdout.write(`\n${history.workloads.length} workloads ever exposed\n`);
    });

  program
    .command('plan')
    .description(
      'what to fix first: the smallest upgrade of each vulnerable component, ranked by the risk removed',
    )
    .option('--env <name>', 'only this environment')
    .option('--json', 'print the plan as JSON')
    .action(async (opts: { env?: string; json?: boolean }) => {
      const plan = await withVigil(io, async (vigil) => {
        vigil.riskConfig();
        await refreshFindings(io, vigil);
        return vigil.remediation.plan(opts.env ? { environment: opts.env } : {});
      });
      if (opts.json) {
        io.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
        return;
      }
      plan.actions.forEach((a, i) => {
        io.stdout.write(`${i + 1}. ${a.text}\n`);
      });
      if (plan.actions.length === 0) io.stdout.write('nothing to upgrade: no running exposure has a fix\n');
      if (plan.withoutFix.length > 0) {
        io.stdout.write(`\nno fix available (${plan.withoutFix.length}):\n`);
        for (const a of plan.withoutFix)
          io.stdout.write(
            `- ${a.upgrades[0]?.purl} in ${a.artifactName}: ${a.upgrades[0]?.why}; would close ${a.exposures} exposures (${a.act} Act)\n`,
          );
      }
    });

  program
    .command('mttr')
    .description('mean time to remediate per period, environment and team (fixes seen running)')
    .option('--env <name>', 'only this environment')
    .option('--since <time>', 'RFC 3339 or a date (default 90 days ago)')
    .option('--period <period>', 'week or month', 'week')
    .option('--json', 'print JSON')
    .action(async (opts: { env?: string; since?: string; period?: string; json?: boolean }) => {
      const rows = await withVigil(io, (vigil) =>
        vigil.lifecycle.mttr({ environment: opts.env, since: opts.since, period: opts.period }),
      );
      printRows(
        io,
        rows.map((r) => ({ ...r, ...(opts.json ? {} : { team: r.team ?? '(admins)' }) })),
        { json: opts.json, columns: ['period', 'environment', 'team', 'remediated', 'meanHours'] },
      );
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
          decision: e.suppressed
            ? `${e.decision} (${e.triage && !e.triage.expired ? 'triage' : 'vex'})`
            : e.decision,
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
          overdue: e.overdue,
        })),
        { columns: ['environment', ...DECISIONS, 'suppressed', 'overdue'] },
      );
      io.stdout.write(
        `\ntotal: ${DECISIONS.map((d) => `${d} ${status.totals[d]}`).join(', ')}, suppressed by triage or VEX ${status.totals.suppressed}, past their SLA due date ${status.totals.overdue}\n\nSBOM coverage of running artifacts\n`,
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
