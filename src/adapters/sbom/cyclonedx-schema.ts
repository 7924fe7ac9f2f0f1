import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type AnySchemaObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import addDraft2019Formats from 'ajv-formats-draft2019';
import type { InputIssue } from '../../core/input/index.js';
import { ajvIssues } from './ajv-issues.js';

/** The CycloneDX versions Vigil reads (1.7 is refused: ADR 020). */
export const CYCLONEDX_VERSIONS = ['1.2', '1.3', '1.4', '1.5', '1.6'] as const;
export type CycloneDxVersion = (typeof CYCLONEDX_VERSIONS)[number];

export const isCycloneDxVersion = (v: unknown): v is CycloneDxVersion =>
  (CYCLONEDX_VERSIONS as readonly unknown[]).includes(v);

const validators = new Map<CycloneDxVersion, ValidateFunction>();

/**
 * Validates a CycloneDX JSON value against the official schema shipped in @cyclonedx/cyclonedx-library,
 * compiled once per version with ajv and without `uniqueItems`: ajv checks that keyword pairwise, which took
 * 52 s on 20,000 components (ECOSYSTEM.md); without it the same file takes about 0.1 s. Returns issues
 * (at most `limit`) with paths such as `components[3].purl`.
 */
export function validateCycloneDx(data: unknown, version: CycloneDxVersion, limit = 20): InputIssue[] {
  const validate = validatorFor(version);
  return validate(data) ? [] : ajvIssues(validate.errors ?? [], data, `CycloneDX ${version}`, limit);
}

function validatorFor(version: CycloneDxVersion): ValidateFunction {
  let validate = validators.get(version);
  if (!validate) {
    const dir = schemaFolder();
    const load = (file: string) =>
      withoutUniqueItems(JSON.parse(readFileSync(join(dir, file), 'utf8'))) as AnySchemaObject;
    const ajv = new Ajv({
      strict: false,
      allErrors: true,
      useDefaults: false,
      // the bom schemas refer to these two by their full $id; nothing is fetched over the network
      schemas: {
        'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json': load('spdx.SNAPSHOT.schema.json'),
        'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json': load('jsf-0.82.SNAPSHOT.schema.json'),
      },
      loadSchema: (uri) => Promise.reject(new Error(`remote schemas are disabled: ${uri}`)),
    });
    // ajv-formats is CommonJS with a `default` property: the one spelling that works under NodeNext typing
    addFormats.default(ajv);
    addDraft2019Formats(ajv, { formats: ['idn-email'] });
    ajv.addFormat('iri-reference', true);
    validate = ajv.compile(load(`bom-${version}.SNAPSHOT.schema.json`));
    validators.set(version, validate);
  }
  return validate;
}

function schemaFolder(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')), 'res', 'schema');
}

function withoutUniqueItems(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutUniqueItems);
  if (node === null || typeof node !== 'object') return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node))
    if (key !== 'uniqueItems') copy[key] = withoutUniqueItems(value);
  return copy;
}
