import { describe, expect, it } from 'vitest';
import { compileAdvisory, indexCompiled, type PackageVersionRef } from '../matching/index.js';
import { smallestFix } from './smallest-fix.js';

const advisory = (id: string, ecosystem: string, name: string, events: Record<string, string>[]) => ({
  schema_version: '1.6.0',
  id,
  modified: '2026-01-01T00:00:00Z',
  affected: [
    {
      package: { ecosystem, name },
      ranges: [{ type: ecosystem === 'npm' ? 'SEMVER' : 'ECOSYSTEM', events }],
    },
  ],
});
const ref = (type: string, name: string, version: string, distro = ''): PackageVersionRef => ({
  type,
  namespace: type === 'deb' ? 'debian' : '',
  name,
  version,
  distro,
  source: '',
});
const fixOf = (pv: PackageVersionRef, records: unknown[]) =>
  smallestFix(pv, indexCompiled(records.map((r) => compileAdvisory(r))));

describe('smallestFix', () => {
  it('takes the smallest fixed version that fixes every advisory (npm order, not text order)', () => {
    const fix = fixOf(ref('npm', 'lodash', '4.17.9'), [
      advisory('GHSA-a', 'npm', 'lodash', [{ introduced: '0' }, { fixed: '4.17.10' }]),
      advisory('GHSA-b', 'npm', 'lodash', [{ introduced: '0' }, { fixed: '4.17.21' }]),
    ]);
    expect(fix).toEqual({ to: '4.17.21', closes: ['GHSA-a', 'GHSA-b'] });
  });

  it("skips a fix that lands in another advisory's range, even one not affecting the version now", () => {
    const fix = fixOf(ref('pypi', 'django', '3.2.0'), [
      advisory('PYSEC-1', 'PyPI', 'django', [{ introduced: '0' }, { fixed: '3.2.5' }]),
      // not affecting 3.2.0, but 3.2.5 is inside it: the upgrade must go past it
      advisory('PYSEC-2', 'PyPI', 'django', [{ introduced: '3.2.4' }, { fixed: '3.2.10' }]),
    ]);
    expect(fix).toEqual({ to: '3.2.10', closes: ['PYSEC-1'] });
  });

  it('orders pre-releases the PEP 440 way', () => {
    const fix = fixOf(ref('pypi', 'pkg', '1.0'), [
      advisory('PYSEC-3', 'PyPI', 'pkg', [{ introduced: '0' }, { fixed: '1.1rc1' }]),
      advisory('PYSEC-4', 'PyPI', 'pkg', [{ introduced: '0' }, { fixed: '1.1' }]),
    ]);
    expect(fix.to).toBe('1.1');
  });

  it('uses Debian order for distro packages', () => {
    const fix = fixOf(ref('deb', 'openssl', '3.0.11-1~deb12u1', 'debian-12'), [
      advisory('DSA-1', 'Debian:12', 'openssl', [{ introduced: '0' }, { fixed: '3.0.11-1~deb12u2' }]),
      advisory('DSA-2', 'Debian:12', 'openssl', [{ introduced: '0' }, { fixed: '3.0.9-1' }]),
    ]);
    expect(fix.to).toBe('3.0.11-1~deb12u2');
  });

  it('says so when there is no fix', () => {
    const fix = fixOf(ref('npm', 'left-pad', '1.0.0'), [
      advisory('GHSA-c', 'npm', 'left-pad', [{ introduced: '0' }]),
    ]);
    expect(fix).toMatchObject({
      to: null,
      closes: ['GHSA-c'],
      why: expect.stringMatching(/no .*fixed version/),
    });
  });
});
