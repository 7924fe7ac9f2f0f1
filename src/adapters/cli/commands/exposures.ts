import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { advisoryImpact } from '../../../app/exposures/advisory-impact.js';
import { evaluateFindings } from '../../../app/exposures/evaluate-findings.js';
import { exposureStatus } from '../../../app/exposures/exposure-status.js';
import { type Exposure, listExposures } from '../../../app/exposures/list-exposures.js';
import { inputError } from '../../../core/input/index.js';
import { DECISIONS, type Decision } from '../../../core/risk/index.js';
import { loadRiskConfig } from '../../config/load-risk-config.js';
import { packagePath } from '../../package-root.js';
import { createExposureRepository } from '../../store/exposure-repository.js';
import { createFindingsRepository } from '../../store/findings-repository.js';
import type { SqlDatabase } from '../../store/sql-client.js';
import { type CliIo, EXIT, ExitSignal, printRows, type RegisterCommands } from '../cli-context.js';
import { createStepLine } from '../step-line.js';
import { withDatabase } from '../with-database.js';
import { exposureTableRows, toSarif } from './exposures-format.js';

const { version } = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string };

/** Exit code when `--fail-on` finds an exposure at or above its level (documented in the README). */
export const EXIT_GATE = 3;

/** Brings findings up to date (incremental) before anything is read; says so when it did work. */
export async function refreshFindings(db: SqlDatabase, io: CliIo, full = false) {
  const line = createStepLine(io);
  const summary = await evaluateFindings(createFindingsRepository(db), {
    full,
    now: () => new Date(),
    progress: (step, done, total) =>
      line.show(`evaluating: ${step}${total ? ` ${done ?? 0}/${total} package versions` : ''}`),
  }).finally(() => line.clear());
  if (full || summary.packageVersions > 0 || summary.advisories > 0) {
    io.stderr.write(
      `evaluated (${summary.mode}): ${summary.packageVersions} package versions, ${summary.advisories} changed advisories → ` +
        `${summary.affected} affected, ${summary.unknown} not evaluable, ${summary.unmatchable} unmatchable versions (${summary.millis} ms)\n`,
    );
  }
  return summary;
}

const FAIL_ON = { act: ['Act'], attend: ['Act', 'Attend'] } as const satisfies Record<
  string,
  readonly Decision[]
>;

/** The listing options `exposures` and `scan` share. */
export interface ExposureOptions {
  decision?: string;
  limit?: string;
  all?: boolean;
  format: string;
  failOn?: string;
}

export function addExposureOptions(command: Command): Command {
  return command
    .option('--decision <decision>', `only this decision (${DECISIONS.join(', ')})`)
    .option('--limit <n>', 'at most this many')
    .option('--all', 'include exposures suppressed by VEX (not_affected, fixed)')
    .option('--format <format>', 'table, json or sarif', 'table')
    .option(
      '--fail-on <level>',
      `exit ${EXIT_GATE} when an exposure is at this level or above: act or attend`,
    );
}

/** Refuses bad listing options before any work is done. */
export function checkExposureOptions(opts: ExposureOptions): void {
  if (opts.decision !== undefined && !DECISIONS.some((d) => d.toLowerCase() === opts.decision?.toLowerCase()))
    throw inputError(
      'OPTION_INVALID',
      '--decision',
      `"${opts.decision}" is not a decision; expected one of ${DECISIONS.join(', ')}`,
    );
  if (!['table', 'json', 'sarif'].includes(opts.format))
    throw inputError(
      'OPTION_INVALID',
      '--format',
      `"${opts.format}" is not a format; expected table, json or sarif`,
    );
  if (opts.limit !== undefined && (!Number.isInteger(Number(opts.limit)) || Number(opts.limit) < 1))
    throw inputError('OPTION_INVALID', '--limit', `"${opts.limit}" is not a positive whole number`);
  const failOn = opts.failOn?.toLowerCase();
  if (failOn !== undefined && failOn !== 'act' && failOn !== 'attend')
    throw inputError(
      'OPTION_INVALID',
      '--fail-on',
      `"${opts.failOn}" is not a level; expected act or attend`,
    );
}

/** Prints ranked exposures as a table (with the top reasons), JSON or SARIF; honours `--fail-on`. */
export function printExposures(io: CliIo, exposures: readonly Exposure[], opts: ExposureOptions): void {
  const decision = DECISIONS.find((d) => d.toLowerCase() === opts.decision?.toLowerCase());
  let shown = exposures.filter((e) => (opts.all || !e.suppressed) && (!decision || e.decision === decision));
  if (opts.limit !== undefined) shown = shown.slice(0, Number(opts.limit));
  if (opts.format === 'json') io.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
  else if (opts.format === 'sarif') io.stdout.write(`${JSON.stringify(toSarif(shown, version), null, 2)}\n`);
  else {
    printRows(io, exposureTableRows(shown), {});
    const hidden = exposures.filter((e) => e.suppressed).length;
    io.stdout.write(
      `\n${shown.length} of ${exposures.length} exposures${hidden && !opts.all ? `; ${hidden} suppressed by VEX (--all shows them)` : ''}\n`,
    );
    for (const e of shown.slice(0, 3)) {
      io.stdout.write(
        `\n${e.decision} ${e.score} ${e.vulnerability} in ${e.environment}/${e.workload} (${e.component.purl}):\n`,
      );
      for (const r of e.reasons)
        io.stdout.write(`  - ${r.text}${r.points ? ` (${r.points > 0 ? '+' : ''}${r.points})` : ''}\n`);
    }
  }
  const failOn = opts.failOn?.toLowerCase() as keyof typeof FAIL_ON | undefined;
  if (failOn) {
    const levels: readonly Decision[] = FAIL_ON[failOn];
    const tripped = exposures.filter((e) => !e.suppressed && levels.includes(e.decision));
    if (tripped.length > 0) {
      io.stderr.write(`--fail-on ${failOn}: ${tripped.length} exposures at ${levels.join(' or ')}\n`);
      throw new ExitSignal(EXIT_GATE);
    }
  }
}

export const registerExposureCommands: RegisterCommands = (program: Command, io: CliIo) => {
  program
    .command('evaluate')
    .description('match package versions to advisories: incremental by default, --full from scratch')
    .option('--full', 'drop all findings and match everything again')
    .option('--json', 'print the summary as JSON')
    .action(async (opts: { full?: boolean; json?: boolean }) => {
      const summary = await withDatabase(io, (db) =>
        refreshFindings(db, { ...io, stderr: { write: () => true } }, Boolean(opts.full)),
      );
      if (opts.json) io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
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
    const config = loadRiskConfig(io.env);
    checkExposureOptions(opts);
    const list = await withDatabase(io, async (db) => {
      await refreshFindings(db, io);
      return listExposures(createExposureRepository(db), config, opts.env ? { environment: opts.env } : {});
    });
    printExposures(io, list, opts);
  });

  program
    .command('impact')
    .description('where an advisory runs: every workload and environment with an affected component')
    .argument('<id>', 'any id of the vulnerability: CVE, GHSA, PYSEC, GO, a distro id…')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean }) => {
      const config = loadRiskConfig(io.env);
      const impact = await withDatabase(io, async (db) => {
        await refreshFindings(db, io);
        return advisoryImpact(createExposureRepository(db), config, id);
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
      const config = loadRiskConfig(io.env);
      const status = await withDatabase(io, async (db) => {
        await refreshFindings(db, io);
        const findings = createFindingsRepository(db);
        return exposureStatus(createExposureRepository(db), config, await findings.state());
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
