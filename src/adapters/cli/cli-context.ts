import type { Command } from 'commander';
import { InputError, type InputIssue, isInputError, safeIssues } from '../../core/input/index.js';
import type { VigilConfig } from '../wiring/index.js';

/** Where a command reads and writes; tests pass buffers, the entry point passes the process streams. */
export interface CliStreams {
  readonly stdout: { write(chunk: string): unknown; isTTY?: boolean };
  readonly stderr: { write(chunk: string): unknown; isTTY?: boolean };
  readonly stdin?: NodeJS.ReadableStream;
  readonly cwd: string;
}

/** What `run` is given: the streams and the environment. */
export interface CliIo extends CliStreams {
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** What commands get: the streams and the config read once from the environment (commands never read it). */
export interface Cli extends CliStreams {
  readonly config: VigilConfig;
}

/** A command module adds its sub-commands to the program. */
export type RegisterCommands = (program: Command, cli: Cli) => void;

/**
 * The flag each field of a use case's input is given by. The use cases name fields (`workload`, `at`), as an
 * HTTP API does; the CLI says which flag was wrong.
 */
const FLAG_OF_FIELD: Readonly<Record<string, string>> = {
  environment: '--env',
  at: '--at',
  workload: '--workload',
  image: '--image',
  commit: '--commit',
  pipelineRun: '--pipeline-run',
  actor: '--actor',
  cluster: '--cluster',
  context: '--context',
  ecosystems: '--ecosystem',
  decision: '--decision',
  limit: '--limit',
  failOn: '--fail-on',
  artifact: '--artifact',
  timeout: '--timeout',
  maxBytes: '--max-bytes',
  osvMirror: '--osv-mirror',
  kev: '--kev',
  listen: '--listen',
  epss: '--epss',
  state: '--state',
  triage: '--triage',
  format: '--format',
  url: '--url',
  since: '--since',
  channel: '--channel',
  secret: '--secret',
  minDecision: '--min-decision',
  kinds: '--kind',
  digestMinutes: '--digest',
  justification: '--justification',
  reason: '--reason',
  expires: '--expires',
  vulnerability: '--vulnerability',
};

/**
 * An issue as the CLI shows it: a field named by the flag (or, with `args`, the positional argument) that
 * gives it; paths inside files are left as they are.
 */
export function asFlags(issue: InputIssue, args: Readonly<Record<string, string>> = {}): InputIssue {
  const flag = args[issue.path] ?? FLAG_OF_FIELD[issue.path];
  return flag ? { ...issue, path: flag } : issue;
}

/**
 * Runs `work`; an InputError from it names the positional arguments `args` maps (`{ workload: 'WORKLOAD' }`)
 * instead of the fields.
 */
export async function withArguments<T>(
  args: Readonly<Record<string, string>>,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isInputError(error)) throw error;
    throw new InputError(error.issues.map((i) => asFlags(i, args)));
  }
}

/** Prints input issues, one per line: `error: <where>: <what> [<CODE>]`, control characters escaped. */
export function printIssues(io: Pick<CliStreams, 'stderr'>, issues: readonly InputIssue[]): void {
  for (const i of safeIssues(issues)) {
    const shown = asFlags(i);
    io.stderr.write(`error: ${shown.path}: ${shown.message} [${shown.code}]\n`);
  }
}

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;

/** Thrown by a command to end with a given exit code after it has printed what it wanted to. */
export class ExitSignal extends Error {
  readonly exitCode: number;
  constructor(exitCode: number) {
    super(`exit ${exitCode}`);
    this.exitCode = exitCode;
  }
}

/** Prints rows as JSON (an array) or as an aligned text table. */
export function printRows(
  io: Pick<CliStreams, 'stdout'>,
  rows: readonly Record<string, unknown>[],
  opts: { json?: boolean | undefined; columns?: readonly string[] },
): void {
  if (opts.json) {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const columns = opts.columns ?? Object.keys(rows[0] ?? {});
  if (rows.length === 0) {
    io.stdout.write('(none)\n');
    return;
  }
  const cell = (v: unknown): string =>
    v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]): string =>
    vals
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  io.stdout.write(`${line(columns.map((c) => c.toUpperCase()))}\n`);
  for (const r of rows) io.stdout.write(`${line(columns.map((c) => cell(r[c])))}\n`);
}
