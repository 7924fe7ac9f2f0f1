import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { feedsStatus } from '../../../app/feeds/feeds-status.js';
import type { FeedDocumentSource, OsvFeed } from '../../../app/feeds/ports.js';
import { type SyncFeedsRequest, type SyncFeedsResult, syncFeeds } from '../../../app/feeds/sync-feeds.js';
import { DEFAULT_OSV_SYNC } from '../../../app/feeds/sync-osv.js';
import { type InputIssue, inputError } from '../../../core/input/index.js';
import {
  createOsvMirrorFeed,
  createOsvUrlFeed,
  EPSS_URL,
  epssSources,
  KEV_URL,
  kevSource,
  OSV_BUCKET_URL,
} from '../../feeds/index.js';
import { createFeedRepositories } from '../../store/feed-repositories.js';
import { type CliIo, EXIT, ExitSignal, printRows, type RegisterCommands } from '../cli-context.js';
import { createSyncProgressBar } from '../sync-progress-bar.js';
import { withDatabase } from '../with-database.js';

export interface SyncOptions {
  osvMirror?: string;
  osvUrl?: string;
  ecosystem?: string[];
  kev?: string;
  epss?: string[];
  json?: boolean;
  verbose?: boolean;
}

/** With --verbose, at most this many rejected records are listed one by one; the count says the rest. */
const MAX_REJECTS_SHOWN = 20;

export const registerFeedsCommands: RegisterCommands = (program: Command, io: CliIo) => {
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
      const request = syncRequest(io, opts);
      const result = await withDatabase(io, (db) =>
        syncFeeds({ ...createFeedRepositories(db), progress: createSyncProgressBar(io) }, request),
      );
      printSyncSummary(io, result, { json: opts.json === true, verbose: opts.verbose === true });
      if (result.failures.length > 0) throw new ExitSignal(EXIT.failure);
    });

  feeds
    .command('status')
    .description('what was synced, from where and when, and how many records each feed holds')
    .option('--json', 'print a JSON array')
    .action(async (opts: { json?: boolean }) => {
      const rows = await withDatabase(io, (db) => feedsStatus(createFeedRepositories(db)));
      printRows(io, rows as unknown as Record<string, unknown>[], {
        json: opts.json,
        columns: ['feed', 'scope', 'status', 'lastSync', 'records', 'withdrawn', 'location', 'detail'],
      });
    });
};

export function syncRequest(io: CliIo, opts: SyncOptions): SyncFeedsRequest {
  const named = opts.osvMirror ?? opts.osvUrl ?? opts.ecosystem ?? opts.kev ?? opts.epss;
  const all = named === undefined;
  const wantsOsv = all || Boolean(opts.osvMirror ?? opts.osvUrl ?? opts.ecosystem);
  const kev = opts.kev ?? (all ? (io.env.VIGIL_KEV ?? KEV_URL) : undefined);
  const epss = opts.epss ?? (all ? [io.env.VIGIL_EPSS ?? EPSS_URL] : undefined);
  return {
    ...(wantsOsv
      ? {
          osv: {
            feed: osvFeed(io, opts),
            ...(opts.ecosystem ? { ecosystems: opts.ecosystem } : {}),
            options: { ...DEFAULT_OSV_SYNC, batchSize: batchSize(io) },
          },
        }
      : {}),
    ...(kev ? { kev: kevSource(kev, io.cwd) } : {}),
    ...(epss ? { epss: epss.flatMap((e): FeedDocumentSource[] => epssSources(e, io.cwd)) } : {}),
  };
}

function osvFeed(io: CliIo, opts: SyncOptions): OsvFeed {
  if (opts.osvUrl) return createOsvUrlFeed(opts.osvUrl);
  const mirror = opts.osvMirror ?? io.env.VIGIL_OSV_MIRROR;
  if (!mirror) return createOsvUrlFeed(io.env.VIGIL_OSV_URL ?? OSV_BUCKET_URL);
  const dir = resolve(io.cwd, mirror);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw inputError(
      'FEED_LOCATION',
      opts.osvMirror ? '--osv-mirror' : 'VIGIL_OSV_MIRROR',
      `${JSON.stringify(mirror)} is not a folder; expected an OSV mirror holding <Ecosystem>/all.zip`,
    );
  return createOsvMirrorFeed(dir);
}

/** Records per transaction: 2,000, or `VIGIL_SYNC_BATCH_SIZE` (tests make it small to interrupt a sync). */
function batchSize(io: CliIo): number {
  const text = io.env.VIGIL_SYNC_BATCH_SIZE;
  if (text === undefined || text === '') return DEFAULT_OSV_SYNC.batchSize;
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0)
    throw inputError(
      'OPTION_INVALID',
      'VIGIL_SYNC_BATCH_SIZE',
      `${JSON.stringify(text)} is not a positive whole number`,
    );
  return n;
}

/**
 * Prints the per-feed rows, then the problems. Upstream feeds carry a few unreadable records on every run, so
 * they are one line (with the first as an example) unless `verbose`; `vigil feeds status` keeps the counts.
 */
export function printSyncSummary(
  io: CliIo,
  result: SyncFeedsResult,
  { json, verbose }: { readonly json: boolean; readonly verbose: boolean },
): void {
  const rows: Record<string, unknown>[] = [
    ...result.osv.map((r) => ({
      feed: 'osv',
      scope: r.ecosystem,
      mode: r.mode,
      ...r.counts,
      location: r.location,
    })),
    ...(result.kev
      ? [
          {
            feed: 'kev',
            scope: result.kev.catalogVersion,
            mode: result.kev.outcome,
            ...result.kev.counts,
            location: result.kev.location,
          },
        ]
      : []),
    ...result.epss.map((r) => ({
      feed: 'epss',
      scope: r.scoreDate,
      mode: r.outcome,
      new: r.outcome === 'imported' ? r.rows : 0,
      location: r.location,
    })),
  ];
  printRows(io, rows, {
    json,
    columns: ['feed', 'scope', 'mode', 'new', 'modified', 'unchanged', 'withdrawn', 'rejected', 'location'],
  });
  const line = (issue: InputIssue): string => `${issue.path}: ${issue.message} [${issue.code}]`;
  const [first] = result.rejects;
  if (verbose || result.rejects.length === 1) {
    for (const issue of result.rejects.slice(0, MAX_REJECTS_SHOWN))
      io.stderr.write(`rejected: ${line(issue)}\n`);
    if (result.rejects.length > MAX_REJECTS_SHOWN)
      io.stderr.write(`rejected: … and ${result.rejects.length - MAX_REJECTS_SHOWN} more problems\n`);
  } else if (first) {
    io.stderr.write(
      `rejected: ${result.rejects.length} problems in upstream records, which were skipped (first: ${line(first)}); \`vigil feeds sync --verbose\` lists them\n`,
    );
  }
  for (const f of result.failures) {
    io.stderr.write(`error: ${f.feed}${f.scope ? ` ${f.scope}` : ''}: ${messageOf(f.error)}\n`);
    for (let cause = causeOf(f.error); cause !== undefined; cause = causeOf(cause))
      io.stderr.write(`  caused by: ${messageOf(cause)}\n`);
  }
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const causeOf = (e: unknown): unknown => (e instanceof Error ? e.cause : undefined);
