import { describe, expect, it } from 'vitest';
import type { EvaluationSummary } from '../../app/exposures/index.js';
import { createFreshness } from './freshness.js';

/** An evaluation the test finishes by hand, counting how many ran and how many overlapped. */
function manualEvaluations() {
  const finishers: (() => void)[] = [];
  let running = 0;
  let overlapped = 0;
  let runs = 0;
  const evaluate = () =>
    new Promise<EvaluationSummary>((resolve) => {
      runs++;
      running++;
      if (running > 1) overlapped++;
      finishers.push(() => {
        running--;
        resolve({ mode: 'incremental' } as EvaluationSummary);
      });
    });
  const finishNext = async () => {
    finishers.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { evaluate, finishNext, stats: () => ({ runs, overlapped, waiting: finishers.length }) };
}

describe('createFreshness', () => {
  it('shares one evaluation among concurrent readers and never overlaps two', async () => {
    const m = manualEvaluations();
    const f = createFreshness(m.evaluate);
    const done: string[] = [];
    const a = f.fresh().then(() => done.push('a'));
    const b = f.fresh().then(() => done.push('b')); // arrives during the first: waits for the next one
    const c = f.fresh().then(() => done.push('c')); // shares b's
    expect(f.depth()).toBe(3);
    await m.finishNext();
    expect(done).toEqual(['a']);
    expect(m.stats()).toEqual({ runs: 2, overlapped: 0, waiting: 1 });
    await m.finishNext();
    await Promise.all([a, b, c]);
    expect(done).toEqual(['a', 'b', 'c']);
    expect(m.stats()).toEqual({ runs: 2, overlapped: 0, waiting: 0 });
    expect(f.depth()).toBe(0);
  });

  it('a failed evaluation fails its readers only; the next reader runs a new one', async () => {
    let calls = 0;
    const f = createFreshness(async () => {
      calls++;
      if (calls === 1) throw new Error('database went away');
      return { mode: 'incremental' } as EvaluationSummary;
    });
    await expect(f.fresh()).rejects.toThrow('database went away');
    await expect(f.fresh()).resolves.toBeUndefined();
    expect(calls).toBe(2);
  });
});
