import { describe, expect, it } from 'vitest';
import { affects } from './affects.js';
import { readArchive } from './test-support/osv-corpus.js';

const lodash = {
  id: 'GHSA-35jh-r3h4-6jhm',
  affected: [
    {
      package: { ecosystem: 'npm', name: 'lodash' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }],
    },
  ],
};

const distro = {
  id: 'DSA-0000-1',
  affected: [
    {
      package: { ecosystem: 'Debian:11', name: 'curl' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '7.74.0-1.3+deb11u7' }] }],
    },
    {
      package: { ecosystem: 'Debian:12', name: 'curl' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '7.88.1-10+deb12u1' }] }],
    },
    {
      package: { ecosystem: 'Alpine:v3.18', name: 'curl' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '8.4.0-r0' }] }],
    },
    {
      package: { ecosystem: 'AlmaLinux:9', name: 'curl' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '7.76.1-26.el9_3.2' }] }],
    },
    {
      package: { ecosystem: 'Ubuntu:22.04:LTS', name: 'curl' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '7.81.0-1ubuntu1.14' }] }],
    },
  ],
};

describe('affects', () => {
  it.each([
    ['4.17.20', true],
    ['4.17.21', false],
    ['5.0.0', false],
  ])('npm lodash %s → affected %s', (version, affected) => {
    expect(affects(lodash, { ecosystem: 'npm', name: 'lodash', version })).toMatchObject({ affected });
  });

  it('explains the answer', () => {
    expect(affects(lodash, { ecosystem: 'npm', name: 'lodash', version: '4.17.20' })).toEqual({
      affected: true,
      reason: 'GHSA-35jh-r3h4-6jhm: "4.17.20" is inside the SEMVER range [introduced 0, fixed 4.17.21]',
    });
  });

  it('never matches a withdrawn advisory', () => {
    const withdrawn = { ...lodash, withdrawn: '2024-01-01T00:00:00Z' };
    expect(affects(withdrawn, { ecosystem: 'npm', name: 'lodash', version: '1.0.0' })).toEqual({
      affected: false,
      reason: 'GHSA-35jh-r3h4-6jhm was withdrawn on 2024-01-01T00:00:00Z',
    });
  });

  it('matches only the package it names', () => {
    expect(affects(lodash, { ecosystem: 'npm', name: 'underscore', version: '1.0.0' })).toMatchObject({
      affected: false,
    });
    expect(affects(lodash, { ecosystem: 'PyPI', name: 'lodash', version: '1.0.0' })).toMatchObject({
      affected: false,
    });
  });

  it('normalises names as the registry does', () => {
    const pypi = {
      id: 'P',
      affected: [{ package: { ecosystem: 'PyPI', name: 'Jinja2' }, versions: ['2.10'] }],
    };
    expect(affects(pypi, { ecosystem: 'PyPI', name: 'jinja2', version: '2.10.0' })).toMatchObject({
      affected: true,
    });
  });

  it.each([
    ['Debian', '12', '7.88.1-10', true],
    ['Debian', 'bookworm', '7.88.1-10+deb12u1', false],
    ['Debian', '11', '7.88.1-10', false],
    ['Debian:11', undefined, '7.74.0-1.3+deb11u6', true],
    ['Alpine', '3.18.4', '8.3.0-r0', true],
    ['Alpine', 'v3.18', '8.4.0-r0', false],
    ['AlmaLinux', '9.3', '7.76.1-26.el9_3.1', true],
    ['Ubuntu', 'jammy', '7.81.0-1ubuntu1.13', true],
    ['Ubuntu', '22.04', '7.81.0-1ubuntu1.14', false],
  ])('%s release %s curl %s → affected %s', (ecosystem, release, version, affected) => {
    const component =
      release === undefined
        ? { ecosystem, name: 'curl', version }
        : { ecosystem, name: 'curl', version, release };
    expect(affects(distro, component)).toMatchObject({ affected });
  });

  it('says an advisory for other releases does not affect the component, and why', () => {
    expect(affects(distro, { ecosystem: 'Debian', name: 'curl', version: '1.0', release: '10' })).toEqual({
      affected: false,
      reason: 'DSA-0000-1 covers Debian curl only in Debian:11, Debian:12, not release 10',
    });
  });

  it('cannot tell without the release when the advisory is scoped to releases', () => {
    expect(affects(distro, { ecosystem: 'Debian', name: 'curl', version: '7.0' })).toEqual({
      unknown: 'DSA-0000-1 is scoped to distro releases (Debian:11, Debian:12); the component has no release',
    });
  });

  it.each([
    [{ ecosystem: 'Nope', name: 'x', version: '1' }, 'ecosystem "Nope" is not supported'],
    [{ ecosystem: 'npm', name: 'lodash', version: 'latest' }, '"latest" is not a SemVer version'],
  ])('%j cannot be evaluated', (component, reason) => {
    expect(affects(lodash, component)).toEqual({ unknown: expect.stringContaining(reason) });
  });

  it.each([null, 'text', [], 42])('refuses %j as an advisory', (advisory) => {
    expect(affects(advisory, { ecosystem: 'npm', name: 'x', version: '1.0.0' })).toEqual({
      unknown: expect.stringContaining('not an OSV record'),
    });
  });

  it('is affected when any of several entries for the package says so', () => {
    const two = {
      id: 'X',
      affected: [
        {
          package: { ecosystem: 'npm', name: 'a' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '1.0.0' }, { fixed: '1.1.0' }] }],
        },
        {
          package: { ecosystem: 'npm', name: 'a' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '2.0.0' }, { fixed: '2.1.0' }] }],
        },
      ],
    };
    expect(affects(two, { ecosystem: 'npm', name: 'a', version: '2.0.5' })).toMatchObject({ affected: true });
    expect(affects(two, { ecosystem: 'npm', name: 'a', version: '1.5.0' })).toMatchObject({
      affected: false,
    });
  });

  it('matches GIT ranges on the component commit, and cannot without one', () => {
    const fuzz = {
      id: 'OSV-X',
      affected: [
        {
          package: { ecosystem: 'OSS-Fuzz', name: 'lib' },
          ranges: [
            {
              type: 'GIT',
              repo: 'https://example.org/lib.git',
              events: [{ introduced: 'a'.repeat(40) }, { fixed: 'b'.repeat(40) }],
            },
          ],
        },
      ],
    };
    expect(
      affects(fuzz, { ecosystem: 'OSS-Fuzz', name: 'lib', version: 'v1', commit: 'a'.repeat(40) }),
    ).toMatchObject({ affected: true });
    expect(
      affects(fuzz, { ecosystem: 'OSS-Fuzz', name: 'lib', version: 'v1', commit: 'b'.repeat(12) }),
    ).toMatchObject({ affected: false });
    expect(affects(fuzz, { ecosystem: 'OSS-Fuzz', name: 'lib', version: 'v1' })).toEqual({
      unknown: expect.stringContaining("needs the component's commit"),
    });
  });

  it('answers as the exposures engine does: a GIT range is "unknown" only when it is the only evidence', () => {
    const git = {
      type: 'GIT',
      repo: 'https://github.com/urllib3/urllib3',
      events: [{ introduced: '0' }, { fixed: 'a1b2c3d' }],
    };
    const both = {
      id: 'PYSEC-G',
      affected: [
        {
          package: { ecosystem: 'PyPI', name: 'urllib3' },
          ranges: [git, { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.26.5' }] }],
          versions: ['1.26.4'],
        },
      ],
    };
    const gitOnly = {
      id: 'OSV-G',
      affected: [{ package: { ecosystem: 'PyPI', name: 'urllib3' }, ranges: [git] }],
    };
    const at = (version: string, record: unknown) =>
      affects(record, { ecosystem: 'PyPI', name: 'urllib3', version });
    // the version ranges and the versions list rule 1.26.18 out: the GIT range adds no doubt
    expect(at('1.26.18', both)).toMatchObject({ affected: false });
    expect(at('1.26.4', both)).toMatchObject({ affected: true });
    expect(at('1.26.18', gitOnly)).toEqual({
      unknown: expect.stringContaining("needs the component's commit"),
    });
  });
});

describe('affects on real records', () => {
  it('reads a Debian security advisory for its releases', async () => {
    const records = await readArchive('Debian');
    const record = records.find((r) => r.name === 'DSA-5000-1.json');
    expect(record).toBeDefined();
    const osv = JSON.parse(record?.text() ?? '{}') as {
      affected: {
        package: { ecosystem: string; name: string };
        ranges: { events: Record<string, string>[] }[];
      }[];
    };
    const entry = osv.affected[0];
    if (!entry) throw new Error('DSA-5000-1 has no affected entry');
    const fixed = entry.ranges[0]?.events.find((e) => e.fixed)?.fixed ?? '';
    const release = entry.package.ecosystem.split(':')[1];
    const component = { ecosystem: 'Debian', name: entry.package.name, ...(release ? { release } : {}) };
    expect(affects(osv, { ...component, version: fixed })).toMatchObject({ affected: false });
    expect(affects(osv, { ...component, version: `${fixed}~` })).toMatchObject({ affected: true });
  });
});
