import { describe, expect, it } from 'vitest';
import { ecosystemForPurl } from './purl-ecosystem.js';

describe('ecosystemForPurl', () => {
  it.each([
    [{ type: 'npm' }, { ecosystem: 'npm' }],
    [{ type: 'pypi' }, { ecosystem: 'PyPI' }],
    [{ type: 'maven', namespace: 'org.apache' }, { ecosystem: 'Maven' }],
    [{ type: 'golang', namespace: 'github.com/x' }, { ecosystem: 'Go' }],
    [{ type: 'cargo' }, { ecosystem: 'crates.io' }],
    [{ type: 'gem' }, { ecosystem: 'RubyGems' }],
    [{ type: 'nuget' }, { ecosystem: 'NuGet' }],
    [{ type: 'composer', namespace: 'symfony' }, { ecosystem: 'Packagist' }],
    [{ type: 'hex' }, { ecosystem: 'Hex' }],
    [{ type: 'pub' }, { ecosystem: 'Pub' }],
    [{ type: 'cran' }, { ecosystem: 'CRAN' }],
    [{ type: 'hackage' }, { ecosystem: 'Hackage' }],
    [{ type: 'julia' }, { ecosystem: 'Julia' }],
    [{ type: 'swift', namespace: 'github.com/apple' }, { ecosystem: 'SwiftURL' }],
    [{ type: 'bitnami' }, { ecosystem: 'Bitnami' }],
    [
      { type: 'deb', namespace: 'debian', qualifiers: { distro: 'debian-12' } },
      { ecosystem: 'Debian', release: '12' },
    ],
    [
      { type: 'deb', namespace: 'debian', qualifiers: { distro: 'bookworm' } },
      { ecosystem: 'Debian', release: '12' },
    ],
    [
      { type: 'deb', namespace: 'ubuntu', qualifiers: { distro: 'ubuntu-22.04' } },
      { ecosystem: 'Ubuntu', release: '22.04' },
    ],
    [{ type: 'deb', namespace: 'debian' }, { ecosystem: 'Debian' }],
    [
      { type: 'apk', namespace: 'alpine', qualifiers: { distro: 'alpine-3.18.4' } },
      { ecosystem: 'Alpine', release: 'v3.18' },
    ],
    [
      { type: 'rpm', namespace: 'redhat', qualifiers: { distro: 'rhel-9.3' } },
      { ecosystem: 'Red Hat', release: '9.3' },
    ],
    [
      { type: 'rpm', namespace: 'almalinux', qualifiers: { distro: 'almalinux-9.3' } },
      { ecosystem: 'AlmaLinux', release: '9.3' },
    ],
    [{ type: 'rpm', namespace: 'rocky' }, { ecosystem: 'Rocky Linux' }],
    [
      { type: 'rpm', namespace: 'suse', qualifiers: { distro: 'sles-15.5' } },
      { ecosystem: 'SUSE', release: '15.5' },
    ],
    [{ type: 'rpm', namespace: 'opensuse' }, { ecosystem: 'openSUSE' }],
    [
      { type: 'rpm', namespace: 'mageia', qualifiers: { distro: 'mageia-9' } },
      { ecosystem: 'Mageia', release: '9' },
    ],
  ])('%j → %j', (purl, expected) => expect(ecosystemForPurl(purl)).toEqual(expected));

  it.each([
    [{ type: 'deb', namespace: 'raspbian' }],
    [{ type: 'rpm', namespace: 'fedora' }],
    [{ type: 'generic' }],
    [{ type: 'oci' }],
  ])('%j has no OSV ecosystem', (purl) => expect(ecosystemForPurl(purl)).toBeUndefined());
});
