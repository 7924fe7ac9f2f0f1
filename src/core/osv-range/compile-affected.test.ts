import { describe, expect, it } from 'vitest';
import { SCHEMES } from '../version/index.js';
import { compileAffected, compileRanges } from './compile-affected.js';
import { ComponentVersion } from './component-version.js';

type Events = Record<string, string>[];
const ecosystem = (events: Events, extra: Record<string, unknown> = {}) => ({
  package: { ecosystem: 'PyPI', name: 'x' },
  ranges: [{ type: 'ECOSYSTEM', events }],
  ...extra,
});
const inRange = (entry: unknown, version: string): boolean | undefined =>
  compileAffected(entry).inRanges(new ComponentVersion(version));

describe('range evaluation (OSV schema "Evaluation")', () => {
  it.each<[string, Events, [string, boolean][]]>([
    [
      'introduced 0 alone: every version',
      [{ introduced: '0' }],
      [
        ['0.0.1', true],
        ['99', true],
      ],
    ],
    [
      'introduced, fixed',
      [{ introduced: '1.0' }, { fixed: '1.2' }],
      [
        ['0.9', false],
        ['1.0', true],
        ['1.1.9', true],
        ['1.2', false],
        ['2.0', false],
      ],
    ],
    [
      'introduced 0, fixed',
      [{ introduced: '0' }, { fixed: '1.2' }],
      [
        ['0.1', true],
        ['1.2rc1', true],
        ['1.2', false],
      ],
    ],
    [
      'introduced, last_affected (inclusive)',
      [{ introduced: '1.0' }, { last_affected: '1.2' }],
      [
        ['1.2', true],
        ['1.2.post1', false],
        ['0.9', false],
      ],
    ],
    [
      'open-ended introduced',
      [{ introduced: '1.5' }],
      [
        ['1.4', false],
        ['1.5', true],
        ['100', true],
      ],
    ],
    [
      'two intervals in one range',
      [{ introduced: '1.0' }, { fixed: '1.0.2' }, { introduced: '3.0' }, { fixed: '3.2.5' }],
      [
        ['1.0.1', true],
        ['2.0', false],
        ['3.1', true],
        ['3.2.5', false],
      ],
    ],
    [
      'events out of order are sorted',
      [{ fixed: '3.2.5' }, { introduced: '3.0' }, { fixed: '1.0.2' }, { introduced: '1.0' }],
      [
        ['1.0.1', true],
        ['2.0', false],
        ['3.1', true],
      ],
    ],
    [
      'a fix and a re-introduction at one version join the intervals',
      [{ introduced: '0' }, { fixed: '3.1.1' }, { introduced: '3.1.1' }, { fixed: '3.1.3' }],
      [
        ['3.1.1', true],
        ['3.1.2', true],
        ['3.1.3', false],
      ],
    ],
    [
      'limit: only versions below a limit',
      [{ introduced: '1.0' }, { limit: '2.0' }],
      [
        ['1.5', true],
        ['2.0', false],
        ['3.0', false],
      ],
    ],
    ['limit "*" is infinity', [{ introduced: '1.0' }, { limit: '*' }], [['99', true]]],
    [
      'several limits: below any of them',
      [{ introduced: '1.0' }, { limit: '1.5' }, { limit: '3.0' }],
      [
        ['2.0', true],
        ['3.0', false],
      ],
    ],
    [
      'fixed and limit',
      [{ introduced: '0' }, { fixed: '1.0' }, { limit: '0.5' }],
      [
        ['0.4', true],
        ['0.6', false],
        ['1.1', false],
      ],
    ],
    [
      'ecosystem equality: 1.0 is 1.0.0',
      [{ introduced: '1.0.0' }, { fixed: '2' }],
      [
        ['1.0', true],
        ['2.0.0', false],
      ],
    ],
    [
      'the pre-1.0 OSV form { type, value }',
      [
        { type: 'INTRODUCED', value: '1.0' },
        { type: 'FIXED', value: '2.0' },
      ],
      [
        ['1.5', true],
        ['2.0', false],
      ],
    ],
  ])('%s', (_, events, expectations) => {
    for (const [version, expected] of expectations)
      expect([version, inRange(ecosystem(events), version)]).toEqual([version, expected]);
  });

  it('is affected when any one of several ranges contains the version', () => {
    const entry = {
      package: { ecosystem: 'npm', name: 'x' },
      ranges: [
        { type: 'SEMVER', events: [{ introduced: '1.0.0' }, { fixed: '1.0.5' }] },
        { type: 'ECOSYSTEM', events: [{ introduced: '2.0.0' }, { last_affected: '2.1.0' }] },
      ],
    };
    expect(inRange(entry, '1.0.4')).toBe(true);
    expect(inRange(entry, '2.1.0')).toBe(true);
    expect(inRange(entry, '1.5.0')).toBe(false);
  });

  it('reads SEMVER ranges as SemVer whatever the ecosystem', () => {
    const entry = {
      package: { ecosystem: 'Go', name: 'm' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.2.3' }] }],
    };
    expect(inRange(entry, 'v1.2.2')).toBe(true);
    expect(inRange(entry, 'v1.2.3+incompatible')).toBe(false);
  });

  it.each<[string, unknown, string]>([
    [
      'an event that is not a version',
      ecosystem([{ introduced: '0' }, { fixed: 'not a version!' }]),
      'fixed "not a version!" is not a PEP 440 version',
    ],
    ['no introduced event', ecosystem([{ fixed: '1.0' }]), 'no "introduced" event'],
    ['an event with two kinds', ecosystem([{ introduced: '0', fixed: '1.0' }]), 'expected one'],
    ['no events', ecosystem([]), 'no events'],
    [
      'an unknown range type',
      {
        package: { ecosystem: 'npm', name: 'x' },
        ranges: [{ type: 'CALVER', events: [{ introduced: '0' }] }],
      },
      'unknown range type',
    ],
    [
      'an ecosystem without order',
      {
        package: { ecosystem: 'Nope', name: 'x' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }],
      },
      'no version order',
    ],
  ])('cannot evaluate %s, and says why', (_, entry, reason) => {
    const verdict = compileAffected(entry).evaluate(new ComponentVersion('1.0'));
    expect(verdict).toEqual({ unknown: expect.stringContaining(reason) });
  });

  it('cannot evaluate a component version that is not valid in the scheme', () => {
    const verdict = compileAffected(ecosystem([{ introduced: '0' }])).evaluate(
      new ComponentVersion('1.0 final'),
    );
    expect(verdict).toEqual({ unknown: expect.stringContaining('"1.0 final" is not a PEP 440 version') });
  });

  it('a range that contains the version wins over one that cannot be evaluated', () => {
    const entry = {
      package: { ecosystem: 'PyPI', name: 'x' },
      ranges: [
        { type: 'GIT', repo: 'https://example.org/x.git', events: [{ introduced: '0' }] },
        { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0' }] },
      ],
    };
    expect(compileAffected(entry).evaluate(new ComponentVersion('1.0'))).toMatchObject({ affected: true });
    expect(compileAffected(entry).evaluate(new ComponentVersion('3.0'))).toEqual({
      unknown: expect.stringContaining('needs the component'),
    });
  });
});

describe('versions lists', () => {
  const entry = { package: { ecosystem: 'PyPI', name: 'x' }, versions: ['1.0', '2.0.post1', 'legacy-1'] };
  it.each([
    ['1.0', true],
    ['1.0.0', true],
    ['2.0.post1', true],
    ['2.0', false],
    ['legacy-1', true],
  ])('%s is listed: %s', (version, expected) => {
    const verdict = compileAffected(entry).evaluate(new ComponentVersion(version));
    expect(verdict).toMatchObject({ affected: expected });
  });

  it('matches listed versions by exact text where the ecosystem has no order', () => {
    const fuzz = { package: { ecosystem: 'OSS-Fuzz', name: 'x' }, versions: ['v1.2'] };
    expect(compileAffected(fuzz).matches(new ComponentVersion('v1.2'))).toBe(true);
    expect(compileAffected(fuzz).matches(new ComponentVersion('1.2'))).toBe(false);
  });

  it('compileRanges takes the scheme explicitly', () => {
    const compiled = compileRanges(ecosystem([{ introduced: '1.0' }, { fixed: '2.0' }]), SCHEMES.maven);
    expect(compiled.inRanges(new ComponentVersion('1.5-SNAPSHOT'))).toBe(true);
  });
});
