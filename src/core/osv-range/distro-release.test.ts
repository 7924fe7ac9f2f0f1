import { describe, expect, it } from 'vitest';
import { normalizeRelease, releaseMatches } from './distro-release.js';

describe('normalizeRelease', () => {
  it.each([
    ['Debian', '12', '12'],
    ['Debian', '12.4', '12'],
    ['Debian', 'bookworm', '12'],
    ['Debian', 'debian-12', '12'],
    ['Debian', 'Debian:3.1', undefined],
    ['Debian', '3.1', '3.1'],
    ['Debian', 'squeeze', '6.0'],
    ['Debian', '6.0.10', '6.0'],
    ['Debian', 'sid', 'sid'],
    ['Ubuntu', '22.04', '22.04'],
    ['Ubuntu', 'jammy', '22.04'],
    ['Ubuntu', 'ubuntu-20.04', '20.04'],
    ['Ubuntu', '18.04:LTS', '18.04'],
    ['Alpine', 'v3.18', 'v3.18'],
    ['Alpine', '3.18.4', 'v3.18'],
    ['Alpine', 'alpine-3.18.4', 'v3.18'],
    ['Alpine', 'edge', 'edge'],
    ['AlmaLinux', '9', '9'],
    ['AlmaLinux', '9.3', '9.3'],
    ['Rocky Linux', 'rocky-8.9', '8.9'],
    ['Red Hat', 'enterprise_linux:9::appstream', '9'],
    ['Red Hat', 'rhel_eus:9.2::baseos', '9.2'],
    ['SUSE', 'SUSE Linux Enterprise Server 15 SP5', '15.5'],
    ['SUSE', 'sles-15.5', '15.5'],
    ['openSUSE', 'openSUSE Leap 15.5', 'leap 15.5'],
    ['openSUSE', 'Tumbleweed', 'tumbleweed'],
    ['Debian', '', undefined],
    ['Alpine', 'latest', undefined],
  ])('%s %j → %j', (base, text, expected) => expect(normalizeRelease(base, text)).toBe(expected));
});

describe('releaseMatches', () => {
  it.each([
    ['Debian', '12', 'bookworm', true],
    ['Debian', '12', '11', false],
    ['Debian', '12', '12.4', true],
    ['Ubuntu', '22.04', 'jammy', true],
    ['Ubuntu', '22.04', '22.10', false],
    ['Alpine', 'v3.18', '3.18.4', true],
    ['Alpine', 'v3.1', '3.18.4', false],
    ['AlmaLinux', '9', '9.3', true],
    ['AlmaLinux', '9', '8.9', false],
    ['Red Hat', 'rhel_eus:9.2::baseos', '9.2', true],
    ['Red Hat', 'rhel_eus:9.2::baseos', '9.4', false],
    ['Red Hat', 'enterprise_linux:9::appstream', '9.4', true],
    ['Mageia', '9', '9', true],
    ['SUSE', 'SUSE Linux Enterprise Server 15 SP5', '15.5', true],
    ['SUSE', 'SUSE Linux Enterprise Server 15 SP5', '15.4', false],
    ['openSUSE', 'openSUSE Tumbleweed', 'tumbleweed', true],
    ['Debian', 'custom', 'CUSTOM', true],
  ])('%s advisory %j, component %j → %s', (base, advisory, component, expected) =>
    expect(releaseMatches(base, advisory, component)).toBe(expected),
  );
});
