import { describe, expect, it } from 'vitest';
import { parseOpenVex } from './parse-open-vex.js';

const doc = (statements: unknown[], extra: Record<string, unknown> = {}) => ({
  '@context': 'https://openvex.dev/ns/v0.2.0',
  '@id': 'https://openvex.dev/docs/example/vex-1',
  author: 'Jane <jane@example.com>',
  timestamp: '2024-01-02T03:04:05Z',
  statements,
  ...extra,
});

const parsed = (json: unknown) => {
  const r = parseOpenVex(json);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('parseOpenVex', () => {
  it('reads a v0.2.0 statement with every field', () => {
    const value = parsed(
      doc([
        {
          vulnerability: {
            '@id': 'https://pkg.go.dev/vuln/GO-2024-1',
            name: 'GO-2024-1',
            aliases: ['CVE-2024-1', 'GO-2024-1', 'GHSA-aaaa-bbbb-cccc'],
          },
          products: [
            {
              '@id': 'pkg:oci/app?repository_url=ghcr.io/acme/app',
              subcomponents: [
                { '@id': 'pkg:npm/Lodash@4.17.20' },
                { identifiers: { purl: 'pkg:pypi/Jinja2' } },
              ],
            },
          ],
          status: 'not_affected',
          justification: 'vulnerable_code_not_in_execute_path',
          impact_statement: 'never called',
          status_notes: 'checked by hand',
          timestamp: '2024-02-01T00:00:00+01:00',
        },
      ]),
    );
    expect(value).toEqual({
      format: 'openvex',
      id: 'https://openvex.dev/docs/example/vex-1',
      author: 'Jane <jane@example.com>',
      timestamp: '2024-01-02T03:04:05.000Z',
      statements: [
        {
          vulnerability: 'GO-2024-1',
          aliases: ['CVE-2024-1', 'GHSA-aaaa-bbbb-cccc'],
          status: 'not_affected',
          justification: 'vulnerable_code_not_in_execute_path',
          originalJustification: 'vulnerable_code_not_in_execute_path',
          impactStatement: 'never called',
          detail: 'checked by hand',
          timestamp: '2024-01-31T23:00:00.000Z',
          products: [
            {
              purl: {
                type: 'oci',
                namespace: '',
                name: 'app',
                version: '',
                qualifiers: { repository_url: 'ghcr.io/acme/app' },
                subpath: '',
              },
              subcomponents: [
                {
                  type: 'npm',
                  namespace: '',
                  name: 'lodash',
                  version: '4.17.20',
                  qualifiers: {},
                  subpath: '',
                },
                { type: 'pypi', namespace: '', name: 'jinja2', version: '', qualifiers: {}, subpath: '' },
              ],
            },
          ],
        },
      ],
    });
  });

  it('reads the v0.0.1 string forms, with statement-level subcomponents for every product', () => {
    const value = parsed({
      '@context': 'https://openvex.dev/ns',
      '@id': 'my-vexdoc',
      author: 'John Doe',
      statements: [
        {
          vulnerability: 'CVE-2023-1',
          products: ['pkg:apk/wolfi/bash@1.0.0', 'pkg:apk/wolfi/bash@1.0.1'],
          subcomponents: ['pkg:apk/wolfi/readline@8.2'],
          status: 'affected',
          action_statement: 'upgrade',
        },
      ],
    });
    const [s] = value.statements;
    expect(s?.vulnerability).toBe('CVE-2023-1');
    expect(s?.actionStatement).toBe('upgrade');
    expect(s?.timestamp).toBeUndefined();
    expect(s?.products.map((p) => [p.purl?.version, p.subcomponents.map((c) => c.name)])).toEqual([
      ['1.0.0', ['readline']],
      ['1.0.1', ['readline']],
    ]);
  });

  it.each([
    // [statement fields, document fields, expected timestamp]: OpenVEX "Inheritance Flow"
    [{}, {}, '2024-01-02T03:04:05.000Z'],
    [{ timestamp: '2023-05-01T00:00:00Z' }, {}, '2023-05-01T00:00:00.000Z'],
    [
      { timestamp: '2023-05-01T00:00:00Z', last_updated: '2023-06-01T00:00:00Z' },
      {},
      '2023-06-01T00:00:00.000Z',
    ],
    [{}, { timestamp: undefined }, undefined],
  ])('statement %j in document %j has timestamp %s', (statement, extra, timestamp) => {
    const value = parsed(
      doc(
        [{ vulnerability: { name: 'CVE-1' }, products: ['pkg:npm/a'], status: 'fixed', ...statement }],
        extra,
      ),
    );
    expect(value.statements[0]?.timestamp).toBe(timestamp);
  });

  it.each([
    [{ '@id': DIGEST }, { digest: DIGEST }],
    [{ '@id': `SHA256:${'AB'.repeat(32)}` }, { digest: DIGEST }],
    [{ '@id': 'https://example.com/product/1', hashes: { 'sha-256': 'ab'.repeat(32) } }, { digest: DIGEST }],
    [{ '@id': 'https://example.com/product/1' }, { name: 'https://example.com/product/1' }],
    [
      { identifiers: { cpe23: 'cpe:2.3:a:acme:app:1.0:*:*:*:*:*:*:*' } },
      { cpe: 'cpe:2.3:a:acme:app:1.0:*:*:*:*:*:*:*' },
    ],
    [
      { '@id': 'https://example.com/x', identifiers: { purl: 'pkg:npm/x@1', cpe22: 'cpe:/a:x:x:1' } },
      {
        purl: { type: 'npm', namespace: '', name: 'x', version: '1', qualifiers: {}, subpath: '' },
        cpe: 'cpe:/a:x:x:1',
      },
    ],
  ])('product %j → scope %j', (product, scope) => {
    const value = parsed(doc([{ vulnerability: { name: 'CVE-1' }, products: [product], status: 'fixed' }]));
    expect(value.statements[0]?.products).toEqual([{ ...scope, subcomponents: [] }]);
  });

  it('keeps subcomponents named without a purl, so that the scope is not widened', () => {
    const value = parsed(
      doc([
        {
          vulnerability: { name: 'CVE-1' },
          products: [{ '@id': 'pkg:oci/app', subcomponents: [{ '@id': 'urn:x:libfoo' }] }],
          status: 'fixed',
        },
      ]),
    );
    expect(value.statements[0]?.products[0]).toMatchObject({
      subcomponents: [],
      unresolvedSubcomponents: ['urn:x:libfoo'],
    });
  });

  it.each([
    [
      { status: undefined },
      'statements[0].status',
      'missing: expected one of not_affected, affected, fixed, under_investigation',
    ],
    [{ status: 'exploitable' }, 'statements[0].status', '"exploitable": expected one of'],
    [
      { justification: 'code_not_reachable' },
      'statements[0].justification',
      '"code_not_reachable": expected one of component_not_present',
    ],
    [{ vulnerability: { name: '' } }, 'statements[0].vulnerability.name', 'expected an id'],
    [{ vulnerability: 7 }, 'statements[0].vulnerability', '7: expected an object or an IRI string'],
    [{ products: undefined }, 'statements[0].products', 'missing: expected an array of products'],
    [{ products: [] }, 'statements[0].products', 'expected at least one product'],
    [{ products: ['pkg:npm'] }, 'statements[0].products[0].@id', '"pkg:npm" is not a package URL (no name)'],
    [
      { products: [{ '@id': 'pkg:npm/a', subcomponents: [{ '@id': 'pkg:maven/x@1' }] }] },
      'statements[0].products[0].subcomponents[0].@id',
      'maven needs a namespace',
    ],
    [
      { timestamp: 'yesterday' },
      'statements[0].timestamp',
      '"yesterday" is not a date-time; expected an RFC 3339',
    ],
  ])('refuses a statement with %j at %s', (change, path, message) => {
    const statement = {
      vulnerability: { name: 'CVE-1' },
      products: ['pkg:npm/a@1'],
      status: 'fixed',
      ...change,
    };
    const r = parseOpenVex(doc([statement]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ code: 'VEX_INVALID', path });
    expect(r.issues[0]?.message).toContain(message);
  });

  it.each([
    [{ '@id': undefined }, '@id'],
    [{ statements: undefined }, 'statements'],
    [{ statements: {} }, 'statements'],
    [{ timestamp: 12 }, 'timestamp'],
  ])('refuses a document with %j at %s', (change, path) => {
    const r = parseOpenVex(doc([], change));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toBe(path);
  });

  it('reports at most five issues', () => {
    const bad = Array.from({ length: 20 }, () => ({
      vulnerability: { name: 'CVE-1' },
      products: ['pkg:npm/a'],
    }));
    const r = parseOpenVex(doc(bad));
    expect(r.ok ? 0 : r.issues.length).toBe(5);
  });
});
