import { describe, expect, it } from 'vitest';
import { isInputError } from '../../core/input/index.js';
import type { Decision } from '../../core/risk/index.js';
import type { Exposure } from './list-exposures.js';
import { checkExposureSelection, selectExposures } from './select-exposures.js';

// Only the fields the selection reads matter; the rest is what a ranking carries.
const exposure = (key: string, decision: Decision, suppressed = false): Exposure =>
  ({ key, decision, suppressed }) as unknown as Exposure;

const ranking = [
  exposure('a', 'Act'),
  exposure('b', 'Act', true),
  exposure('c', 'Attend'),
  exposure('d', 'Track*'),
  exposure('e', 'Track'),
];
const keys = (list: readonly Exposure[]) => list.map((e) => e.key);

describe('selectExposures', () => {
  it('hides what VEX suppresses unless all is asked, and keeps the rank order', () => {
    expect(keys(selectExposures(ranking, checkExposureSelection({})).shown)).toEqual(['a', 'c', 'd', 'e']);
    expect(keys(selectExposures(ranking, checkExposureSelection({ all: true })).shown)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
  });

  it('filters by decision (any case) before the limit cuts', () => {
    const s = selectExposures(ranking, checkExposureSelection({ decision: 'track*', limit: '1' }));
    expect(keys(s.shown)).toEqual(['d']);
    expect(keys(selectExposures(ranking, checkExposureSelection({ limit: 2 })).shown)).toEqual(['a', 'c']);
  });

  it('counts the whole ranking and its suppressed exposures, whatever is shown', () => {
    expect(selectExposures(ranking, checkExposureSelection({ limit: '1' }))).toMatchObject({
      total: 5,
      suppressed: 1,
    });
  });

  it.each([
    ['act', ['Act'], 1],
    ['ATTEND', ['Act', 'Attend'], 2],
  ])(
    'the gate %s trips on unsuppressed %j over the whole ranking, not only what is shown',
    (level, decisions, n) => {
      const s = selectExposures(ranking, checkExposureSelection({ failOn: level, decision: 'Track' }));
      expect(s.gate).toEqual({ level: level.toLowerCase(), decisions, tripped: n });
      expect(selectExposures(ranking, checkExposureSelection({})).gate).toBeUndefined();
    },
  );

  it('refuses bad selections naming every field that is wrong, not a CLI flag', () => {
    try {
      checkExposureSelection({ decision: 'Urgent', limit: '0', failOn: 'never' });
      expect.unreachable();
    } catch (error) {
      expect(isInputError(error) && error.issues.map((i) => [i.path, i.code])).toEqual([
        ['decision', 'OPTION_INVALID'],
        ['limit', 'OPTION_INVALID'],
        ['failOn', 'OPTION_INVALID'],
      ]);
    }
    for (const limit of ['1.5', '-3', 'ten'])
      expect(() => checkExposureSelection({ limit })).toThrow(/not a positive whole number/);
  });
});
