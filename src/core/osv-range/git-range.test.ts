import { describe, expect, it } from 'vitest';
import { ComponentVersion } from './component-version.js';
import { compileGitRange, type GitHistory } from './git-range.js';

// A linear history a → b → c → d → e, with a branch c → x → y.
const PARENT: Record<string, string> = { b: 'a', c: 'b', d: 'c', e: 'd', x: 'c', y: 'x' };
const hash = (name: string): string => name.repeat(40);
const history: GitHistory = {
  isAncestor: (_repo, ancestor, descendant) => {
    for (let at: string | undefined = descendant[0]; at !== undefined; at = PARENT[at])
      if (hash(at) === ancestor) return true;
    return false;
  },
};
const at = (name: string) => new ComponentVersion('', hash(name));
const events = (list: [string, string][]) =>
  list.map(([kind, name]) => ({ kind: kind as 'introduced', value: name === '0' ? '0' : hash(name) }));

describe('GIT ranges', () => {
  it('needs the component commit', () => {
    const range = compileGitRange(events([['introduced', 'b']]), 'https://x');
    expect(range.test(new ComponentVersion('1.0'))).toEqual({
      unknown: expect.stringContaining("needs the component's commit"),
    });
  });

  it('without history, answers only for the commits of the events (abbreviated hashes too)', () => {
    const range = compileGitRange(
      events([
        ['introduced', 'b'],
        ['fixed', 'd'],
      ]),
      'https://x',
    );
    expect(range.test(at('b'))).toBe(true);
    expect(range.test(new ComponentVersion('', 'ddddddd'))).toBe(false);
    expect(range.test(at('c'))).toEqual({ unknown: expect.stringContaining('needs the repository history') });
  });

  it.each<[string, [string, string][], Record<string, boolean>]>([
    [
      'introduced … fixed',
      [
        ['introduced', 'b'],
        ['fixed', 'd'],
      ],
      { a: false, b: true, c: true, d: false, e: false, x: true, y: true },
    ],
    [
      'introduced 0',
      [
        ['introduced', '0'],
        ['fixed', 'c'],
      ],
      { a: true, b: true, c: false, x: false },
    ],
    [
      'a fix on the branch too',
      [
        ['introduced', 'b'],
        ['fixed', 'd'],
        ['fixed', 'y'],
      ],
      { x: true, y: false, e: false },
    ],
    [
      'last_affected',
      [
        ['introduced', 'b'],
        ['last_affected', 'c'],
      ],
      { b: true, c: true, d: false, x: false },
    ],
    [
      'limit restricts to the ancestors of the limit',
      [
        ['introduced', 'b'],
        ['limit', 'd'],
      ],
      { b: true, c: true, d: false, x: false, y: false },
    ],
  ])('with history: %s', (_, list, expected) => {
    const range = compileGitRange(events(list), 'https://x', history);
    for (const [commit, affected] of Object.entries(expected))
      expect([commit, range.test(at(commit))]).toEqual([commit, affected]);
  });

  it('is unknown when the history does not know', () => {
    const blind: GitHistory = { isAncestor: () => undefined };
    expect(compileGitRange(events([['introduced', 'b']]), 'https://x', blind).test(at('c'))).toEqual({
      unknown: expect.stringContaining('unknown'),
    });
  });
});
