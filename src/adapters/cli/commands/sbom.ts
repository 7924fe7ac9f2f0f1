import { readFile, stat } from 'node:fs/promises';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { InputError, type InputIssue, isInputError } from '../../../core/input/index.js';
import { formatByteSize } from '../../sbom/sbom-limits.js';
import { maxSbomBytes } from '../../wiring/index.js';
import { type Cli, EXIT, ExitSignal, printIssues, printRows, type RegisterCommands } from '../cli-context.js';
import { withVigil } from '../with-vigil.js';

async function readSbomFile(file: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw new InputError([
      { code: 'FILE_UNREADABLE', path: file, message: `cannot read: ${(error as Error).message}` },
    ]);
  }
  // Checked before reading, so that a huge file is never loaded.
  if (size > maxBytes) {
    throw new InputError([
      {
        code: 'SBOM_TOO_LARGE',
        path: file,
        message: `file is ${formatByteSize(size)}; the cap is ${formatByteSize(maxBytes)} (--max-bytes or VIGIL_MAX_SBOM_BYTES)`,
      },
    ]);
  }
  return readFile(file);
}

export const registerSbomCommands: RegisterCommands = (program: Command, io: Cli) => {
  const sbom = program.command('sbom').description('SBOMs: the components of each artifact');

  sbom
    .command('add')
    .description(
      'ingest CycloneDX 1.2–1.6 (JSON, XML) and SPDX 2.2–2.3 (JSON, tag-value) files; one transaction per file',
    )
    .argument('<files...>', 'SBOM files')
    .option('--artifact <ref>', 'the artifact the SBOM describes: registry/repository[:tag]@sha256:<64 hex>')
    .option('--max-bytes <n>', 'refuse files larger than this (default 512 MiB, or VIGIL_MAX_SBOM_BYTES)')
    .option('--json', 'print the results as a JSON array')
    .action(async (files: string[], opts: { artifact?: string; maxBytes?: string; json?: boolean }) => {
      const maxBytes = maxSbomBytes(io.config, opts.maxBytes);
      const issues: InputIssue[] = [];
      const results: Record<string, unknown>[] = [];
      let usedBar = false;
      await withVigil(io, async (vigil) => {
        const bar =
          files.length > 1 && io.stderr.isTTY
            ? new SingleBar({
                format: 'sbom add [{bar}] {value}/{total} files | {eta}s left | {file}',
                stream: io.stderr as NodeJS.WritableStream,
              })
            : undefined;
        usedBar = bar !== undefined;
        bar?.start(files.length, 0, { file: '' });
        for (const file of files) {
          try {
            const bytes = await readSbomFile(file, maxBytes);
            const r = await vigil.sbom.ingest({
              bytes,
              fileName: file,
              maxBytes,
              ...(opts.artifact ? { artifact: opts.artifact } : {}),
            });
            results.push({
              file,
              status: r.status,
              sbom: r.sbomId,
              artifact: r.artifact.digest,
              derived: r.artifact.derived,
              components: r.components,
              withoutPurl: r.withoutPurl,
            });
            if (!opts.json && !bar) {
              const derived = r.artifact.derived ? ' (no digest in the document: derived artifact id)' : '';
              io.stdout.write(
                `${r.status.padEnd(9)} ${file}: ${r.components} components (${r.withoutPurl} without purl) → ${r.artifact.digest}${derived}\n`,
              );
            }
          } catch (error) {
            if (!isInputError(error)) throw error;
            issues.push(...error.issues);
            if (!bar) printIssues(io, error.issues);
          }
          bar?.increment(1, { file });
        }
        bar?.stop();
      });
      if (opts.json) io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      else if (files.length > 1) {
        io.stdout.write(
          `${results.length} of ${files.length} files ingested, ${files.length - results.length} refused\n`,
        );
      }
      if (issues.length > 0) {
        if (opts.json || usedBar) printIssues(io, issues);
        throw new ExitSignal(EXIT.badInput);
      }
    });

  sbom
    .command('list')
    .description('list the stored SBOMs (current ones; --all adds history)')
    .option('--all', 'include SBOMs superseded by newer ones')
    .option('--json', 'print a JSON array')
    .action(async (opts: { all?: boolean; json?: boolean }) => {
      const rows = await withVigil(io, (vigil) => vigil.sbom.list({ includeHistory: Boolean(opts.all) }));
      printRows(io, rows as unknown as Record<string, unknown>[], {
        json: opts.json,
        columns: [
          'id',
          'artifact',
          'name',
          'format',
          'specVersion',
          'components',
          'withoutPurl',
          'current',
          'source',
        ],
      });
    });
};
