import { describe, expect, it } from 'vitest';
import { matchesSelector, matchesServiceSelector } from './label-selector.js';

const labels = { app: 'web', tier: 'front' };

describe('matchesSelector', () => {
  it.each([
    [{}, true],
    [{ matchLabels: { app: 'web' } }, true],
    [{ matchLabels: { app: 'api' } }, false],
    [{ matchExpressions: [{ key: 'tier', operator: 'In', values: ['front', 'edge'] }] }, true],
    [{ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['front'] }] }, false],
    [{ matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, false],
    [{ matchExpressions: [{ key: 'app', operator: 'Gt', values: ['1'] }] }, false],
    [
      { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['back'] }] },
      false,
    ],
  ])('%j → %s', (selector, expected) => {
    expect(matchesSelector(selector, labels)).toBe(expected);
  });
});

describe('matchesServiceSelector', () => {
  it.each([
    [{ app: 'web' }, true],
    [{ app: 'web', tier: 'back' }, false],
    [{}, false],
    [undefined, false],
  ])('%j → %s', (selector, expected) => {
    expect(matchesServiceSelector(selector, labels)).toBe(expected);
  });
});
