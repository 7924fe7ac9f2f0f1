import type { Command } from 'commander';

/** Where a command writes; tests pass buffers, the entry point passes the process streams. */
export interface CliIo {
  readonly stdout: { write(chunk: string): unknown; isTTY?: boolean };
  readonly stderr: { write(chunk: string): unknown; isTTY?: boolean };
  readonly stdin?: NodeJS.ReadableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** A command module adds its sub-commands to the program. */
export type RegisterCommands = (program: Command, io: CliIo) => void;

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
  io: CliIo,
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
