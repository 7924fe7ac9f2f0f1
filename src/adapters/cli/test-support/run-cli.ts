import { Readable } from 'node:stream';
import type { RegisterCommands } from '../cli-context.js';
import { run } from '../run.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in process with captured output, as the tests do. */
export async function runCli(
  argv: readonly string[],
  opts: {
    env?: Record<string, string | undefined>;
    stdin?: string;
    modules?: readonly RegisterCommands[];
    /** The working folder relative paths are read from (default: this process's). */
    cwd?: string;
  } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    stdin: Readable.from([opts.stdin ?? '']),
    env: { ...process.env, ...opts.env },
    cwd: opts.cwd ?? process.cwd(),
  };
  const code = await run(argv, io, opts.modules);
  return { code, stdout, stderr };
}
