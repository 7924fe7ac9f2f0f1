import { describe, expect, it } from 'vitest';
import { isInputError } from '../../core/input/index.js';
import type { OsvFeed, TwinPackageTypes } from './ports.js';
import { resolveEcosystems } from './resolve-ecosystems.js';

const feed = (listed: string[] | undefined): OsvFeed => ({
  location: listed ? '/mirror' : 'https://osv.example',
  ecosystems: async () => listed,
  archive: async () => {
    throw new Error('not used');
  },
});
const twin = (types: [string, string][]): TwinPackageTypes => ({
  packageTypes: async () => types.map(([type, namespace]) => ({ type, namespace })),
});

describe('resolveEcosystems', () => {
  it.each<[string, string[] | undefined, [string, string][], string[] | undefined, string[]]>([
    ['the ones asked for', ['PyPI', 'npm', 'Go'], [], ['npm', 'npm', 'Go'], ['npm', 'Go']],
    ['all of a mirror', ['Go', 'PyPI'], [['npm', '']], undefined, ['Go', 'PyPI']],
    [
      'those of the twin, from the network',
      undefined,
      [
        ['pypi', ''],
        ['deb', 'debian'],
        ['deb', 'ubuntu'],
        ['npm', '@babel'],
        ['generic', ''],
        ['deb', 'mint'],
      ],
      undefined,
      ['Debian', 'PyPI', 'Ubuntu', 'npm'],
    ],
    ['any name asked from the network', undefined, [], ['Rocky Linux'], ['Rocky Linux']],
  ])('syncs %s', async (_what, listed, types, asked, expected) => {
    expect(await resolveEcosystems(feed(listed), twin(types), asked)).toEqual(expected);
  });

  it.each<[string, string[] | undefined, [string, string][], string[] | undefined, string]>([
    ['an ecosystem the mirror lacks', ['PyPI'], [], ['PyPi'], 'ECOSYSTEM_UNKNOWN'],
    ['nothing to choose from', undefined, [['generic', '']], undefined, 'ECOSYSTEM_NONE'],
  ])('refuses %s', async (_what, listed, types, asked, code) => {
    const error = await resolveEcosystems(feed(listed), twin(types), asked).catch((e: unknown) => e);
    expect(isInputError(error) && error.issues[0]?.code).toBe(code);
  });
});
