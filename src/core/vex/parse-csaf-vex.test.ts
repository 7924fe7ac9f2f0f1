import { describe, expect, it } from 'vitest';
import { parseCsafVex } from './parse-csaf-vex.js';

const product = (id: string, name: string, helper?: Record<string, unknown>) => ({
  name,
  product_id: id,
  ...(helper ? { product_identification_helper: helper } : {}),
});

const TREE = {
  branches: [
    {
      category: 'vendor',
      name: 'Acme',
      branches: [
        {
          category: 'product_name',
          name: 'ABC',
          branches: [
            { category: 'product_version', name: '4.2', product: product('ABC-4.2', 'Acme ABC 4.2') },
            {
              category: 'product_version_range',
              name: 'vers:generic/>=1.0|<=2.3',
              product: product('ABC-old', 'Acme ABC <=2.3'),
            },
            {
              category: 'product_version_range',
              name: '<=1.14.0',
              product: product('ABC-text', 'Acme ABC <=1.14.0'),
            },
          ],
        },
      ],
    },
  ],
  full_product_names: [
    product('rhel-9', 'Red Hat Enterprise Linux 9', { cpe: 'cpe:/o:redhat:enterprise_linux:9' }),
    product('xz', 'xz', { purl: 'pkg:rpm/redhat/xz@5.2.5-8.el9?arch=x86_64' }),
    product('image', 'app image', { purl: `pkg:oci/app@sha256:${'cd'.repeat(32)}` }),
    product('blob', 'vendored blob'),
  ],
  relationships: [
    {
      category: 'default_component_of',
      full_product_name: product('rhel-9:xz', 'xz as a component of RHEL 9'),
      product_reference: 'xz',
      relates_to_product_reference: 'rhel-9',
    },
    {
      category: 'default_component_of',
      full_product_name: product('image:xz', 'xz in the app image'),
      product_reference: 'xz',
      relates_to_product_reference: 'image',
    },
    {
      category: 'default_component_of',
      full_product_name: product('image:blob', 'blob in the app image'),
      product_reference: 'blob',
      relates_to_product_reference: 'image',
    },
  ],
  product_groups: [{ group_id: 'G1', product_ids: ['ABC-4.2', 'ABC-old'] }],
};

const csaf = (vulnerabilities: unknown[], tree: unknown = TREE) => ({
  document: {
    category: 'csaf_vex',
    csaf_version: '2.0',
    publisher: { category: 'vendor', name: 'Acme PSIRT', namespace: 'https://acme.example' },
    title: 't',
    tracking: {
      id: 'ACME-2024-1',
      current_release_date: '2024-05-01T10:00:00.000Z',
      status: 'final',
      version: '1',
    },
  },
  product_tree: tree,
  vulnerabilities,
});

