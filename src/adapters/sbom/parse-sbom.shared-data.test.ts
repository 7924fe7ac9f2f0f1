import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../../test/support/shared-data.js';
import { parseSbom } from './parse-sbom.js';
import { parsedSbom } from './test-support/parsed-sbom.js';

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

const cyclonedxDir = sharedData('sbom', 'cyclonedx');
const spdxDir = sharedData('sbom', 'spdx');
const files = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json'));
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json;

/** Components counted straight from the JSON, nested ones included: [all, without a purl]. */
function countCycloneDx(components: Json[]): [number, number] {
  let all = 0;
  let withoutPurl = 0;
  for (const c of components) {
    const [nestedAll, nestedWithout] = countCycloneDx(list(c.components));
    all += 1 + nestedAll;
    withoutPurl += (typeof c.purl === 'string' && c.purl ? 0 : 1) + nestedWithout;
  }
  return [all, withoutPurl];
}

/** Packages counted straight from the JSON, less the one the document describes: [all, without a purl]. */
function countSpdx(doc: Json): [number, number] {
  const described = new Set([
    ...list(doc.documentDescribes).map(String),
    ...list(doc.relationships)
      .filter((r) => r.relationshipType === 'DESCRIBES' && r.spdxElementId === doc.SPDXID)
      .map((r) => String(r.relatedSpdxElement)),
  ]);
  const packages = list(doc.packages).filter((p) => !described.has(String(p.SPDXID)));
  const withoutPurl = packages.filter(
    (p) => !list(p.externalRefs).some((r) => r.referenceType === 'purl'),
  ).length;
  return [packages.length, withoutPurl];
}

describe('parseSbom on every CycloneDX file of shared/data', () => {
  const supported = files(cyclonedxDir).filter((f) => !f.startsWith('cdx-1.7'));
  const refused = files(cyclonedxDir).filter((f) => f.startsWith('cdx-1.7'));

  it('has files of each kind', () => {
    expect(supported.length).toBeGreaterThanOrEqual(10);
    expect(refused.length).toBeGreaterThanOrEqual(1);
  });

  it.each(supported)('%s parses with every component', (file) => {
    const path = join(cyclonedxDir, file);
    const raw = readJson(path);
    const doc = parsedSbom(readFileSync(path), file);
    const [all, withoutPurl] = countCycloneDx(list(raw.components));
    expect(doc).toMatchObject({ format: 'cyclonedx', encoding: 'json', specVersion: raw.specVersion });
    expect(doc.components).toHaveLength(all);
    expect(doc.components.filter((c) => !c.purlText)).toHaveLength(withoutPurl);
    expect(new Set(doc.components.map((c) => c.ref)).size).toBe(all);
    expect(doc.dependencies.length).toBeLessThanOrEqual(list(raw.dependencies).length);
    const subject = (raw.metadata as Json | undefined)?.component as Json | undefined;
    if (subject) expect(doc.subject.name).toBe(subject.name);
  });

  it.each(refused)('%s (CycloneDX 1.7) is refused with "unsupported spec version"', (file) => {
    const result = parseSbom(readFileSync(join(cyclonedxDir, file)), { fileName: file });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'SBOM_SPEC_VERSION',
        path: 'specVersion',
        message: expect.stringContaining('unsupported spec version "1.7"'),
      }),
    ]);
    expect(result.issues[0]?.message).toContain('1.2, 1.3, 1.4, 1.5 or 1.6');
  });
});

describe('parseSbom on every SPDX file of shared/data', () => {
  it.each(files(spdxDir))('%s parses with every package but the described one', (file) => {
    const path = join(spdxDir, file);
    const raw = readJson(path);
    const doc = parsedSbom(readFileSync(path), file);
    const [all, withoutPurl] = countSpdx(raw);
    expect(doc).toMatchObject({
      format: 'spdx',
      encoding: 'json',
      specVersion: String(raw.spdxVersion).slice(5),
    });
    expect(doc.components).toHaveLength(all);
    expect(doc.components.filter((c) => !c.purlText)).toHaveLength(withoutPurl);
    expect(doc.serialNumber).toBe(raw.documentNamespace);
  });
});

describe('the artifact digest of image SBOMs', () => {
  // the expected digest is read from the file by hand-written paths, not by the parser
  it.each<[string, string, (raw: Json) => unknown]>([
    [
      'cyclonedx',
      'cdx-1.4_image_alpine-latest_syft.json',
      (raw) => ((raw.metadata as Json).component as Json).version,
    ],
    [
      'cyclonedx',
      'cdx-1.4_image_mongo_syft.json',
      (raw) => ((raw.metadata as Json).component as Json).version,
    ],
    [
      'cyclonedx',
      'cdx-1.4_image_distroless-static-nonroot_syft.json',
      (raw) => ((raw.metadata as Json).component as Json).version,
    ],
    [
      'spdx',
      'spdx-2.3_image_apko-x86_64.json',
      (raw) => `sha256:${(list(list(raw.packages)[0]?.checksums)[0] as Json).checksumValue}`,
    ],
  ])('%s/%s names its digest', (dir, file, expected) => {
    const path = join(dir === 'spdx' ? spdxDir : cyclonedxDir, file);
    const doc = parsedSbom(readFileSync(path), file);
    expect(doc.subject.digest).toBe(expected(readJson(path)));
    expect(doc.subject.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it.each([
    ['cdx-1.4_image_alpine-latest_syft.json', 'docker.io/library/alpine', 'latest'],
    ['cdx-1.4_image_distroless-static-nonroot_syft.json', 'gcr.io/distroless/static', 'nonroot'],
    ['cdx-1.4_image_mongo_syft.json', 'docker.io/library/mongo', undefined],
  ])('%s names repository %s and tag %s', (file, repository, tag) => {
    const doc = parsedSbom(readFileSync(join(cyclonedxDir, file)), file);
    expect(doc.subject.repository).toBe(repository);
    expect(doc.subject.tag).toBe(tag);
  });

  it.each(['cdx-1.2_npm_juice-shop-11.1.2.json', 'cdx-1.6_pypi_poetry-regression-issue702.json'])(
    '%s (an application without hashes) names no digest',
    (file) => {
      const doc = parsedSbom(readFileSync(join(cyclonedxDir, file)), file);
      expect(doc.subject.digest).toBeUndefined();
    },
  );
});
