import { userInfo } from 'node:os';
import type { Command } from 'commander';
import type { StoredTriageRule } from '../../../app/triage/index.js';
import { describeScope } from '../../../app/triage/index.js';
import { inputError } from '../../../core/input/index.js';
import { TRIAGE_JUSTIFICATIONS, TRIAGE_STATES } from '../../../core/triage/index.js';
import {
  type Cli,
  EXIT,
  ExitSignal,
  printRows,
  type RegisterCommands,
  withArguments,
} from '../cli-context.js';
import { refreshFindings } from '../refresh-findings.js';
import { withVigil } from '../with-vigil.js';

interface SetOptions {
  state?: string;
  justification?: string;
  reason?: string;
  expires?: string;
  vulnerability?: string;
  package?: string;
  artifact?: string;
  env?: string;
  workload?: string;
  label: string[];
  by?: string;
  json?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Who the audit trail names for a CLI change: `--by`, else the login name. */
const actorOf = (by: string | undefined): string => {
  const name = by?.trim() || userInfo().username;
  if (!/^[\w.@+-]{1,128}$/.test(name))
    throw inputError(
      'OPTION_INVALID',
      '--by',
      `"${name}" is not a name; expected letters, digits, . @ + - _`,
    );
  return `cli:${name}`;
};

/** `vigil triage set|list|revoke|audit`: decisions on exposures, one by one or as portfolio rules (ADR 081). */
export const registerTriageCommands: RegisterCommands = (program: Command, io: Cli) => {
  const triage = program
    .command('triage')
    .description(
      'decide about exposures: one by its key, or many by a rule (vulnerability × package × where)',
    );

  triage
    .command('set')
    .description(
      'record a decision; a later one on the same scope replaces it. Give an exposure key (vigil exposures --json) or --vulnerability with what narrows it',
    )
    .argument('[exposure]', "one exposure's key: vulnerability|purl|artifact|environment/workload")
    .requiredOption('--state <state>', TRIAGE_STATES.join(' | '))
    .option('--justification <label>', `with not_affected: ${TRIAGE_JUSTIFICATIONS.join(' | ')}`)
    .option('--reason <text>', 'why (required; the audit trail keeps it)')
    .option('--expires <time>', 'until when it holds (required for accepted_risk): 2027-03-31 or RFC 3339')
    .option('--vulnerability <id>', 'a rule: the vulnerability (any id: CVE, GHSA…)')
    .option('--package <purl>', 'a rule: only this package (pkg:npm/lodash, or with @version)')
    .option('--artifact <digest>', 'a rule: only this artifact (sha256:…)')
    .option('--env <name>', 'a rule: only this environment')
    .option('--workload <ref>', 'a rule: only this workload (namespace/name)')
    .option('--label <key=value>', 'a rule: only workloads with this label (repeatable)', collect, [])
    .option('--by <name>', 'who decides (default: your login name)')
    .option('--json', 'print the decision as JSON')
    .action(async (exposure: string | undefined, opts: SetOptions) => {
      const actor = actorOf(opts.by);
      const result = await withVigil(io, async (vigil) => {
        await refreshFindings(io, vigil);
        return withArguments({ exposure: 'EXPOSURE', labels: '--label', package: '--package' }, () =>
          vigil.triage.set(
            {
              exposure,
              vulnerability: opts.vulnerability,
              package: opts.package,
              artifact: opts.artifact,
              environment: opts.env,
              workload: opts.workload,
              labels: opts.label,
              state: opts.state,
              justification: opts.justification,
              reason: opts.reason,
              expires: opts.expires,
            },
            { actor },
          ),
        );
      });
      if (opts.json) {
        io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        return;
      }
      const r = result.rule;
      io.stdout.write(
        `#${r.id} ${r.state}${r.justification ? ` (${r.justification})` : ''}${r.expiresAt ? ` until ${r.expiresAt}` : ''}: ${describeScope(r.scope)}\n` +
          `covers ${result.covers} current exposure${result.covers === 1 ? '' : 's'}${result.replaced ? `; replaces #${result.replaced}` : ''}\n`,
      );
    });

  triage
    .command('list')
    .description('the decisions in force (newest first); --all: every one ever made, with how it ended')
    .option('--all', 'also replaced, revoked and expired decisions')
    .option('--json', 'print a JSON array')
    .action(async (opts: { all?: boolean; json?: boolean }) => {
      const rules = await withVigil(io, (vigil) => vigil.triage.list({ all: opts.all === true }));
      printRows(io, opts.json ? (rules as unknown as Record<string, unknown>[]) : rules.map(row), {
        json: opts.json,
        columns: ['id', 'state', 'scope', 'until', 'by', 'at', 'reason', ...(opts.all ? ['ended'] : [])],
      });
    });

  triage
    .command('revoke')
    .description('withdraw a decision in force; the exposures it covered are decided by what else applies')
    .argument('<id>', 'the decision (vigil triage list)')
    .option('--reason <text>', 'why (required)')
    .option('--by <name>', 'who revokes (default: your login name)')
    .action(async (id: string, opts: { reason?: string; by?: string }) => {
      const actor = actorOf(opts.by);
      const number = Number(id);
      if (!Number.isSafeInteger(number) || number <= 0)
        throw inputError(
          'OPTION_INVALID',
          'ID',
          `"${id}" is not a decision id; expected a positive whole number`,
        );
      const revoked = await withVigil(io, (vigil) =>
        vigil.triage.revoke(number, { reason: opts.reason }, { actor }),
      );
      if (!revoked) {
        io.stderr.write(`error: no decision in force has the id ${number} (vigil triage list)\n`);
        throw new ExitSignal(EXIT.failure);
      }
      io.stdout.write(`revoked #${revoked.id} ${revoked.state}: ${describeScope(revoked.scope)}\n`);
    });

  triage
    .command('audit')
    .description(
      'the audit trail, newest first: who decided what, when and why; replacements, revocations, expiries',
    )
    .option('--limit <n>', 'at most this many lines (default 100)')
    .option('--json', 'print a JSON array')
    .action(async (opts: { limit?: string; json?: boolean }) => {
      const limit = Number(opts.limit ?? '100');
      if (!Number.isSafeInteger(limit) || limit <= 0 || limit > 10_000)
        throw inputError(
          'OPTION_INVALID',
          'limit',
          `"${opts.limit}" is not a whole number between 1 and 10000`,
        );
      const entries = await withVigil(io, (vigil) => vigil.triage.audit({ limit }));
      printRows(
        io,
        opts.json
          ? (entries as unknown as Record<string, unknown>[])
          : entries.map((e) => ({ ...e, rule: `#${e.rule}`, scope: describeScope(e.scope) })),
        { json: opts.json, columns: ['at', 'action', 'rule', 'state', 'by', 'scope', 'reason'] },
      );
    });
};

function row(r: StoredTriageRule): Record<string, unknown> {
  return {
    id: r.id,
    state: `${r.state}${r.justification ? ` (${r.justification})` : ''}`,
    scope: describeScope(r.scope),
    until: r.expiresAt ?? '',
    by: r.by,
    at: r.at,
    reason: r.reason,
    ended: r.revokedAt
      ? `${r.replacedBy ? `replaced by #${r.replacedBy}` : `revoked by ${r.revokedBy}: ${r.revokeReason}`} ${r.revokedAt}`
      : r.expiresAt && r.expiresAt <= new Date().toISOString()
        ? `expired ${r.expiresAt}`
        : '',
  };
}
