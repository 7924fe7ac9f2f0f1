import { describe, expect, it } from 'vitest';
import { parseCycloneDxVex } from './parse-cyclone-dx-vex.js';

const SERIAL = 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79';
const OTHER = 'urn:cdx:cbb2cd68-2857-43b8-a10b-e8c03d277d18/1';

const bom = (vulnerabilities: unknown[], extra: Record<string, unknown> = {}) => ({
  bomFormat: 'CycloneDX',
  specVersion: '1.5',
  serialNumber: SERIAL,
  version: 2,
  metadata: {
    timestamp: '2024-03-01T00:00:00Z',
    authors: [{ name: 'Acme PSIRT' }],
    component: { 'bom-ref': 'app', name: 'Acme App', version: '2.4', type: 'application' },
  },
  components: [
    {
      'bom-ref': 'lib',
      name: 'jackson-databind',
      purl: 'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.10.0?type=jar',
    },
    {
      'bom-ref': 'outer',
      name: 'outer',
      components: [{ 'bom-ref': 'inner', name: 'inner', purl: 'pkg:npm/inner@1.0.0' }],
    },
  ],
  vulnerabilities,
  ...extra,
});

const vuln = (ref: string, extra: Record<string, unknown> = {}) => ({
  id: 'CVE-2020-25649',
  analysis: { state: 'not_affected', justification: 'code_not_reachable' },
  affects: [{ ref }],
  ...extra,
});

