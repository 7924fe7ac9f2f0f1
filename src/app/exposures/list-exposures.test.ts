import { describe, expect, it } from 'vitest';
import { type Purl, parsePurl } from '../../core/purl/index.js';
import { ROUND_CONFIG } from '../../core/risk/test-support/round-config.js';
import type { StoredVexStatement } from '../vex/index.js';
import { exposureKey, listExposures } from './list-exposures.js';
import type { AdvisoryFacts, ExposureRepository, ExposureRow } from './ports.js';
import { memoryExposureRepository } from './test-support/memory-exposure-repository.js';

const config = ROUND_CONFIG;
const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;

const row = (over: Partial<ExposureRow> = {}): ExposureRow => ({
  packageVersionId: 987_654,
  advisoryId: 'GHSA-aaaa-bbbb-cccc',
  vulnerabilityId: 'CVE-2024-1111',
  reason: 'in range',
  fixedVersion: null,
  package: { type: 'npm', namespace: '', name: 'left-pad', version: '1.0.0', distro: '', source: '' },
  artifact: { digest: A, name: 'app', aliases: [{ repository: 'localhost:5000/app', tag: '1.2' }] },
  workload: { namespace: 'shop', name: 'web', kind: 'Deployment', labels: {}, attributes: {} },
  environment: { name: 'production', tier: 'production', criticality: 'high', labels: {} },
  observed: true,
  sources: ['kubernetes'],
  firstSeen: '2026-01-01T00:00:00.000Z',
  ...over,
});

const facts = (id: string, vulnerabilityId: string, aliases: string[]): AdvisoryFacts => ({
  id,
  vulnerabilityId,
  summary: `summary of ${id}`,
  published: null,
  severity: [],
  aliases,
});

const fakeRepo = (
  rows: readonly ExposureRow[],
  advisories: readonly AdvisoryFacts[] = [],
  statements: readonly StoredVexStatement[] = [],
): ExposureRepository => memoryExposureRepository(rows, advisories, { statements });

const purl = (type: string, namespace: string, name: string, version = ''): Purl => ({
  type,
  namespace,
  name,
  version,
  qualifiers: {},
  subpath: '',
});

