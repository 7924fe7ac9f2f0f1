import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../../test/support/shared-data.js';
import type { SbomDocument } from '../../core/sbom/sbom-document.js';
import { parseSbom } from './parse-sbom.js';
import { parsedSbom } from './test-support/parsed-sbom.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('CycloneDX XML: a Debian image (1.4)', () => {
  const doc = parsedSbom(fixture('cdx-1.4-debian-image.xml'), 'cdx-1.4-debian-image.xml');
  const byRef = (ref: string) => doc.components.find((c) => c.ref === ref);

  it('reads the document and its subject', () => {
    expect(doc).toMatchObject({
      format: 'cyclonedx',
      specVersion: '1.4',
      encoding: 'xml',
      serialNumber: 'urn:uuid:98b22203-fd7e-43a5-8779-daa54aa7beb4',
      createdAt: '2024-03-11T09:15:42Z',
      tools: ['anchore syft 0.105.0'],
      subject: {
        ref: 'image-debian',
        digest: 'sha256:f067d10702a40be1972fff70d8de3cfc24c5fdab47fbdb5a72172e0e2cb6c7ac',
        repository: 'registry.example.com/platform/debian',
        tag: '12.5',
      },
    });
    expect(doc.warnings).toBeUndefined();
  });

  it('keeps every component, with or without a purl', () => {
    expect(doc.components.map((c) => [c.ref, c.type, c.name, c.version, c.purl?.name])).toEqual([
      ['os-debian', 'operating-system', 'debian', '12.5', undefined],
      ['pkg-base-files', 'library', 'base-files', '12.4+deb12u5', 'base-files'],
      ['pkg-libc6', 'library', 'libc6', '2.36-9+deb12u4', 'libc6'],
      ['pkg-libssl3', 'library', 'libssl3', '3.0.11-1~deb12u2', 'libssl3'],
      ['pkg-zlib1g', 'library', 'zlib1g', '1:1.2.13.dfsg-1', 'zlib1g'],
      ['pkg-tzdata', 'library', 'tzdata', '2024a-0+deb12u1', 'tzdata'],
      ['file-ca-certificates', 'file', '/etc/ssl/certs/ca-certificates.crt', '', undefined],
    ]);
  });

  it('decodes entities in purls and keeps the distro qualifiers', () => {
    expect(byRef('pkg-libc6')?.purl).toEqual({
      type: 'deb',
      namespace: 'debian',
      name: 'libc6',
      version: '2.36-9+deb12u4',
      qualifiers: { arch: 'amd64', distro: 'debian-12', upstream: 'glibc' },
      subpath: '',
    });
    expect(byRef('pkg-zlib1g')?.purl?.qualifiers.epoch).toBe('1');
  });

  it('reads licences, hashes, cpe and scope', () => {
    expect(byRef('pkg-libc6')).toMatchObject({
      licenses: ['LGPL-2.1-or-later AND GPL-2.0-or-later'],
      scope: 'required',
    });
    expect(byRef('pkg-libssl3')).toMatchObject({
      licenses: ['Apache-2.0', 'OpenSSL license (legacy files)'],
      hashes: [{ alg: 'sha-256', value: '41ffca929b95c49690ab8815d1d1a134a5bcdd86bde407c0f46b90eabf556b05' }],
      scope: '',
    });
    expect(byRef('pkg-base-files')?.cpe).toBe('cpe:2.3:a:base-files:base-files:12.4\\+deb12u5:*:*:*:*:*:*:*');
  });

  it('reads the dependency graph, the subject included', () => {
    expect(doc.dependencies).toEqual([
      { ref: 'image-debian', dependsOn: ['os-debian'] },
      {
        ref: 'os-debian',
        dependsOn: ['pkg-base-files', 'pkg-libc6', 'pkg-libssl3', 'pkg-zlib1g', 'pkg-tzdata'],
      },
      { ref: 'pkg-libssl3', dependsOn: ['pkg-libc6'] },
      { ref: 'pkg-zlib1g', dependsOn: ['pkg-libc6'] },
    ]);
  });
});

describe('CycloneDX XML: a Node.js service (1.6, prefixed namespace, nested components)', () => {
  const doc = parsedSbom(fixture('cdx-1.6-node-service.xml'), 'cdx-1.6-node-service.xml');

  it('flattens nested components in document order, each with its own ref', () => {
    expect(
      doc.components.map((c) => [
        c.ref,
        c.group,
        c.purl ? `${c.purl.namespace}/${c.purl.name}@${c.purl.version}` : undefined,
      ]),
    ).toEqual([
      ['express@4.19.2', undefined, '/express@4.19.2'],
      ['express@4.19.2|debug@2.6.9', undefined, '/debug@2.6.9'],
      ['express@4.19.2|debug@2.6.9|ms@2.0.0', undefined, '/ms@2.0.0'],
      ['@types/node@20.11.30', '@types', '@types/node@20.11.30'],
      ['vendored-chart-lib', undefined, undefined],
    ]);
  });

  it('reads 1.5-style tools and the application subject', () => {
    expect(doc.tools).toEqual(['@cyclonedx cyclonedx-npm 1.19.3']);
    expect(doc.subject).toEqual({
      ref: 'orders-api@2.4.0',
      name: 'orders-api',
      version: '2.4.0',
      purl: 'pkg:npm/orders-api@2.4.0',
    });
    expect(doc.subject.digest).toBeUndefined();
    expect(doc.dependencies[0]).toEqual({
      ref: 'orders-api@2.4.0',
      dependsOn: ['express@4.19.2', 'vendored-chart-lib'],
    });
  });
});

