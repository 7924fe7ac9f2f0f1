import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../../../test/support/shared-data.js';
import { SpdxDocument } from './spdx-document.js';

const ajv = new Ajv2019({ strict: false, allErrors: false });
addFormats.default(ajv);
const official = ajv.compile(JSON.parse(readFileSync(sharedData('schemas', 'spdx-2.3-schema.json'), 'utf8')));

const spdxDir = sharedData('sbom', 'spdx');
const documents: [string, unknown][] = [
  [
    'spdx-2.3-example.spdx.json',
    JSON.parse(readFileSync(sharedData('schemas', 'spdx-2.3-example.spdx.json'), 'utf8')),
  ],
  ...readdirSync(spdxDir)
    .filter((f) => f.endsWith('.json'))
    .map((f): [string, unknown] => [f, JSON.parse(readFileSync(join(spdxDir, f), 'utf8'))]),
];

describe('SpdxDocument against the official SPDX 2.3 JSON schema', () => {
  it('the official example is valid under both', () => {
    const example = documents[0]?.[1];
    expect(official(example)).toBe(true);
    expect(SpdxDocument.safeParse(example).success).toBe(true);
  });

  it.each(documents)('%s: accepted by SpdxDocument whenever the official schema accepts it', (_name, doc) => {
    if (official(doc)) expect(SpdxDocument.safeParse(doc).error?.issues).toBeUndefined();
  });

  it('most shared SPDX files are valid under the official schema (the comparison is not vacuous)', () => {
    const accepted = documents.filter(([, doc]) => official(doc)).length;
    expect(accepted).toBeGreaterThanOrEqual(documents.length / 2);
  });

  it.each<[string, (doc: Record<string, unknown>) => Record<string, unknown>]>([
    ['packages is a string', (doc) => ({ ...doc, packages: 'none' })],
    ['a package without SPDXID', (doc) => ({ ...doc, packages: [{ name: 'x', downloadLocation: 'NONE' }] })],
    [
      'a checksum without value',
      (doc) => ({
        ...doc,
        packages: [
          { SPDXID: 'SPDXRef-x', name: 'x', downloadLocation: 'NONE', checksums: [{ algorithm: 'SHA256' }] },
        ],
      }),
    ],
    [
      'a relationship without type',
      (doc) => ({
        ...doc,
        relationships: [{ spdxElementId: 'SPDXRef-DOCUMENT', relatedSpdxElement: 'SPDXRef-x' }],
      }),
    ],
  ])('both refuse a document whose %s', (_what, change) => {
    const broken = change(documents[0]?.[1] as Record<string, unknown>);
    expect(official(broken)).toBe(false);
    expect(SpdxDocument.safeParse(broken).success).toBe(false);
  });
});
