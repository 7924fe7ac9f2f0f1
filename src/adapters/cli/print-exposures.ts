import type { Command } from 'commander';
import type { Exposure } from '../../app/exposures/index.js';
import {
  type CheckedSelection,
  checkExposureSelection,
  GATE_LEVELS,
  selectExposures,
} from '../../app/exposures/index.js';
import { inputError } from '../../core/input/index.js';
import { DECISIONS } from '../../core/risk/index.js';
import { toSarif } from '../formats/sarif.js';
import { type CliStreams, ExitSignal, printRows } from './cli-context.js';
import { exposureTableRows } from './commands/exposures-format.js';
import { packageVersion } from './package-version.js';

/** Exit code when `--fail-on` finds an exposure at or above its level (documented in the README). */
export const EXIT_GATE = 3;

/** The listing options `exposures` and `scan` share. */
export interface ExposureOptions {
  decision?: string;
  limit?: string;
  all?: boolean;
  format: string;
  failOn?: string;
  workload?: string;
  package?: string;
  advisory?: string;
  kevOnly?: boolean;
  internetFacing?: boolean;
  triage?: string;
}

export function addExposureOptions(command: Command): Command {
  return command
    .option('--decision <decision>', `only this decision (${DECISIONS.join(', ')})`)
    .option('--limit <n>', 'at most this many')
    .option(
      '--all',
      'include exposures suppressed by triage (not_affected, false_positive, accepted_risk) or VEX (not_affected, fixed)',
    )
    .option('--workload <namespace/name>', 'only this workload (namespace/name, or name)')
    .option('--package <purl>', 'only components of this package: pkg:npm/lodash, with or without version')
    .option('--advisory <id>', 'only this vulnerability, by any id (CVE, GHSA, PYSEC…)')
    .option('--kev-only', 'only vulnerabilities in CISA KEV')
    .option('--internet-facing', 'only internet-facing workloads')
    .option(
      '--triage <state>',
      'only this triage state in force, or untriaged (with --all for suppressing states)',
    )
    .option('--format <format>', 'table, json or sarif', 'table')
    .option(
      '--fail-on <level>',
      `exit ${EXIT_GATE} when an exposure is at this level or above: ${Object.keys(GATE_LEVELS).join(' or ')}`,
    );
}

/** A listing the CLI can print: the checked selection and the output format. */
export interface ExposureListing {
  readonly selection: CheckedSelection;
  readonly format: 'table' | 'json' | 'sarif';
}

/** Refuses bad listing options before any work is done. */
export function checkExposureOptions(opts: ExposureOptions): ExposureListing {
  if (opts.format !== 'table' && opts.format !== 'json' && opts.format !== 'sarif')
    throw inputError(
      'OPTION_INVALID',
      '--format',
      `"${opts.format}" is not a format; expected table, json or sarif`,
    );
  return { format: opts.format, selection: checkExposureSelection({ ...opts, kev: opts.kevOnly }) };
}

/** Prints ranked exposures as a table (with the top reasons), JSON or SARIF; honours `--fail-on`. */
export function printExposures(
  io: CliStreams,
  ranking: readonly Exposure[],
  listing: ExposureListing,
  /** The time overdue is judged at (time travel: the time asked). */
  now: Date = new Date(),
): void {
  const { shown, total, suppressed, gate } = selectExposures(ranking, listing.selection);
  if (listing.format === 'json') io.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
  else if (listing.format === 'sarif')
    io.stdout.write(`${JSON.stringify(toSarif(shown, packageVersion()), null, 2)}\n`);
  else {
    printRows(io, exposureTableRows(shown, now), {});
    io.stdout.write(
      `\n${shown.length} of ${total} exposures${suppressed && !listing.selection.all ? `; ${suppressed} suppressed by triage or VEX (--all shows them)` : ''}\n`,
    );
    for (const e of shown.slice(0, 3)) {
      io.stdout.write(
        `\n${e.decision} ${e.score} ${e.vulnerability} in ${e.environment}/${e.workload} (${e.component.purl}):\n`,
      );
      for (const r of e.reasons)
        io.stdout.write(`  - ${r.text}${r.points ? ` (${r.points > 0 ? '+' : ''}${r.points})` : ''}\n`);
    }
  }
  if (gate && gate.tripped > 0) {
    io.stderr.write(`--fail-on ${gate.level}: ${gate.tripped} exposures at ${gate.decisions.join(' or ')}\n`);
    throw new ExitSignal(EXIT_GATE);
  }
}
