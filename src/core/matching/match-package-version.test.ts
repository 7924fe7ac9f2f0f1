import { describe, expect, it } from 'vitest';
import { compileAdvisory } from './compiled-advisory.js';
import { type AdvisoryLookup, matchPackageVersion } from './match-package-version.js';
import type { PackageVersionRef } from './osv-package.js';

const lookupOf = (...records: unknown[]): AdvisoryLookup => {
  const compiled = records.map(compileAdvisory);
  return (ecosystem, key) => compiled.filter((c) => c.packages.includes(`${ecosystem}\u0000${key}`));
};

const pv = (over: Partial<PackageVersionRef>): PackageVersionRef => ({
  type: 'npm',
  namespace: '',
  name: 'lodash',
  version: '4.17.20',
  distro: '',
  source: '',
  ...over,
});

const lodash = {
  id: 'GHSA-35jh-r3h4-6jhm',
  modified: '2021-01-01T00:00:00Z',
  affected: [
    {
      package: { ecosystem: 'npm', name: 'lodash' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }],
    },
  ],
};

const openssl = {
  id: 'DSA-5139-1',
  modified: '2022-05-03T00:00:00Z',
  affected: [
    {
      package: { ecosystem: 'Debian:11', name: 'openssl' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.1.1n-0+deb11u2' }] }],
    },
    {
      package: { ecosystem: 'Debian:10', name: 'openssl' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.1.1n-0+deb10u2' }] }],
    },
  ],
};

const twoFixes = {
  id: 'PYSEC-X',
  modified: '2024-01-01T00:00:00Z',
  affected: [
    {
      package: { ecosystem: 'PyPI', name: 'Jinja2' },
      ranges: [
        {
          type: 'ECOSYSTEM',
          events: [{ introduced: '0' }, { fixed: '2.11.3' }, { introduced: '3.0.0' }, { fixed: '3.1.3' }],
        },
      ],
      versions: ['3.1.2'],
    },
  ],
};

describe('matchPackageVersion', () => {
  it.each([
    ['inside a SEMVER range', pv({}), lodash, 'affected', '4.17.21'],
    ['at the fix', pv({ version: '4.17.21' }), lodash, undefined, undefined],
    [
      'PyPI name normalised (PEP 503)',
      pv({ type: 'pypi', name: 'jinja2', version: '3.1.2' }),
      twoFixes,
      'affected',
      '3.1.3',
    ],
    [
      'the first fix above the version',
      pv({ type: 'pypi', name: 'jinja2', version: '2.10' }),
      twoFixes,
      'affected',
      '2.11.3',
    ],
    [
      'between ranges',
      pv({ type: 'pypi', name: 'jinja2', version: '2.11.3' }),
      twoFixes,
      undefined,
      undefined,
    ],
    [
      'Debian source package via upstream, in its release',
      pv({
        type: 'deb',
        namespace: 'debian',
        name: 'libssl1.1',
        version: '1.1.1k-1+deb11u1',
        distro: 'debian-11',
        source: 'openssl',
      }),
      openssl,
      'affected',
      '1.1.1n-0+deb11u2',
    ],
    [
      'Debian source version from upstream name@version',
      pv({
        type: 'deb',
        namespace: 'debian',
        name: 'libssl1.1',
        version: '9.9',
        distro: 'debian-10',
        source: 'openssl@1.1.1d-0+deb10u7',
      }),
      openssl,
      'affected',
      '1.1.1n-0+deb10u2',
    ],
    [
      'another release',
      pv({ type: 'deb', namespace: 'debian', name: 'openssl', version: '1.1.1k-1', distro: 'debian-12' }),
      openssl,
      undefined,
      undefined,
    ],
    [
      'no release on a release-scoped advisory',
      pv({ type: 'deb', namespace: 'debian', name: 'openssl', version: '1.1.1k-1' }),
      openssl,
      'unknown',
      undefined,
    ],
  ])('%s', (_label, version, record, status, fixed) => {
    const m = matchPackageVersion(version, lookupOf(record));
    expect(m.note).toBe('');
    expect(m.findings[0]?.status).toBe(status);
    expect(m.findings[0] && 'fixedVersion' in m.findings[0] ? m.findings[0].fixedVersion : undefined).toBe(
      fixed,
    );
  });

  it('says why a package version cannot be matched, never guesses', () => {
    expect(matchPackageVersion(pv({ type: 'generic', name: 'x' }), lookupOf(lodash)).note).toMatch(
      /no OSV ecosystem/,
    );
    const invalid = matchPackageVersion(pv({ version: 'not a version!' }), lookupOf(lodash));
    expect(invalid.findings[0]?.status).toBe('unknown');
  });

  it('a withdrawn advisory never matches', () => {
    expect(
      matchPackageVersion(pv({}), lookupOf({ ...lodash, withdrawn: '2022-01-01T00:00:00Z' })).findings,
    ).toEqual([]);
  });

  it('names Maven, Go and scoped npm packages the OSV way', () => {
    const rec = (ecosystem: string, name: string) => ({
      id: `X-${name}`,
      affected: [
        { package: { ecosystem, name }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] },
      ],
    });
    const lookup = lookupOf(
      rec('Maven', 'org.apache.logging.log4j:log4j-core'),
      rec('Go', 'golang.org/x/net'),
      rec('npm', '@babel/traverse'),
    );
    expect(
      matchPackageVersion(
        pv({ type: 'maven', namespace: 'org.apache.logging.log4j', name: 'log4j-core', version: '2.14.1' }),
        lookup,
      ).findings,
    ).toHaveLength(1);
    expect(
      matchPackageVersion(
        pv({ type: 'golang', namespace: 'golang.org/x', name: 'net', version: 'v0.1.0' }),
        lookup,
      ).findings,
    ).toHaveLength(1);
    expect(
      matchPackageVersion(
        pv({ type: 'npm', namespace: '@babel', name: 'traverse', version: '7.0.0' }),
        lookup,
      ).findings,
    ).toHaveLength(1);
  });

  it('a GIT range it cannot evaluate makes no "unknown" when the version ranges already rule the version out', () => {
    const both = {
      id: 'PYSEC-G',
      affected: [
        {
          package: { ecosystem: 'PyPI', name: 'urllib3' },
          ranges: [
            {
              type: 'GIT',
              repo: 'https://github.com/urllib3/urllib3',
              events: [{ introduced: '0' }, { fixed: 'a1b2c3d' }],
            },
            { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.26.5' }] },
          ],
        },
      ],
    };
    const gitOnly = {
      id: 'OSV-G',
      affected: [{ package: { ecosystem: 'PyPI', name: 'urllib3' }, ranges: [both.affected[0]!.ranges[0]] }],
    };
    const at = (version: string, record: unknown) =>
      matchPackageVersion(pv({ type: 'pypi', name: 'urllib3', version }), lookupOf(record)).findings[0]
        ?.status;
    expect(at('1.26.18', both)).toBeUndefined();
    expect(at('1.26.4', both)).toBe('affected');
    // with nothing but the GIT range, it cannot be told: never a guess
    expect(at('1.26.18', gitOnly)).toBe('unknown');
  });
});
