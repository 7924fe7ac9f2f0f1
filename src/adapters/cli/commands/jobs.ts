import type { Command } from 'commander';
import { JOB_STATES } from '../../../app/jobs/index.js';
import { positiveInteger } from '../../wiring/index.js';
import { type Cli, printRows, type RegisterCommands } from '../cli-context.js';
import { withVigil } from '../with-vigil.js';

/** `vigil jobs list`: the job queue the serve processes share (ADR 084). */
export const registerJobCommands: RegisterCommands = (program: Command, io: Cli) => {
  program
    .command('jobs')
    .description('the job queue of `vigil serve` (feed syncs): what is queued, running where, done or failed')
    .command('list')
    .description('newest first')
    .option('--state <state>', `only jobs in this state: ${JOB_STATES.join(', ')}`)
    .option('--limit <n>', 'at most this many (default 50)')
    .option('--json', 'print a JSON array')
    .action(async (opts: { state?: string; limit?: string; json?: boolean }) => {
      const limit = positiveInteger({ value: opts.limit, name: '--limit' }, undefined, 50);
      const rows = await withVigil(io, (vigil) => vigil.jobs.list({ state: opts.state, limit }));
      printRows(io, rows as unknown as Record<string, unknown>[], {
        json: opts.json,
        columns: [
          'id',
          'kind',
          'state',
          'attempts',
          'worker',
          'requestedBy',
          'createdAt',
          'finishedAt',
          'error',
        ],
      });
    });
};
