import { describe, expect, it } from 'vitest';

// Resolved through package.json "exports" (the package's own name), as a user's `import … from 'vigil/core'` is:
// the built dist/, which `npm ci` produces through the prepare script.
describe("import … from 'vigil/core'", () => {
  it('exposes the pure core', async () => {
    const core = await import('vigil/core');
    expect(core.compareVersions('PyPI', '1.0rc1', '1.0')).toBe(-1);
    expect(core.compareVersions('Debian', '1:1.0', '2.0')).toBe(1);
    const verdict = core.affects(
      {
        id: 'X',
        affected: [
          {
            package: { ecosystem: 'npm', name: 'lodash' },
            ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }],
          },
        ],
      },
      { ecosystem: 'npm', name: 'lodash', version: '4.17.20' },
    );
    expect(verdict).toMatchObject({ affected: true });
    expect(core.parsePurl('pkg:pypi/Jinja2@3.1.2')).toMatchObject({ ok: true, value: { name: 'jinja2' } });
    expect(typeof core.scoreExposure).toBe('function');
    expect(typeof core.parseVex).toBe('function');
  });
});
