import { describe, expect, it } from 'vitest';
import { parseOsvEcosystem } from './osv-ecosystem.js';

describe('parseOsvEcosystem', () => {
  it.each([
    ['npm', { raw: 'npm', base: 'npm' }],
    ['Debian:12', { raw: 'Debian:12', base: 'Debian', release: '12' }],
    ['Alpine:v3.18', { raw: 'Alpine:v3.18', base: 'Alpine', release: 'v3.18' }],
    ['AlmaLinux:9', { raw: 'AlmaLinux:9', base: 'AlmaLinux', release: '9' }],
    ['Ubuntu:22.04:LTS', { raw: 'Ubuntu:22.04:LTS', base: 'Ubuntu', release: '22.04', lts: true }],
    [
      'Ubuntu:Pro:18.04:LTS',
      { raw: 'Ubuntu:Pro:18.04:LTS', base: 'Ubuntu', release: '18.04', lts: true, pro: true },
    ],
    ['Ubuntu:25.04', { raw: 'Ubuntu:25.04', base: 'Ubuntu', release: '25.04' }],
    [
      'Red Hat:enterprise_linux:9::appstream',
      {
        raw: 'Red Hat:enterprise_linux:9::appstream',
        base: 'Red Hat',
        release: 'enterprise_linux:9::appstream',
      },
    ],
    [
      'Maven:https://maven.google.com',
      { raw: 'Maven:https://maven.google.com', base: 'Maven', repository: 'https://maven.google.com' },
    ],
    [' PyPI ', { raw: 'PyPI', base: 'PyPI' }],
    ['Debian:', { raw: 'Debian:', base: 'Debian' }],
  ])('%j', (text, expected) => expect(parseOsvEcosystem(text)).toEqual(expected));
});
