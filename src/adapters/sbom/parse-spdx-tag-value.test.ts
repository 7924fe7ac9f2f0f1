import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../../test/support/shared-data.js';
import { parseSbom } from './parse-sbom.js';
import { parsedSbom } from './test-support/parsed-sbom.js';

describe('SPDX tag-value: a Python service (2.3)', () => {
  const doc = parsedSbom(
    readFileSync(new URL('./fixtures/spdx-2.3-python-app.spdx', import.meta.url)),
    'spdx-2.3-python-app.spdx',
  );
  const byName = (name: string) => doc.components.find((c) => c.name === name);

  it('reads the document and the described package as its subject', () => {
    expect(doc).toMatchObject({
      format: 'spdx',
      specVersion: '2.3',
      encoding: 'tag-value',
      name: 'billing-worker-1.8.0',
      serialNumber: 'https://sbom.example.com/spdxdocs/billing-worker-1.8.0-0f4b5a1e',
      createdAt: '2024-06-02T08:30:00Z',
      tools: ['sbom-maker-3.2.1'],
      subject: {
        ref: 'SPDXRef-Package-billing-worker',
        name: 'billing-worker',
        version: '1.8.0',
        digest: 'sha256:0ea55c28f8014d8886b6248fe3da5d588f55c0823847a6b4579f1131b051b5e2',
      },
    });
  });

  it('turns the other packages into components, files excluded', () => {
    expect(doc.components.map((c) => [c.ref, c.version, c.type, c.purlText])).toEqual([
      ['SPDXRef-Package-requests', '2.31.0', 'library', 'pkg:pypi/requests@2.31.0'],
      ['SPDXRef-Package-charset-normalizer', '3.3.2', '', 'pkg:pypi/Charset_Normalizer@3.3.2'],
      ['SPDXRef-Package-PyYAML', '6.0.1', '', 'pkg:pypi/PyYAML@6.0.1'],
      ['SPDXRef-Package-internal-ledger-client', '0.4.2', '', undefined],
    ]);
    expect(byName('charset-normalizer')?.purl?.name).toBe('charset-normalizer');
    expect(byName('PyYAML')?.purl?.name).toBe('pyyaml');
  });

  it('reads licences (NOASSERTION skipped), checksums and CPEs', () => {
    expect(byName('requests')?.licenses).toEqual(['Apache-2.0']);
    expect(byName('PyYAML')?.licenses).toEqual(['MIT']);
    expect(byName('internal-ledger-client')?.licenses).toEqual(['LicenseRef-Example-Proprietary']);
    expect(byName('charset-normalizer')).toMatchObject({
      hashes: [{ alg: 'sha-1', value: '0ea55c28f8014d8886b6248fe3da5d588f55c082' }],
      cpe: 'cpe:2.3:a:charset-normalizer:charset-normalizer:3.3.2:*:*:*:*:*:*:*',
    });
  });

  it('turns DEPENDS_ON and DEPENDENCY_OF between packages into dependencies', () => {
    expect(doc.dependencies).toEqual([
      {
        ref: 'SPDXRef-Package-billing-worker',
        dependsOn: [
          'SPDXRef-Package-requests',
          'SPDXRef-Package-PyYAML',
          'SPDXRef-Package-internal-ledger-client',
        ],
      },
      { ref: 'SPDXRef-Package-requests', dependsOn: ['SPDXRef-Package-charset-normalizer'] },
    ]);
  });
});

