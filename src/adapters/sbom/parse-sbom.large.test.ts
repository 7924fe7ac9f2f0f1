import { describe, expect, it } from 'vitest';
import { parseSbom } from './parse-sbom.js';
import { generateCycloneDx } from './test-support/generate-cyclonedx.js';

// Correctness only: the timing (20,000 components well under 2 s) is in bench/sbom-parse.bench.ts.
describe('a 20,000-component CycloneDX document', () => {
  const count = 20_000;
  const text = generateCycloneDx(count);

  it('validates against the official schema and keeps every component', () => {
    const result = parseSbom(text, { fileName: 'big.json' });
    if (!result.ok) expect.fail(JSON.stringify(result.issues.slice(0, 3)));
    const doc = result.value;
    expect(doc.components).toHaveLength(count);
    expect(doc.components.every((c) => c.purl !== undefined)).toBe(true);
    expect(doc.dependencies).toHaveLength(count);
    expect(doc.warnings).toBeUndefined();
    expect(doc.components[1]?.purl?.name).toBe('py-pkg-1');
    expect(doc.components[3]?.purl).toMatchObject({
      type: 'deb',
      version: '1.3-1+deb12u1',
      qualifiers: { arch: 'amd64', distro: 'debian-12' },
    });
  });

  it('still refuses an error deep inside it, naming the path', () => {
    const broken = text.replace('"name":"pkg-19996"', '"name":19996');
    const result = parseSbom(broken, { fileName: 'big.json' });
    if (result.ok) expect.fail('expected the document to be refused');
    expect(result.issues[0]).toMatchObject({ code: 'SBOM_SCHEMA', path: 'components[19996].name' });
    expect(result.issues[0]?.message).toContain('19996 is a number; expected a string');
  });
});
