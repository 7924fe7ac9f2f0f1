import type { Command } from 'commander';
import { InputError, type InputIssue, quoteValue } from '../../../core/input/index.js';
import {
  compareKeys,
  isVersionError,
  schemeForEcosystem,
  type VersionKey,
  type VersionScheme,
} from '../../../core/version/index.js';
import type { CliStreams, RegisterCommands } from '../cli-context.js';

/** The scheme of an ecosystem, or an InputError naming it (exit 2). */
function schemeOrInputError(ecosystem: string): VersionScheme {
  try {
    return schemeForEcosystem(ecosystem);
  } catch (error) {
    if (isVersionError(error))
      throw new InputError([{ code: error.code, path: 'ecosystem', message: error.message }]);
    throw error;
  }
}

function parseOrIssue(scheme: VersionScheme, version: string, path: string): VersionKey | InputIssue {
  const parsed = scheme.parse(version);
  if (parsed.ok) return parsed.key;
  return {
    code: 'VERSION_INVALID',
    path,
    message: `${quoteValue(version)} is not a ${scheme.title} version (${parsed.reason})`,
  };
}

async function readAll(io: CliStreams): Promise<string> {
  if (!io.stdin) return '';
  let text = '';
  for await (const chunk of io.stdin)
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  return text;
}

export const registerVersionCommands: RegisterCommands = (program: Command, io: CliStreams) => {
  const version = program.command('version').description("versions in an ecosystem's own order");

  version
    .command('compare')
    .description('print <, = or > for two versions of an ecosystem (exit 2 on an invalid version)')
    .argument('<ecosystem>', 'an OSV ecosystem: npm, PyPI, Maven, Go, Debian, Debian:12, Alpine, Red Hat, …')
    .argument('<a>', 'a version')
    .argument('<b>', 'another version')
    .action((ecosystem: string, a: string, b: string) => {
      const scheme = schemeOrInputError(ecosystem);
      const ka = parseOrIssue(scheme, a, 'a');
      const kb = parseOrIssue(scheme, b, 'b');
      const issues = [ka, kb].filter((k): k is InputIssue => typeof k !== 'string');
      if (issues.length > 0) throw new InputError(issues);
      const order = compareKeys(ka as VersionKey, kb as VersionKey);
      io.stdout.write(`${order < 0 ? '<' : order > 0 ? '>' : '='}\n`);
    });

  version
    .command('sort')
    .description('sort the versions read from stdin, one per line (blank lines are skipped)')
    .argument('<ecosystem>', 'an OSV ecosystem: npm, PyPI, Maven, Go, Debian, Alpine, Red Hat, …')
    .option('-r, --reverse', 'newest first')
    .action(async (ecosystem: string, opts: { reverse?: boolean }) => {
      const scheme = schemeOrInputError(ecosystem);
      const lines = (await readAll(io)).split('\n').map((l) => l.replace(/\r$/, ''));
      const keyed: { version: string; key: VersionKey }[] = [];
      const issues: InputIssue[] = [];
      for (const [i, line] of lines.entries()) {
        if (line.trim() === '') continue;
        const key = parseOrIssue(scheme, line, `stdin:${i + 1}`);
        if (typeof key === 'string') keyed.push({ version: line, key });
        else issues.push(key);
      }
      if (issues.length > 0) throw new InputError(issues);
      const direction = opts.reverse ? -1 : 1;
      keyed.sort((x, y) => direction * compareKeys(x.key, y.key));
      for (const { version: v } of keyed) io.stdout.write(`${v}\n`);
    });
};