describe('CycloneDX XML structural checks', () => {
  const bom = (body: string) =>
    `<bom xmlns="http://cyclonedx.org/schema/bom/1.3" version="1"><components>${body}</components></bom>`;

  it.each([
    ['<component type="library"><version>1</version></component>', 'components[0].name', 'missing'],
    ['<component type="library"><name>a</name></component>', 'components[0].version', 'missing'],
    ['<component><name>a</name><version>1</version></component>', 'components[0].type', 'missing'],
    [
      '<component type="gadget"><name>a</name><version>1</version></component>',
      'components[0].type',
      '"gadget" is not allowed',
    ],
    [
      '<component type="library"><name>a</name><version>1</version><hashes><hash alg="SHA-256">xyz</hash></hashes></component>',
      'components[0].hashes[0].content',
      '"xyz" has the wrong form',
    ],
  ])('%s → %s', (body, path, message) => {
    const result = parseSbom(bom(body), { fileName: 'bom.xml' });
    if (result.ok) expect.fail('expected the document to be refused');
    expect(result.issues[0]).toMatchObject({ code: 'SBOM_SCHEMA', path });
    expect(result.issues[0]?.message).toContain(message);
  });
});

// ---- every shared CycloneDX JSON file, written as XML by this small serializer, reads the same ----

type Json = Record<string, unknown>;
const escapeXml = (text: unknown) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
const element = (name: string, value: unknown) =>
  value === undefined ? '' : `<${name}>${escapeXml(value)}</${name}>`;
const list = (value: unknown) => (Array.isArray(value) ? (value as Json[]) : []);
const attrs = (pairs: Record<string, unknown>) =>
  Object.entries(pairs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');

function componentXml(c: Json, version: string): string {
  const licenses = list(c.licenses)
    .map((l) =>
      l.expression !== undefined
        ? element('expression', l.expression)
        : `<license>${element('id', (l.license as Json).id)}${element('name', (l.license as Json).name)}</license>`,
    )
    .join('');
  const nested = list(c.components);
  return [
    `<component${attrs({ type: c.type, 'bom-ref': c['bom-ref'] })}>`,
    element('group', c.group),
    element('name', c.name),
    element('version', c.version),
    element('scope', c.scope),
    c.hashes
      ? `<hashes>${list(c.hashes)
          .map((h) => `<hash alg="${escapeXml(h.alg)}">${escapeXml(h.content)}</hash>`)
          .join('')}</hashes>`
      : '',
    c.licenses ? `<licenses>${licenses}</licenses>` : '',
    element('cpe', c.cpe),
    // as cyclonedx-php-composer writes them: text in CDATA sections
    c.purl === undefined ? '' : `<purl><![CDATA[${c.purl}]]></purl>`,
    c.properties && version !== '1.2'
      ? `<properties>${list(c.properties)
          .map((p) => `<property name="${escapeXml(p.name)}">${escapeXml(p.value ?? '')}</property>`)
          .join('')}</properties>`
      : '',
    nested.length ? `<components>${nested.map((n) => componentXml(n, version)).join('')}</components>` : '',
    '</component>',
  ].join('');
}

function toolsXml(tools: unknown, version: string): string {
  if (Array.isArray(tools))
    return `<tools>${list(tools)
      .map(
        (t) =>
          `<tool>${element('vendor', t.vendor)}${element('name', t.name)}${element('version', t.version)}</tool>`,
      )
      .join('')}</tools>`;
  const object = tools as Json | undefined;
  if (!object) return '';
  return `<tools><components>${list(object.components)
    .map((c) => componentXml(c, version))
    .join('')}</components></tools>`;
}

function toXml(bom: Json): string {
  const version = String(bom.specVersion);
  const metadata = bom.metadata as Json | undefined;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<bom xmlns="http://cyclonedx.org/schema/bom/${version}"${attrs({ serialNumber: bom.serialNumber, version: bom.version })}>`,
    metadata
      ? `<metadata>${element('timestamp', metadata.timestamp)}${toolsXml(metadata.tools, version)}${metadata.component ? componentXml(metadata.component as Json, version) : ''}</metadata>`
      : '',
    `<components>${list(bom.components)
      .map((c) => componentXml(c, version))
      .join('\n')}</components>`,
    bom.dependencies
      ? `<dependencies>${list(bom.dependencies)
          .map(
            (d) =>
              `<dependency ref="${escapeXml(d.ref)}">${((d.dependsOn as string[] | undefined) ?? []).map((r) => `<dependency ref="${escapeXml(r)}"/>`).join('')}</dependency>`,
          )
          .join('\n')}</dependencies>`
      : '',
    '</bom>',
  ].join('\n');
}

describe('every shared CycloneDX 1.2–1.6 JSON file, converted to XML, gives the same document', () => {
  const dir = sharedData('sbom', 'cyclonedx');
  const supported = readdirSync(dir).filter((f) => /^cdx-1\.[2-6]_.*\.json$/.test(f));

  it.each(supported)('%s', (file) => {
    const bytes = readFileSync(join(dir, file));
    const fromJson = parsedSbom(bytes, file);
    const fromXml = parsedSbom(
      toXml(JSON.parse(bytes.toString('utf8')) as Json),
      file.replace(/json$/, 'xml'),
    );
    const summary = (d: SbomDocument) =>
      d.components.map((c) => ({ name: c.name, version: c.version, purl: c.purlText }));
    expect(fromXml.encoding).toBe('xml');
    expect(summary(fromXml)).toEqual(summary(fromJson));
    expect(fromXml.components).toEqual(fromJson.components);
    expect(fromXml.dependencies).toEqual(fromJson.dependencies);
    expect(fromXml.subject).toEqual(fromJson.subject);
    expect(fromXml.tools).toEqual(fromJson.tools);
  });
});
