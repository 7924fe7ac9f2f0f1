import { Command, CommanderError } from 'commander';
import { escapeControls, isInputError } from '../../core/input/index.js';
import { readVigilConfig } from '../wiring/index.js';
import { type Cli, type CliIo, EXIT, ExitSignal, printIssues, type RegisterCommands } from './cli-context.js';
import { commandModules } from './commands/index.js';
import { packageVersion } from './package-version.js';

/**
 * Runs the `vigil` CLI on `argv` (without `node` and the script) and resolves to the exit code:
 * 0 ok, 1 failure (a broken system: database down, feed unreachable), 2 bad input.
 */
export async function run(
  argv: readonly string[],
  io: CliIo,
  modules: readonly RegisterCommands[] = commandModules,
): Promise<number> {
  const program = new Command('vigil')
    .description('Vigil: which vulnerabilities are running in production right now, and what to fix first')
    .version(packageVersion(), '-V, --version', 'print the version of Vigil')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError();
  const { env: _env, ...streams } = io;
  const cli: Cli = { ...streams, config: readVigilConfig(io.env, io.cwd) };
  for (const register of modules) register(program, cli);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return reportError(error, cli);
  }
}

function reportError(error: unknown, io: Cli): number {
  if (error instanceof ExitSignal) return error.exitCode;
  if (error instanceof CommanderError) {
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.help' ||
      error.code === 'commander.version'
    ) {
      return EXIT.ok;
    }
    return EXIT.badInput;
  }
  if (isInputError(error)) {
    printIssues(io, error.issues);
    return EXIT.badInput;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`error: ${escapeControls(message)}\n`);
  let cause = error instanceof Error ? error.cause : undefined;
  while (cause) {
    io.stderr.write(
      `  caused by: ${escapeControls(cause instanceof Error ? cause.message : String(cause))}\n`,
    );
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  if (io.config.debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT.failure;
}
