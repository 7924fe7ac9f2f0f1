import type { CliStreams } from './cli-context.js';

/**
 * One overwritten status line on a terminal (shown only once a step has lasted a second, so quick runs stay
 * clean); nothing when stderr is not a terminal.
 */
export function createStepLine(io: Pick<CliStreams, 'stderr'>): { show(text: string): void; clear(): void } {
  const started = Date.now();
  let shown = false;
  return {
    show(text) {
      if (!io.stderr.isTTY || Date.now() - started < 1000) return;
      io.stderr.write(`\r\x1b[K${text}`);
      shown = true;
    },
    clear() {
      if (shown) io.stderr.write('\r\x1b[K');
    },
  };
}
