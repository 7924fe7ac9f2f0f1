import { createServeCommands } from '../../cli/commands/serve.js';
import { type CliResult, runCli } from '../../cli/test-support/run-cli.js';

export interface ServeInProcess {
  /** `http://127.0.0.1:<free port>` */
  readonly url: string;
  /** Stops serve through its signal (as SIGTERM does) and resolves with its exit code and output. */
  stop(): Promise<CliResult>;
  /** Resolves when serve ends by itself. */
  readonly ended: Promise<CliResult>;
}

/**
 * Runs `vigil serve` as a user runs it — the CLI command, in this process — on a free loopback port, with
 * `args` after `serve`; resolves once it listens.
 */
export async function serveInProcess(
  args: readonly string[],
  env: Record<string, string | undefined>,
): Promise<ServeInProcess> {
  const stop = new AbortController();
  let listening: (url: string) => void = () => {};
  const ready = new Promise<string>((resolve) => {
    listening = resolve;
  });
  const ended = runCli(['serve', '--listen', '127.0.0.1:0', '--log-level', 'silent', ...args], {
    env,
    modules: [createServeCommands({ signal: stop.signal, onListening: listening })],
  });
  const url = await Promise.race([
    ready,
    ended.then((r) => {
      throw new Error(`serve ended before listening (exit ${r.code}): ${r.stderr}`);
    }),
  ]);
  return {
    url,
    ended,
    stop: () => {
      stop.abort();
      return ended;
    },
  };
}
