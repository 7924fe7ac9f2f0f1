import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { AddVexResult } from '../../../app/vex/index.js';
import { type InputIssue, isInputError } from '../../../core/input/index.js';
import { VEX_STATUSES, type VexStatus } from '../../../core/vex/index.js';
import { DEFAULT_VEX_LIMITS, readVexFile } from '../../vex/read-vex-file.js';
import { positiveInteger } from '../../wiring/index.js';
import { type Cli, EXIT, ExitSignal, printIssues, printRows, type RegisterCommands } from '../cli-context.js';
import { refreshFindings } from '../refresh-findings.js';
import { withVigil } from '../with-vigil.js';

/** `not_affected 3, fixed 1`, in the order of VEX_STATUSES. */
const formatByStatus = (counts: Readonly<Partial<Record<VexStatus, number>>>): string =>
  VEX_STATUSES.flatMap((s) => (counts[s] ? [`${s} ${counts[s]}`] : [])).join(', ') || 'none';

const maxBytesOf = (flag: string | undefined): number =>
  positiveInteger(
    { value: flag, name: 'maxBytes' },
    undefined,
    DEFAULT_VEX_LIMITS.maxDocumentBytes,
    'positive whole number of bytes',
  );

/** `vigil vex add FILE…` (exit 2 naming file, field and what was expected on bad input) and `vigil vex list`. */
export const registerVexCommands: RegisterCommands = (program: Command, io: Cli) => {
  const vex = program
    .command('vex')
    .description('VEX: statements that a vulnerability does or does not affect a product');

  vex
    .command('add')
    .description(
      'ingest OpenVEX, CycloneDX VEX and CSAF VEX files (JSON, or a .zip of them); one transaction per document',
    )
    .argument('<files...>', 'VEX files')
    .option(
      '--max-bytes <n>',
      `refuse documents larger than this (default ${DEFAULT_VEX_LIMITS.maxDocumentBytes} bytes)`,
    )
    .option('--json', 'print the results as a JSON array')
    .action(async (files: string[], opts: { maxBytes?: string; json?: boolean }) => {
      const limits = { ...DEFAULT_VEX_LIMITS, maxDocumentBytes: maxBytesOf(opts.maxBytes) };
      const issues: InputIssue[] = [];
      const results: AddVexResult[] = [];
      await withVigil(io, async (vigil) => {
        for (const file of files) {
          try {
            // A file is all or nothing: a zip with one bad document stores none of its documents.
            const stored = await vigil.vex.add(await readVexFile(file, limits));
            results.push(...stored);
            if (!opts.json) for (const r of stored) io.stdout.write(`${line(r)}\n`);
          } catch (error) {
            if (!isInputError(error)) throw error;
            issues.push(...error.issues);
            if (!opts.json) printIssues(io, error.issues);
          }
        }
      });
      if (opts.json) io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      if (issues.length > 0) {
        if (opts.json) printIssues(io, issues);
        throw new ExitSignal(EXIT.badInput);
      }
    });

  vex
    .command('export')
    .description(
      "one environment's exposures as a VEX document: the triage decision in force, else the VEX statement that applies, else under_investigation; with provenance",
    )
    .option('--env <name>', 'the environment the document speaks for (required)')
    .option('--format <format>', 'openvex (default) or cyclonedx')
    .option('--author <name>', 'who speaks (default: Vigil)')
    .option('--output <file>', 'write the document here instead of standard output')
    .action(async (opts: { env?: string; format?: string; author?: string; output?: string }) => {
      const exported = await withVigil(io, async (vigil) => {
        await refreshFindings(io, vigil);
        return vigil.vex.export({
          ...(opts.env !== undefined ? { environment: opts.env } : {}),
          ...(opts.format !== undefined ? { format: opts.format } : {}),
          ...(opts.author !== undefined ? { author: opts.author } : {}),
        });
      });
      const text = `${JSON.stringify(exported.document, null, 2)}\n`;
      if (opts.output) {
        await writeFile(resolve(io.cwd, opts.output), text);
        io.stderr.write(`wrote ${exported.format} VEX to ${opts.output}\n`);
      } else io.stdout.write(text);
    });

  vex
    .command('list')
    .description('list the stored VEX documents')
    .option('--json', 'print a JSON array')
    .action(async (opts: { json?: boolean }) => {
      const documents = await withVigil(io, (vigil) => vigil.vex.list());
      const rows = opts.json
        ? documents
        : documents.map((d) => ({ ...d, byStatus: formatByStatus(d.byStatus) }));
      printRows(io, rows as unknown as Record<string, unknown>[], {
        json: opts.json,
        columns: ['id', 'format', 'documentId', 'author', 'timestamp', 'statements', 'byStatus', 'source'],
      });
    });
};

function line(r: AddVexResult): string {
  return `${r.status.padEnd(9)} ${r.name}: ${r.format}, ${r.statements} statements (${formatByStatus(r.byStatus)})`;
}
