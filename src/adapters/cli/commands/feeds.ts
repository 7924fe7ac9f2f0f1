import type { Command } from 'commander';
import { EPSS_URL, KEV_URL, OSV_BUCKET_URL } from '../../feeds/index.js';
import { feedSyncRequest } from '../../wiring/index.js';
import { type Cli, EXIT, ExitSignal, printRows, type RegisterCommands } from '../cli-context.js';
import { printSyncSummary } from '../print-sync-summary.js';
import { createSyncProgressBar } from '../sync-progress-bar.js';
import { withVigil } from '../with-vigil.js';

export interface SyncOptions {
  osvMirror?: string;
  osvUrl?: string;
  ecosystem?: string[];
  kev?: string;
  epss?: string[];
  json?: boolean;
  verbose?: boolean;
}

export const registerFeedsCommands: RegisterCommands = (program: Command, io: Cli) => {
  const feeds = program
    .command('feeds')
    .description('vulnerability intelligence: OSV advisories, CISA KEV, EPSS');

  feeds
    .command('sync')
    .description(
      'import OSV, KEV and EPSS; with no feed option all three from their defaults, otherwise only the feeds named',
    )
    .option('--osv-mirror <dir>', 'OSV mirror folder holding <Ecosystem>/all.zip (default: VIGIL_OSV_MIRROR)')
    .option('--osv-url <url>', `OSV bucket URL (default: ${OSV_BUCKET_URL})`)
    .option('--ecosystem <names...>', 'OSV ecosystems (default: all in the mirror, or those in the twin)')
    .option('--kev <location>', `KEV catalog: file, mirror folder or URL (default: VIGIL_KEV or ${KEV_URL})`)
    .option(
      '--epss <locations...>',
      `EPSS CSV: files, mirror folders or URLs (default: VIGIL_EPSS or ${EPSS_URL})`,
    )
    .option('--json', 'print the summary as a JSON array')
    .option('--verbose', 'list every upstream record that could not be read, not only their count')
    .action(async (opts: SyncOptions) => {
      const request = feedSyncRequest(io.config, {
        osvMirror: opts.osvMirror,
        osvUrl: opts.osvUrl,
        ecosystems: opts.ecosystem,
        kev: opts.kev,
        epss: opts.epss,
      });
      const result = await withVigil(io, (vigil) => vigil.feeds.sync(request, createSyncProgressBar(io)));
      printSyncSummary(io, result, { json: opts.json === true, verbose: opts.verbose === true });
      if (result.failures.length > 0) throw new ExitSignal(EXIT.failure);
    });

  feeds
    .command('status')
    .description('what was synced, from where and when, and how many records each feed holds')
    .option('--json', 'print a JSON array')
    .action(async (opts: { json?: boolean }) => {
      const rows = await withVigil(io, (vigil) => vigil.feeds.status());
      printRows(io, rows as unknown as Record<string, unknown>[], {
        json: opts.json,
        columns: [
          'feed',
          'scope',
          'status',
          'lastSync',
          'lastSuccess',
          'records',
          'withdrawn',
          'location',
          'detail',
        ],
      });
    });
};
