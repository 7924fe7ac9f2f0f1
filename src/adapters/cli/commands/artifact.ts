import type { Command } from 'commander';
import { InputError } from '../../../core/input/index.js';
import { parsePurl } from '../../../core/purl/index.js';
import type { Vigil } from '../../wiring/index.js';
import { type Cli, EXIT, ExitSignal, printRows, type RegisterCommands } from '../cli-context.js';
import { withVigil } from '../with-vigil.js';

export const registerArtifactCommands: RegisterCommands = (program: Command, io: Cli) => {
  program
    .command('artifact')
    .description('artifacts: immutable build outputs keyed by digest')
    .command('show')
    .description('an artifact with its aliases, SBOMs and current components')
    .argument('<digest>', 'sha256:<64 hex> (or a derived id)')
    .option('--json', 'print JSON')
    .action(async (digest: string, opts: { json?: boolean }) => {
      const detail = await withVigil(io, (vigil) => vigil.sbom.showArtifact(digest));
      if (!detail) {
        io.stderr.write(`error: no artifact ${digest}\n`);
        throw new ExitSignal(EXIT.failure);
      }
      if (opts.json) {
        io.stdout.write(`${JSON.stringify(detail, null, 2)}\n`);
        return;
      }
      io.stdout.write(
        `artifact ${detail.digest}${detail.derived ? ' (derived id: no digest was given)' : ''}\n`,
      );
      if (detail.name) io.stdout.write(`name     ${detail.name}\n`);
      for (const a of detail.aliases)
        io.stdout.write(`alias    ${a.repository}${a.tag ? `:${a.tag}` : ''}\n`);
      io.stdout.write('\nSBOMs\n');
      printRows(io, detail.sboms as unknown as Record<string, unknown>[], {
        columns: [
          'id',
          'format',
          'specVersion',
          'components',
          'withoutPurl',
          'current',
          'source',
          'ingestedAt',
        ],
      });
      io.stdout.write('\nComponents (current SBOM)\n');
      printRows(io, detail.components as unknown as Record<string, unknown>[], {
        columns: ['name', 'version', 'purl', 'scope'],
      });
    });

  program
    .command('component')
    .description('components: packages inside artifacts')
    .command('find')
    .description('which artifacts contain a package (a purl, with or without version, or a bare name)')
    .argument('<purl-or-name>', 'e.g. pkg:npm/lodash@4.17.20, pkg:pypi/jinja2, or openssl')
    .option('--json', 'print a JSON array')
    .action(async (text: string, opts: { json?: boolean }) => {
      let query: Parameters<Vigil['sbom']['findComponents']>[0];
      if (text.startsWith('pkg:')) {
        const p = parsePurl(text);
        if (!p.ok) throw new InputError(p.issues.map((i) => ({ ...i, path: 'PURL-OR-NAME' })));
        query = {
          by: 'purl',
          type: p.value.type,
          namespace: p.value.namespace,
          name: p.value.name,
          ...(p.value.version ? { version: p.value.version } : {}),
        };
      } else {
        query = { by: 'name', name: text };
      }
      const rows = await withVigil(io, (vigil) => vigil.sbom.findComponents(query));
      printRows(io, rows as unknown as Record<string, unknown>[], {
        json: opts.json,
        columns: ['artifact', 'artifactName', 'name', 'version', 'purl'],
      });
    });
};
