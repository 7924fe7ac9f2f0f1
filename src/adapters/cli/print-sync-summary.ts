import type { SyncFeedsResult } from '../../app/feeds/index.js';
import { escapeControls, type InputIssue } from '../../core/input/index.js';
import { type CliStreams, printRows } from './cli-context.js';

/** With --verbose, at most this many rejected records are listed one by one; the count says the rest. */
const MAX_REJECTS_SHOWN = 20;

/**
 * Prints the per-feed rows, then the problems. Upstream feeds carry a few unreadable records on every run, so
 * they are one line (with the first as an example) unless `verbose`; `vigil feeds status` keeps the counts.
 */
export function printSyncSummary(
  io: CliStreams,
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
  const line = (issue: InputIssue): string =>
    escapeControls(`${issue.path}: ${issue.message} [${issue.code}]`);
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
    io.stderr.write(
      `error: ${f.feed}${f.scope ? ` ${f.scope}` : ''}: ${escapeControls(messageOf(f.error))}\n`,
    );
    for (let cause = causeOf(f.error); cause !== undefined; cause = causeOf(cause))
      io.stderr.write(`  caused by: ${escapeControls(messageOf(cause))}\n`);
  }
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const causeOf = (e: unknown): unknown => (e instanceof Error ? e.cause : undefined);
