import { describe, expect, it } from 'vitest';
import { indexAdvisory } from './index-advisory.js';
import type { OsvRecord } from './osv-record.js';

const record: OsvRecord = {
  id: 'X-1',
  modified: '2024-01-01T00:00:00Z',
  severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
  affected: [
    { package: { ecosystem: 'PyPI', name: 'Jinja2' } },
    { package: { ecosystem: 'PyPI', name: 'jinja2' } },
    { package: { ecosystem: 'Debian:12', name: 'OpenSSL' } },
    { package: { ecosystem: 'Debian:11', name: 'openssl' } },
    { package: { ecosystem: 'Maven', name: 'org.Apache:Log4j' } },
  ],
};

describe('indexAdvisory', () => {
  it('keys packages by base ecosystem and the name as the matcher compares it', () => {
    const index = indexAdvisory(record);
    expect(index.ecosystems).toEqual(['Debian', 'Maven', 'PyPI']);
    expect(index.packages).toEqual([
      { ecosystem: 'PyPI', name: 'jinja2' },
      { ecosystem: 'Debian', name: 'openssl' },
      { ecosystem: 'Maven', name: 'org.Apache:Log4j' },
    ]);
    expect(index.severity).toEqual(record.severity);
  });

  it('indexes no package for a withdrawn record, so it stops matching', () => {
    const index = indexAdvisory({ ...record, withdrawn: '2024-02-01T00:00:00Z' });
    expect(index.packages).toEqual([]);
    expect(index.ecosystems).toEqual(['Debian', 'Maven', 'PyPI']);
  });
});