const parsed = (json: unknown) => {
  const r = parseCsafVex(json);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const only = (productId: string, extra: Record<string, unknown> = {}) =>
  parsed(csaf([{ cve: 'CVE-2024-1', product_status: { fixed: [productId] }, ...extra }])).statements[0]
    ?.products;

describe('parseCsafVex', () => {
  it('reads the document identity', () => {
    expect(parsed(csaf([]))).toEqual({
      format: 'csaf',
      id: 'ACME-2024-1',
      author: 'Acme PSIRT',
      timestamp: '2024-05-01T10:00:00.000Z',
      statements: [],
    });
  });

  it.each([
    ['ABC-4.2', [{ name: 'Acme ABC 4.2', version: '4.2', subcomponents: [] }]],
    ['ABC-old', [{ name: 'Acme ABC <=2.3', versionRange: 'vers:generic/>=1.0|<=2.3', subcomponents: [] }]],
    ['ABC-text', [{ name: 'Acme ABC <=1.14.0', subcomponents: [] }]],
    [
      'rhel-9',
      [{ name: 'Red Hat Enterprise Linux 9', cpe: 'cpe:/o:redhat:enterprise_linux:9', subcomponents: [] }],
    ],
    [
      'rhel-9:xz',
      [
        {
          purl: expect.objectContaining({ type: 'rpm', name: 'xz', version: '5.2.5-8.el9' }),
          cpe: 'cpe:/o:redhat:enterprise_linux:9',
          subcomponents: [],
        },
      ],
    ],
    [
      'image:xz',
      [
        {
          purl: expect.objectContaining({ type: 'oci', name: 'app' }),
          subcomponents: [expect.objectContaining({ type: 'rpm', name: 'xz' })],
        },
      ],
    ],
    [
      'image:blob',
      [
        {
          purl: expect.objectContaining({ type: 'oci' }),
          subcomponents: [],
          unresolvedSubcomponents: ['vendored blob'],
        },
      ],
    ],
  ])('resolves product %s', (id, scopes) => {
    expect(only(id)).toEqual(scopes);
  });

  it.each([
    ['known_not_affected', 'not_affected'],
    ['known_affected', 'affected'],
    ['first_affected', 'affected'],
    ['last_affected', 'affected'],
    ['fixed', 'fixed'],
    ['first_fixed', 'fixed'],
    ['under_investigation', 'under_investigation'],
  ])('product_status.%s → %s', (list, status) => {
    const value = parsed(
      csaf([{ cve: 'CVE-2024-1', product_status: { [list]: ['xz'], recommended: ['xz'] } }]),
    );
    expect(value.statements.map((s) => s.status)).toEqual([status]);
  });

  it('groups products by status, flag, impact and remediation, resolving group ids', () => {
    const value = parsed(
      csaf([
        {
          cve: 'CVE-2021-44228',
          ids: [{ system_name: 'GitHub', text: 'GHSA-jfh8-c2jp-5v3q' }],
          product_status: {
            known_not_affected: ['ABC-4.2', 'ABC-old', 'xz', 'rhel-9'],
            known_affected: ['image:xz'],
            fixed: ['ABC-text'],
          },
          flags: [{ label: 'component_not_present', date: '2024-04-01T00:00:00Z', group_ids: ['G1'] }],
          threats: [
            {
              category: 'impact',
              details: 'Class removed before shipping.',
              product_ids: ['ABC-4.2', 'ABC-old', 'xz'],
            },
            { category: 'impact', details: 'vulnerable_code_not_in_execute_path', product_ids: ['rhel-9'] },
            { category: 'exploit_status', details: 'none known' },
          ],
          remediations: [{ category: 'vendor_fix', details: 'Update to 5.0.', product_ids: ['image:xz'] }],
        },
      ]),
    );
    expect(
      value.statements.map((s) => [
        s.status,
        s.justification ?? null,
        s.impactStatement ?? null,
        s.actionStatement ?? null,
        s.timestamp,
        s.products.length,
      ]),
    ).toEqual([
      [
        'not_affected',
        'component_not_present',
        'Class removed before shipping.',
        null,
        '2024-04-01T00:00:00.000Z',
        2,
      ],
      ['not_affected', null, 'Class removed before shipping.', null, '2024-05-01T10:00:00.000Z', 1],
      ['not_affected', 'vulnerable_code_not_in_execute_path', null, null, '2024-05-01T10:00:00.000Z', 1],
      ['affected', null, null, 'vendor_fix: Update to 5.0.', '2024-05-01T10:00:00.000Z', 1],
      ['fixed', null, null, null, '2024-05-01T10:00:00.000Z', 1],
    ]);
    expect(value.statements.every((s) => s.vulnerability === 'CVE-2021-44228')).toBe(true);
    expect(value.statements[0]?.aliases).toEqual(['GHSA-jfh8-c2jp-5v3q']);
  });

  it('names the vulnerability by its first id when there is no cve', () => {
    const value = parsed(
      csaf([
        {
          ids: [
            { system_name: 'Acme', text: 'ACME-1' },
            { system_name: 'x', text: 'ACME-1b' },
          ],
          product_status: { fixed: ['xz'] },
        },
      ]),
    );
    expect(value.statements[0]).toMatchObject({ vulnerability: 'ACME-1', aliases: ['ACME-1b'] });
  });

  it.each([
    [
      [{ product_status: { fixed: ['xz'] } }],
      TREE,
      'vulnerabilities[0]',
      'expected a "cve" or an "ids" entry',
    ],
    [
      [{ cve: 'CVE-1' }],
      TREE,
      'vulnerabilities[0].product_status',
      'expected at least one of known_not_affected',
    ],
    [
      [{ cve: 'CVE-1', product_status: { recommended: ['xz'] } }],
      TREE,
      'vulnerabilities[0].product_status',
      'missing',
    ],
    [
      [{ cve: 'CVE-1', product_status: { fixed: ['xz', 'nope'] } }],
      TREE,
      'vulnerabilities[0].product_status.fixed[1]',
      '"nope" is not a product_id',
    ],
    [
      [{ cve: 'CVE-1', product_status: { fixed: 'xz' } }],
      TREE,
      'vulnerabilities[0].product_status.fixed',
      'expected an array of strings',
    ],
    [
      [
        {
          cve: 'CVE-1',
          product_status: { known_not_affected: ['xz'] },
          flags: [{ label: 'not_reachable', product_ids: ['xz'] }],
        },
      ],
      TREE,
      'vulnerabilities[0].flags[0].label',
      '"not_reachable": expected one of component_not_present',
    ],
    [
      [],
      { full_product_names: [product('p', 'p', { purl: 'pkg:npm' })] },
      'product_tree.full_product_names[0].product_identification_helper.purl',
      'is not a package URL',
    ],
    [
      [],
      {
        relationships: [
          {
            category: 'default_component_of',
            full_product_name: product('a:b', 'a:b'),
            product_reference: 'a',
            relates_to_product_reference: 'b',
          },
        ],
      },
      'product_tree.relationships[0].product_reference',
      '"a" is not a product_id',
    ],
  ])('refuses %j (tree %#) at %s', (vulnerabilities, tree, path, message) => {
    const r = parseCsafVex(csaf(vulnerabilities, tree));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ code: 'VEX_INVALID', path });
    expect(r.issues[0]?.message).toContain(message);
  });

  it('refuses a document without tracking', () => {
    const doc = csaf([]);
    const r = parseCsafVex({ ...doc, document: { ...doc.document, tracking: undefined } });
    expect(r).toMatchObject({ ok: false, issues: [{ path: 'document.tracking' }] });
  });
});