const parsed = (json: unknown) => {
  const r = parseCycloneDxVex(json);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const scopesOf = (json: unknown) => parsed(json).statements.flatMap((s) => s.products);

describe('parseCycloneDxVex', () => {
  it('reads the document identity and one statement per vulnerability', () => {
    const value = parsed(
      bom([
        vuln('lib', {
          references: [{ id: 'GHSA-288c-cq4h-88gq', source: { name: 'GitHub' } }, { id: 'CVE-2020-25649' }],
          recommendation: 'Upgrade to 2.10.5.1.',
          analysis: {
            state: 'not_affected',
            justification: 'code_not_reachable',
            response: ['will_not_fix', 'update'],
            detail: 'not reachable',
            lastUpdated: '2024-04-01T00:00:00Z',
          },
        }),
      ]),
    );
    expect(value).toMatchObject({
      format: 'cyclonedx',
      id: `${SERIAL}/2`,
      author: 'Acme PSIRT',
      timestamp: '2024-03-01T00:00:00.000Z',
    });
    expect(value.statements).toEqual([
      {
        vulnerability: 'CVE-2020-25649',
        aliases: ['GHSA-288c-cq4h-88gq'],
        status: 'not_affected',
        justification: 'vulnerable_code_not_in_execute_path',
        originalJustification: 'code_not_reachable',
        actionStatement: 'Upgrade to 2.10.5.1. Response: will_not_fix, update.',
        detail: 'not reachable',
        timestamp: '2024-04-01T00:00:00.000Z',
        products: [
          {
            purl: {
              type: 'maven',
              namespace: 'com.fasterxml.jackson.core',
              name: 'jackson-databind',
              version: '2.10.0',
              qualifiers: { type: 'jar' },
              subpath: '',
            },
            subcomponents: [],
          },
        ],
      },
    ]);
  });

  it.each([
    ['resolved', 'fixed'],
    ['resolved_with_pedigree', 'fixed'],
    ['exploitable', 'affected'],
    ['in_triage', 'under_investigation'],
    ['false_positive', 'not_affected'],
    ['not_affected', 'not_affected'],
  ])('analysis.state %s → %s', (state, status) => {
    const [s] = parsed(bom([vuln('lib', { analysis: { state } })])).statements;
    expect(s?.status).toBe(status);
  });

  it.each([
    ['code_not_present', 'vulnerable_code_not_present'],
    ['code_not_reachable', 'vulnerable_code_not_in_execute_path'],
    ['requires_configuration', 'vulnerable_code_not_in_execute_path'],
    ['requires_dependency', 'component_not_present'],
    ['requires_environment', 'vulnerable_code_cannot_be_controlled_by_adversary'],
    ['protected_by_compiler', 'inline_mitigations_already_exist'],
    ['protected_at_runtime', 'inline_mitigations_already_exist'],
    ['protected_at_perimeter', 'vulnerable_code_cannot_be_controlled_by_adversary'],
    ['protected_by_mitigating_control', 'inline_mitigations_already_exist'],
  ])('analysis.justification %s → %s, the original kept', (justification, mapped) => {
    const [s] = parsed(bom([vuln('lib', { analysis: { state: 'not_affected', justification } })])).statements;
    expect(s).toMatchObject({ justification: mapped, originalJustification: justification });
  });

  it('keeps false_positive as the original justification when there is no label', () => {
    const [s] = parsed(bom([vuln('lib', { analysis: { state: 'false_positive' } })])).statements;
    expect(s).toMatchObject({ status: 'not_affected', originalJustification: 'false_positive' });
    expect(s?.justification).toBeUndefined();
  });

  it.each([
    [
      'a component by bom-ref',
      'lib',
      { purl: expect.objectContaining({ name: 'jackson-databind', version: '2.10.0' }) },
    ],
    ['a nested component', 'inner', { purl: expect.objectContaining({ type: 'npm', name: 'inner' }) }],
    ['the metadata component, which has no purl', 'app', { name: 'Acme App', version: '2.4' }],
    [
      'a BOM-Link into this same BOM',
      'urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/2#inner',
      { purl: expect.objectContaining({ name: 'inner' }) },
    ],
    [
      'a BOM-Link with a percent-encoded bom-ref',
      'urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/2#i%6Ener',
      { purl: expect.objectContaining({ name: 'inner' }) },
    ],
    [
      'a BOM-Link to a purl in another BOM',
      `${OTHER}#pkg:npm/left-pad@1.3.0`,
      { purl: expect.objectContaining({ name: 'left-pad', version: '1.3.0' }), note: `in BOM ${OTHER}` },
    ],
    [
      'a BOM-Link to a bom-ref in another BOM',
      `${OTHER}#product-ABC`,
      { name: 'product-ABC', note: `bom-ref in another BOM (${OTHER}); not resolvable from this document` },
    ],
    [
      'a bom-ref missing from this BOM',
      'nowhere',
      { name: 'nowhere', note: 'bom-ref not found in this document' },
    ],
    [
      'a missing bom-ref that is a purl',
      'pkg:npm/x@2',
      { purl: expect.objectContaining({ name: 'x', version: '2' }) },
    ],
  ])('resolves %s', (_what, ref, scope) => {
    expect(scopesOf(bom([vuln(ref)]))).toEqual([{ ...scope, subcomponents: [] }]);
  });

  it('narrows a product to its listed versions and ranges', () => {
    const affects = [
      {
        ref: 'lib',
        versions: [{ version: '2.9.0', status: 'unaffected' }, { range: 'vers:maven/>=2.10|<2.11' }],
      },
      { ref: 'app', versions: [{ version: '2.5' }, { range: 'vers:generic/>=1.0|<=2.3' }] },
    ];
    const scopes = scopesOf(bom([vuln('lib', { affects })]));
    expect(
      scopes.map((s) => [s.purl?.version ?? null, s.name ?? null, s.version ?? null, s.versionRange ?? null]),
    ).toEqual([
      ['2.9.0', null, null, null],
      ['', null, null, 'vers:maven/>=2.10|<2.11'],
      [null, 'Acme App', '2.5', null],
      [null, 'Acme App', null, 'vers:generic/>=1.0|<=2.3'],
    ]);
  });

  it('reads a BOM without vulnerabilities as a document without statements', () => {
    expect(parsed(bom([], { vulnerabilities: undefined })).statements).toEqual([]);
  });

  it.each([
    [{ analysis: undefined }, 'vulnerabilities[0].analysis', 'missing: expected an analysis with a state'],
    [
      { analysis: { detail: 'x' } },
      'vulnerabilities[0].analysis.state',
      'missing: expected one of resolved,',
    ],
    [
      { analysis: { state: 'affected' } },
      'vulnerabilities[0].analysis.state',
      '"affected": expected one of resolved, resolved_with_pedigree',
    ],
    [
      { analysis: { state: 'not_affected', justification: 'vulnerable_code_not_present' } },
      'vulnerabilities[0].analysis.justification',
      'expected one of code_not_present',
    ],
    [{ id: undefined }, 'vulnerabilities[0].id', 'missing'],
    [{ affects: [] }, 'vulnerabilities[0].affects', 'expected at least one affected product'],
    [
      { affects: [{ ref: 'lib', versions: [{ status: 'affected' }] }] },
      'vulnerabilities[0].affects[0].versions[0]',
      'expected a version or a range',
    ],
    [
      { analysis: { state: 'resolved', lastUpdated: '03/03/2022' } },
      'vulnerabilities[0].analysis.lastUpdated',
      'is not a date-time',
    ],
  ])('refuses a vulnerability with %j at %s', (change, path, message) => {
    const r = parseCycloneDxVex(bom([vuln('lib', change)]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ code: 'VEX_INVALID', path });
    expect(r.issues[0]?.message).toContain(message);
  });

  it('refuses a referenced component with a broken purl, naming the component', () => {
    const r = parseCycloneDxVex(
      bom([vuln('bad')], {
        components: [{ 'bom-ref': 'bad', name: 'bad', purl: 'pkg:maven/commons-io@2.6' }],
      }),
    );
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'VEX_INVALID', path: 'components[0].purl' }] });
  });

  it('refuses a document that is not a CycloneDX BOM', () => {
    const r = parseCycloneDxVex({ bomFormat: 'SPDX' });
    expect(r).toMatchObject({
      ok: false,
      issues: [{ path: 'bomFormat', message: '"SPDX": expected "CycloneDX"' }],
    });
  });
});
