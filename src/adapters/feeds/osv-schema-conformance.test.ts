import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedData } from '../../../test/support/shared-data.js';
import { parseOsvRecord } from '../../core/advisory/index.js';
import { readZip } from './read-zip.js';

/**
 * Vigil's OSV schema (core/advisory OsvRecord) against the official JSON schema, over every record of
 * ../shared/data/osv: whatever the official schema accepts, ours accepts; and ours decides exactly as the
 * official schema with the relaxations docs/adr/030-feeds.md lists (open ecosystem and id-prefix lists,
 * unknown top-level fields, URL format, GIT commit hash shape, CVSS vector shape).
 */
type Json = Record<string, unknown>;

function relax(official: Json): Json {
  const schema = structuredClone(official) as Json & { $defs: Json; properties: Json; allOf?: unknown };
  schema.additionalProperties = true;
  schema.$defs.ecosystemWithSuffix = { type: 'string', minLength: 1 };
  schema.$defs.prefix = { type: 'string', minLength: 1 };
  delete (schema.$defs.severity as { items: Json }).items.allOf;
  const properties = schema.properties as Json & {
    references: { items: { properties: { url: Json } } };
    affected: { items: { properties: { ranges: { items: { allOf: Json[] } } } } };
  };
  properties.references.items.properties.url = { type: 'string' };
  const range = properties.affected.items.properties.ranges.items;
  range.allOf = range.allOf.filter(
    (clause) => clause.title !== 'GIT ranges must use full-length commit hashes',
  );
  return schema;
}

interface Sample {
  readonly ecosystem: string;
  readonly name: string;
  readonly json: unknown;
}

const samples: Sample[] = [];
let officialValidate: (v: unknown) => boolean;
let relaxedValidate: (v: unknown) => boolean;

beforeAll(async () => {
  const official = JSON.parse(readFileSync(sharedData('schemas', 'osv-schema.json'), 'utf8')) as Json;
  const make = () => {
    const ajv = new Ajv2020.default({ allErrors: false, strict: false });
    addFormats.default(ajv);
    return ajv;
  };
  officialValidate = make().compile(official);
  relaxedValidate = make().compile(relax(official));
  const root = sharedData('osv');
  for (const ecosystem of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const entries = await readZip(readFileSync(join(root, ecosystem.name, 'all.zip')), ecosystem.name);
    for (const e of entries)
      samples.push({ ecosystem: ecosystem.name, name: e.name, json: JSON.parse(e.data.toString('utf8')) });
  }
}, 120_000);

describe('OsvRecord against the official OSV schema', () => {
  it('reads all the shared records', () => {
    expect(samples.length).toBeGreaterThan(60_000);
  });

  it('accepts every record the official schema accepts', () => {
    const refused = samples
      .filter((s) => officialValidate(s.json) && !parseOsvRecord(s.json, s.name).ok)
      .map((s) => `${s.ecosystem}/${s.name}`);
    expect(refused).toEqual([]);
  });

  it('decides as the official schema with the documented relaxations, record by record', () => {
    const disagree = samples
      .filter((s) => relaxedValidate(s.json) !== parseOsvRecord(s.json, s.name).ok)
      .map((s) => `${s.ecosystem}/${s.name}`);
    expect(disagree).toEqual([]);
  });

  it('rejects some real records, each reported with its id, the field and why', () => {
    const rejected = samples.map((s) => parseOsvRecord(s.json, s.name)).filter((r) => !r.ok);
    expect(rejected.length).toBeGreaterThan(0);
    for (const r of rejected) {
      if (r.ok) continue;
      for (const issue of r.issues) {
        expect(issue.code).toBe('OSV_INVALID');
        expect(issue.path).toMatch(/^[^\s:]+: [a-z_]+/);
        expect(issue.message).toMatch(/: .*expected|: Invalid/);
      }
    }
    const go = samples.find((s) => s.name === 'GO-2021-99998.json');
    const result = go && parseOsvRecord(go.json, go.name);
    expect(result?.ok).toBe(false);
    if (result && !result.ok)
      expect(result.issues[0]).toEqual({
        code: 'OSV_INVALID',
        path: 'GO-2021-99998: affected[0].ranges[0].events[0]',
        message:
          '{"type":"INTRODUCED","value":"1.0.0"}: expected exactly one of introduced, fixed, last_affected, limit',
      });
  });
});