describe('SPDX tag-value refusals name the line', () => {
  const head = 'SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\nSPDXID: SPDXRef-DOCUMENT\nDocumentName: x\n';

  it.each([
    [`${head}this line has no tag\n`, 'SBOM_TAG_VALUE', 'line 5', 'expected "Tag: value"'],
    [`${head}DocumentComment: <text>never closed\n`, 'SBOM_TAG_VALUE', 'line 5', 'expected </text>'],
    [
      `${head}\nPackageName: a\nPackageVersion: 1\n`,
      'SBOM_SCHEMA',
      'line 6: packages[0].SPDXID',
      'missing; expected a string',
    ],
    [
      head.replace('SPDX-2.3', 'SPDX-2.1'),
      'SBOM_SPEC_VERSION',
      'spdxVersion',
      'unsupported spec version "SPDX-2.1"',
    ],
    [`SPDXVersion: SPDX-2.2\nSPDXID: SPDXRef-DOCUMENT\n`, 'SBOM_SCHEMA', 'name', 'missing'],
  ])('%#: %s', (text, code, path, message) => {
    const result = parseSbom(text, { fileName: 'doc.spdx' });
    if (result.ok) expect.fail('expected the document to be refused');
    expect(result.issues[0]).toMatchObject({ code, path });
    expect(result.issues[0]?.message).toContain(message);
  });
});

// ---- every shared SPDX JSON file, written as tag-value by this small serializer, reads the same ----

type Json = Record<string, unknown>;
const list = (value: unknown) => (Array.isArray(value) ? (value as Json[]) : []);
const line = (tag: string, value: unknown) =>
  value === undefined ? [] : [`${tag}: ${String(value).includes('\n') ? `<text>${value}</text>` : value}`];

function toTagValue(doc: Json): string {
  const creation = (doc.creationInfo ?? {}) as Json;
  return [
    ...line('SPDXVersion', doc.spdxVersion),
    ...line('DataLicense', doc.dataLicense),
    ...line('SPDXID', doc.SPDXID),
    ...line('DocumentName', doc.name),
    ...line('DocumentNamespace', doc.documentNamespace),
    ...(creation.creators as string[]).flatMap((c) => line('Creator', c)),
    ...line('Created', creation.created),
    ...list(doc.packages).flatMap((p) => [
      '',
      ...line('PackageName', p.name),
      ...line('SPDXID', p.SPDXID),
      ...line('PackageVersion', p.versionInfo),
      ...line('PackageDownloadLocation', p.downloadLocation),
      ...list(p.checksums).flatMap((c) => line('PackageChecksum', `${c.algorithm}: ${c.checksumValue}`)),
      ...line('PackageLicenseConcluded', p.licenseConcluded),
      ...line('PackageLicenseDeclared', p.licenseDeclared),
      ...line('PackageComment', p.comment),
      ...list(p.externalRefs).flatMap((r) =>
        line('ExternalRef', `${r.referenceCategory} ${r.referenceType} ${r.referenceLocator}`),
      ),
      ...line('PrimaryPackagePurpose', p.primaryPackagePurpose),
    ]),
    '',
    ...list(doc.documentDescribes).flatMap((id) => line('Relationship', `${doc.SPDXID} DESCRIBES ${id}`)),
    ...list(doc.relationships).flatMap((r) =>
      line('Relationship', `${r.spdxElementId} ${r.relationshipType} ${r.relatedSpdxElement}`),
    ),
  ].join('\n');
}

describe('every shared SPDX JSON file, converted to tag-value, gives the same document', () => {
  const dir = sharedData('sbom', 'spdx');

  it.each(readdirSync(dir).filter((f) => f.endsWith('.json')))('%s', (file) => {
    const bytes = readFileSync(join(dir, file));
    const fromJson = parsedSbom(bytes, file);
    const fromTagValue = parsedSbom(
      toTagValue(JSON.parse(bytes.toString('utf8')) as Json),
      file.replace(/json$/, 'spdx'),
    );
    expect(fromTagValue.encoding).toBe('tag-value');
    expect(fromTagValue.components).toEqual(fromJson.components);
    expect(fromTagValue.dependencies).toEqual(fromJson.dependencies);
    expect(fromTagValue.subject).toEqual(fromJson.subject);
    expect({ ...fromTagValue, encoding: 'json' }).toEqual(fromJson);
  });
});