describe('listExposures', () => {
  it.each([
    [{ type: 'npm', namespace: '@acme', name: 'core', version: '1.0.0' }, 'pkg:npm/%40acme/core@1.0.0'],
    [{ type: 'pypi', namespace: '', name: 'jinja2', version: '2.10' }, 'pkg:pypi/jinja2@2.10'],
    [
      { type: 'golang', namespace: 'github.com/acme', name: 'lib', version: 'v1.2.3+incompatible' },
      'pkg:golang/github.com/acme/lib@v1.2.3+incompatible',
    ],
    [
      {
        type: 'deb',
        namespace: 'debian',
        name: 'libssl3',
        version: '3.0.11-1~deb12u2',
        distro: 'debian-12',
        source: 'openssl@3.0.11-1~deb12u2',
      },
      'pkg:deb/debian/libssl3@3.0.11-1~deb12u2?distro=debian-12&upstream=openssl%403.0.11-1~deb12u2',
    ],
    [
      { type: 'apk', namespace: 'alpine', name: 'libcrypto3', version: '3.1.4-r0', distro: '3.19.0' },
      'pkg:apk/alpine/libcrypto3@3.1.4-r0?distro=3.19.0',
    ],
  ])('shows the canonical purl of %j and keys the exposure by it', async (pkg, expected) => {
    const [e] = await listExposures(fakeRepo([row({ package: { distro: '', source: '', ...pkg } })]), config);
    expect(e?.component.purl).toBe(expected);
    expect(e?.key).toBe(`CVE-2024-1111|${expected}|${A}|production/shop/web`);
  });

  it('keys by natural values only: no database id in the key or anywhere in the output', async () => {
    const list = await listExposures(fakeRepo([row()]), config);
    expect(list.map((e) => e.key)).toEqual([`CVE-2024-1111|pkg:npm/left-pad@1.0.0|${A}|production/shop/web`]);
    expect(Object.keys(list[0] ?? {})).not.toContain('packageVersionId');
    expect(JSON.stringify(list)).not.toContain('987654');
  });

  it('a workload without a namespace is keyed environment/name', async () => {
    const [e] = await listExposures(
      fakeRepo([
        row({ workload: { namespace: '', name: 'web', kind: 'Service', labels: {}, attributes: {} } }),
      ]),
      config,
    );
    expect(e?.key).toBe(`CVE-2024-1111|pkg:npm/left-pad@1.0.0|${A}|production/web`);
  });

  it('gives the same exposures whatever order the store returns the rows in', async () => {
    const rows = [
      row({ advisoryId: 'GHSA-zzzz-zzzz-zzzz', reason: 'listed version', fixedVersion: null }),
      row({ advisoryId: 'GHSA-aaaa-aaaa-aaaa', reason: 'in range', fixedVersion: '1.0.1' }),
      row({ environment: { name: 'staging', tier: 'staging', criticality: 'medium', labels: {} } }),
      row({ artifact: { digest: B, name: '', aliases: [] }, packageVersionId: 5 }),
    ];
    const advisories = [
      facts('GHSA-aaaa-aaaa-aaaa', 'CVE-2024-1111', ['CVE-2024-1111']),
      facts('GHSA-zzzz-zzzz-zzzz', 'CVE-2024-1111', ['CVE-2024-1111']),
    ];
    const forward = await listExposures(fakeRepo(rows, advisories), config);
    const backward = await listExposures(fakeRepo([...rows].reverse(), advisories), config);
    expect(backward).toEqual(forward);
    const merged = forward.find((e) => e.environment === 'production' && e.artifact === A);
    expect(merged?.advisories).toEqual(['GHSA-aaaa-aaaa-aaaa', 'GHSA-zzzz-zzzz-zzzz']);
    expect([merged?.matched, merged?.fixedVersion]).toEqual(['in range', '1.0.1']);
  });

  it('orders ties in decision and score by key', async () => {
    const on = (name: string, digest: string) =>
      row({
        workload: { namespace: 'shop', name, kind: 'Deployment', labels: {}, attributes: {} },
        artifact: { digest, name: '', aliases: [] },
      });
    const list = await listExposures(
      fakeRepo([on('worker', A), on('web', B), on('api', B), on('web', A)]),
      config,
    );
    expect(new Set(list.map((e) => `${e.decision} ${e.score}`)).size).toBe(1);
    expect(list.map((e) => `${e.artifact.slice(7, 8)} ${e.workload}`)).toEqual([
      'a shop/web',
      'a shop/worker',
      'b shop/api',
      'b shop/web',
    ]);
  });

  it('names the artifact by its image name, registry port included', async () => {
    const [e] = await listExposures(fakeRepo([row()]), config);
    expect(e?.artifactName).toBe('localhost:5000/app:1.2');
  });

  it.each([
    ['pkg:oci/app?repository_url=localhost:5000/app', true],
    ['pkg:oci/app?repository_url=localhost:5001/app', false],
    ['pkg:oci/app?repository_url=localhost', false],
    [`pkg:oci/app@${A}?repository_url=localhost:5000/app`, true],
  ])(
    'a VEX statement scoped to %s applies by repository, registry port included: %s',
    async (product, applies) => {
      const scope = parsePurl(product);
      if (!scope.ok) throw new Error(product);
      const statement: StoredVexStatement = {
        statementId: 1,
        vulnerability: 'CVE-2024-1111',
        aliases: [],
        status: 'not_affected',
        justification: 'vulnerable_code_not_in_execute_path',
        products: [{ purl: scope.value, subcomponents: [purl('npm', '', 'left-pad')] }],
        origin: { id: 1, format: 'openvex', documentId: 'doc', source: 'vex.json' },
      };
      const [e] = await listExposures(fakeRepo([row()], [], [statement]), config);
      expect(e?.suppressed).toBe(applies);
    },
  );
});

describe('exposureKey', () => {
  it('joins vulnerability, purl, digest and environment/workload', () => {
    expect(
      exposureKey({
        vulnerability: 'GHSA-aaaa-bbbb-cccc',
        purl: 'pkg:npm/%40acme/core@1.0.0',
        artifact: A,
        environment: 'staging',
        workload: 'web',
      }),
    ).toBe(`GHSA-aaaa-bbbb-cccc|pkg:npm/%40acme/core@1.0.0|${A}|staging/web`);
  });
});
