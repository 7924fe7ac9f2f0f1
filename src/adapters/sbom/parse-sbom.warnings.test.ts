import { describe, expect, it } from 'vitest';
import { decodeXmlEntities } from './decode-xml-entities.js';
import { parseSbom } from './parse-sbom.js';

const library = (name: string, extra: Record<string, unknown> = {}) => ({
  type: 'library',
  name,
  version: '1.0.0',
  ...extra,
});

describe('what is kept despite being wrong, with a warning', () => {
  const text = JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    version: 1,
    metadata: { component: { type: 'application', 'bom-ref': 'app', name: 'app' } },
    components: [
      library('a', { 'bom-ref': 'a', purl: 'pkg:npm/a@1.0.0' }),
      library('b', { 'bom-ref': 'a', purl: 'not a purl' }),
      library('c', { licenses: [{ expression: 'MIT OR OR Apache-2.0' }] }),
      library('d'),
      library('app-as-listed-by-some-tools', { 'bom-ref': 'app' }),
    ],
    dependencies: [
      { ref: 'app', dependsOn: ['a', 'ghost'] },
      { ref: 'app', dependsOn: ['a', '#2'] },
      { ref: 'nobody', dependsOn: ['a'] },
    ],
  });
  const result = parseSbom(text, { fileName: 'bom.json' });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const doc = result.value;

  it('keeps every component; refs are made unique; absent refs become #<index>; the subject may be listed', () => {
    expect(doc.components.map((c) => c.ref)).toEqual(['a', 'a#1', '#2', '#3', 'app']);
  });

  it('keeps an unparseable purl as text only, and counts the component as one without a purl', () => {
    expect(doc.components[1]).toMatchObject({ purlText: 'not a purl' });
    expect(doc.components[1]?.purl).toBeUndefined();
    expect(doc.components.filter((c) => !c.purl)).toHaveLength(4);
  });

  it('keeps a licence that is not an SPDX expression as written', () => {
    expect(doc.components[2]?.licenses).toEqual(['MIT OR OR Apache-2.0']);
  });

  it('merges dependency entries and drops edges to unknown refs', () => {
    expect(doc.dependencies).toEqual([{ ref: 'app', dependsOn: ['a', '#2'] }]);
  });

  it('says so in warnings, each with a code, a path and what was expected', () => {
    expect(doc.warnings?.map((w) => [w.code, w.path])).toEqual([
      ['SBOM_DUPLICATE_REF', 'components[1].bom-ref'],
      ['PURL_INVALID', 'components[1].purl'],
      ['SBOM_LICENSE_EXPRESSION', 'components[2].licenses[0].expression'],
      ['SBOM_DEPENDENCY_REF', 'dependencies[0].dependsOn[1]'],
      ['SBOM_DEPENDENCY_REF', 'dependencies[2].ref'],
    ]);
    for (const warning of doc.warnings ?? []) expect(warning.message).toContain('expected');
  });
});

describe('decodeXmlEntities', () => {
  it.each([
    ['a &amp; b', 'a & b'],
    ['&lt;x&gt; &quot;q&quot; &apos;s&apos;', `<x> "q" 's'`],
    ['&#65;&#x42;&#x1F600;', 'AB😀'],
    ['&xxe; stays, &amp;amp; decodes once', '&xxe; stays, &amp; decodes once'],
    ['&#x110000; is not a character', '&#x110000; is not a character'],
    ['no entities', 'no entities'],
  ])('%s → %s', (text, decoded) => {
    expect(decodeXmlEntities(text)).toBe(decoded);
  });
});
