import { describe, expect, it } from 'vitest';
import type { InputIssue } from '../../core/input/index.js';
import { parseSbom } from './parse-sbom.js';
import { formatByteSize } from './sbom-limits.js';

const cdx = (version: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify(
    { bomFormat: 'CycloneDX', specVersion: version, version: 1, components: [], ...extra },
    null,
    2,
  );
const library = (name: string, extra: Record<string, unknown> = {}) => ({
  type: 'library',
  name,
  version: '1.0.0',
  ...extra,
});
const xmlBom = (version: string, body = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<bom xmlns="http://cyclonedx.org/schema/bom/${version}" version="1">${body}</bom>\n`;

function issuesOf(
  input: string | Uint8Array,
  opts: { maxBytes?: number; maxDepth?: number } = {},
): readonly InputIssue[] {
  const result = parseSbom(input, { fileName: 'bom.json', ...opts });
  if (result.ok) expect.fail('expected the document to be refused');
  return result.issues;
}

describe('parseSbom refuses bad input with one clear issue', () => {
  it.each<[string, string, Partial<InputIssue> & { message: string }]>([
    [
      'malformed JSON (a missing value)',
      '{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.4",\n  "components": [,]\n}',
      { code: 'SBOM_JSON_MALFORMED', path: 'line 4, column 18', message: 'found ","; expected a value' },
    ],
    [
      'malformed JSON (a missing comma)',
      '{"bomFormat": "CycloneDX"\n "specVersion": "1.4"}',
      { code: 'SBOM_JSON_MALFORMED', path: 'line 2, column 2', message: "expected ',' or '}'" },
    ],
    [
      'truncated JSON',
      '{"bomFormat": "CycloneDX", "components": [',
      { code: 'SBOM_JSON_MALFORMED', path: 'line 1, column 43', message: 'found the end of the file' },
    ],
    [
      'malformed XML',
      xmlBom('1.4', '\n<components>\n<component type="library"><name>a</name></components>'),
      { code: 'SBOM_XML_MALFORMED', path: 'line 4, column 41', message: "Expected closing tag 'component'" },
    ],
    [
      'a wrong schema (components is a string)',
      cdx('1.4', { components: 'none' }),
      {
        code: 'SBOM_SCHEMA',
        path: 'components',
        message: '"none" is a string; expected an array (CycloneDX 1.4)',
      },
    ],
    [
      'a component without a name',
      cdx('1.5', { components: [library('a'), { type: 'library', version: '2' }] }),
      { code: 'SBOM_SCHEMA', path: 'components[1].name', message: 'missing; expected a "name" property' },
    ],
    [
      'a scope outside the enumeration',
      cdx('1.6', { components: [library('a', { scope: 'runtime' })] }),
      {
        code: 'SBOM_SCHEMA',
        path: 'components[0].scope',
        message: '"runtime" is not allowed; expected one of "required", "optional", "excluded"',
      },
    ],
    [
      'an SPDX document whose packages is a string',
      JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: 'x', packages: 'none' }),
      { code: 'SBOM_SCHEMA', path: 'packages', message: '"none" is a string; expected an array (SPDX 2.3)' },
    ],
    [
      'an unknown CycloneDX version',
      cdx('2.0'),
      { code: 'SBOM_SPEC_VERSION', path: 'specVersion', message: 'unsupported spec version "2.0"' },
    ],
    [
      'CycloneDX 1.7',
      cdx('1.7'),
      {
        code: 'SBOM_SPEC_VERSION',
        message: 'unsupported spec version "1.7"; expected CycloneDX 1.2, 1.3, 1.4, 1.5 or 1.6',
      },
    ],
    [
      'CycloneDX 1.7 XML',
      xmlBom('1.7'),
      { code: 'SBOM_SPEC_VERSION', path: 'bom@xmlns', message: 'unsupported spec version "1.7"' },
    ],
    [
      'CycloneDX 1.1 XML',
      xmlBom('1.1'),
      { code: 'SBOM_SPEC_VERSION', message: 'unsupported spec version "1.1"' },
    ],
    [
      'an unknown SPDX version',
      JSON.stringify({ spdxVersion: 'SPDX-2.1', SPDXID: 'SPDXRef-DOCUMENT', name: 'x' }),
      {
        code: 'SBOM_SPEC_VERSION',
        path: 'spdxVersion',
        message: 'unsupported spec version "SPDX-2.1"; expected SPDX 2.2 or 2.3',
      },
    ],
    [
      'SPDX 3 (JSON-LD)',
      JSON.stringify({ '@context': 'https://spdx.org/rdf/3.0.1/spdx-context.jsonld', '@graph': [] }),
      { code: 'SBOM_SPEC_VERSION', message: 'unsupported spec version "3"' },
    ],
    [
      'XML with a DOCTYPE declaring an external entity (XXE)',
      `<?xml version="1.0"?>\n<!DOCTYPE bom [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n${xmlBom('1.4', '<metadata><timestamp>&xxe;</timestamp></metadata>').replace(/^<\?xml[^>]*>\n/, '')}`,
      {
        code: 'SBOM_XML_DOCTYPE',
        path: 'line 2, column 1',
        message: 'XML with a <!DOCTYPE> declaration is refused',
      },
    ],
    [
      'XML with an ENTITY declaration and no DOCTYPE',
      `<!ENTITY lol "lol">${xmlBom('1.4')}`,
      { code: 'SBOM_XML_DOCTYPE', message: '<!ENTITY>' },
    ],
    [
      'XML that is not CycloneDX',
      '<project><name>x</name></project>',
      { code: 'SBOM_FORMAT', message: 'expected <bom xmlns="http://cyclonedx.org/schema/bom/1.x">' },
    ],
    [
      'SPDX RDF/XML',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>',
      { code: 'SBOM_FORMAT', message: 'SPDX RDF/XML is not supported' },
    ],
    ['a JSON array', '[1, 2]', { code: 'SBOM_FORMAT', message: 'the JSON is not an object' }],
    [
      'a JSON object of another kind',
      '{"name": "x"}',
      { code: 'SBOM_FORMAT', message: 'neither bomFormat nor spdxVersion' },
    ],
    [
      'a foreign bomFormat',
      '{"bomFormat": "SWID"}',
      { code: 'SBOM_FORMAT', path: 'bomFormat', message: '"SWID" is not a known bomFormat' },
    ],
    ['plain text', 'hello, world', { code: 'SBOM_FORMAT', message: 'neither JSON, XML nor SPDX tag-value' }],
  ])('%s', (_what, text, expected) => {
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    const { message, ...rest } = expected;
    expect(issues[0]).toMatchObject(rest);
    expect(issues[0]?.message).toContain(message);
  });

  it('bytes that are not UTF-8', () => {
    expect(issuesOf(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]))).toEqual([
      expect.objectContaining({ code: 'SBOM_ENCODING' }),
    ]);
  });

  it('a file over the size cap, before reading it', () => {
    const text = cdx('1.4', { components: [library('a'), library('b')] });
    const [issue] = issuesOf(text, { maxBytes: 100 });
    expect(issue).toEqual({
      code: 'SBOM_TOO_LARGE',
      path: '',
      message: `file is ${formatByteSize(Buffer.byteLength(text))}; the cap is 100 bytes (VIGIL_MAX_SBOM_BYTES)`,
    });
    expect(parseSbom(text, { fileName: 'bom.json', maxBytes: Buffer.byteLength(text) }).ok).toBe(true);
  });

  it.each([
    [600 * 1024 * 1024, '600 MiB'],
    [512 * 1024 * 1024, '512 MiB'],
    [1536, '1.5 KiB'],
    [100, '100 bytes'],
  ])('formatByteSize(%i) = %s', (bytes, text) => {
    expect(formatByteSize(bytes)).toBe(text);
  });

  const nestedJson = (levels: number): Record<string, unknown> => {
    let component = library(`level-${levels}`);
    for (let level = levels - 1; level >= 1; level--)
      component = library(`level-${level}`, { components: [component] });
    return component;
  };

  it('JSON nested deeper than the cap, naming the path', () => {
    const text = cdx('1.4', { components: [nestedJson(6)] });
    const [issue] = issuesOf(text, { maxDepth: 8 });
    // {} components[ {} components[ {} components[ {} ← the 8th open bracket is fine, the 9th is not
    expect(issue).toMatchObject({
      code: 'SBOM_TOO_DEEP',
      path: 'components[0].components[0].components[0].components[0]',
    });
    expect(issue?.message).toContain('expected at most 8');
    expect(parseSbom(text, { fileName: 'bom.json' }).ok).toBe(true);
  });

  it('XML nested deeper than the cap', () => {
    const nested =
      '<components><component type="library"><name>a</name>'.repeat(5) +
      '</component></components>'.repeat(5);
    const text = xmlBom('1.4', nested);
    const [issue] = issuesOf(text, { maxDepth: 6 });
    expect(issue).toMatchObject({ code: 'SBOM_TOO_DEEP' });
    expect(issue?.path).toContain('components/component/components');
    expect(parseSbom(text, { fileName: 'bom.xml' }).ok).toBe(true);
  });

  it('does not count brackets inside strings as nesting', () => {
    const text = cdx('1.4', { components: [library('[[[[[[[[[[{{{{{{{{{{\\"')] });
    expect(parseSbom(text, { fileName: 'bom.json', maxDepth: 4 }).ok).toBe(true);
  });
});
