import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CliIo } from './cli-context.js';
import { createStepLine } from './step-line.js';

const ioOf = (isTTY: boolean) => {
  let err = '';
  const io = { stderr: { write: (s: string) => (err += s), isTTY } } as unknown as CliIo;
  return { io, err: () => err };
};

describe('createStepLine', () => {
  afterEach(() => vi.useRealTimers());

  it('shows nothing in the first second, then overwrites one line, and clears it', () => {
    vi.useFakeTimers();
    const { io, err } = ioOf(true);
    const line = createStepLine(io);
    line.show('evaluating: reading');
    expect(err()).toBe('');
    vi.advanceTimersByTime(1500);
    line.show('evaluating: matching 500/2000 package versions');
    line.show('evaluating: writing');
    line.clear();
    expect(err()).toBe(
      '\r\x1b[Kevaluating: matching 500/2000 package versions\r\x1b[Kevaluating: writing\r\x1b[K',
    );
  });

  it('is quiet when stderr is not a terminal', () => {
    vi.useFakeTimers();
    const { io, err } = ioOf(false);
    const line = createStepLine(io);
    vi.advanceTimersByTime(5000);
    line.show('evaluating: writing');
    line.clear();
    expect(err()).toBe('');
  });
});
