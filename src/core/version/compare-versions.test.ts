import { describe, expect, it } from 'vitest';
import { compareVersions, schemeForEcosystem } from './compare-versions.js';
import { isVersionError } from './version-error.js';

describe('compareVersions', () => {
  it.each([
    ['npm', '1.2.3', '1.10.0', -1],
    ['crates.io', '1.0.0-alpha', '1.0.0', -1],
    ['Go', 'v1.2.3+incompatible', '1.2.3', 0],
    ['PyPI', '1.0.post1', '1.0', 1],
    ['Maven', '1.0-SNAPSHOT', '1.0', -1],
    ['Maven:https://maven.google.com', '2.0', '10.0', -1],
    ['RubyGems', '1.0.a', '1.0', -1],
    ['NuGet', '1.0', '1.0.0.0', 0],
    ['Packagist', '1.0RC1', '1.0', -1],
    ['Debian', '1:1.0', '2.0', 1],
    ['Debian:12', '1.0~rc1', '1.0', -1],
    ['Ubuntu:22.04:LTS', '7.81.0-1ubuntu1.10', '7.81.0-1ubuntu1.2', 1],
    ['Alpine:v3.18', '1.2_rc1', '1.2', -1],
    ['Red Hat', '1.0-1.el8', '1.0-1.el9', -1],
    ['AlmaLinux:9', '1:2.0', '3.0', 1],
    ['Rocky Linux', '1.0^git1', '1.0', 1],
    ['SUSE', '1.0~rc1', '1.0', -1],
    ['openSUSE', '2.1', '2.01', 0],
    ['Mageia:9', '1.0', '1.0.1', -1],
    ['CRAN', '0.9', '0.75', -1],
    ['Hackage', '1.0', '1.0.0', -1],
    ['GHC', '9.4.2', '9.10.1', -1],
    ['Julia', '1.2.3', '1.2.3+1', -1],
    ['Hex', '1.0.0', '1.0.0-rc.0', 1],
    ['Pub', '1.0.0', '1.0.0+1', -1],
    ['Bitnami', '2.4.51', '2.4.6', 1],
    ['SwiftURL', '5.0.0', '5.0.0', 0],
  ] as const)('%s: %s vs %s is %i', (ecosystem, a, b, expected) => {
    expect(compareVersions(ecosystem, a, b)).toBe(expected);
  });

  it.each([
    ['Nope', '1', '2', 'ECOSYSTEM_UNKNOWN'],
    ['npm ', '1', '2', 'ECOSYSTEM_UNKNOWN'],
    ['OSS-Fuzz', '1', '2', 'ECOSYSTEM_UNORDERED'],
    ['npm', '1.2.x', '1.2.3', 'VERSION_INVALID'],
    ['Debian', '1.0', 'a:1', 'VERSION_INVALID'],
  ])('%s %s %s throws %s', (ecosystem, a, b, code) => {
    let error: unknown;
    try {
      compareVersions(ecosystem, a, b);
    } catch (e) {
      error = e;
    }
    expect(isVersionError(error)).toBe(true);
    expect(error).toMatchObject({ code, ecosystem });
  });

  it('names the version and the ecosystem in the message', () => {
    expect(() => compareVersions('npm', '1.2.x', '1.2.3')).toThrow(
      /npm: "1\.2\.x" is not a valid SemVer version/,
    );
  });

  it('gives the scheme of an ecosystem', () => {
    expect(schemeForEcosystem('Ubuntu:Pro:18.04:LTS').id).toBe('dpkg');
  });
});
