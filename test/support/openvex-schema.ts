import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * The OpenVEX 0.2.0 document rules as a JSON Schema, written for the tests from the specification
 * (OPENVEX-SPEC.md v0.2.0: required document and statement fields, the status and justification labels, and
 * the status-dependent requirements). No published package carries the official schema file, and tests have no
 * network; this encodes the same MUSTs.
 */
const STATUSES = ['not_affected', 'affected', 'fixed', 'under_investigation'];
const JUSTIFICATIONS = [
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist',
];
/** JSON Schema `if`/`then`: a rule that applies when the condition holds. */
const when = (condition: object, requirement: object) => ({
  if: condition,
  // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, not a promise
  then: requirement,
});
const identifiers = {
  type: 'object',
  properties: {
    purl: { type: 'string', pattern: '^pkg:' },
    cpe22: { type: 'string' },
    cpe23: { type: 'string' },
  },
  additionalProperties: false,
};
const component = {
  type: 'object',
  properties: {
    '@id': { type: 'string', minLength: 1 },
    identifiers,
    hashes: { type: 'object', additionalProperties: { type: 'string', pattern: '^[0-9a-f]+$' } },
  },
  anyOf: [{ required: ['@id'] }, { required: ['identifiers'] }],
};
export const OPENVEX_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['@context', '@id', 'author', 'timestamp', 'version', 'statements'],
  properties: {
    '@context': { type: 'string', pattern: '^https://openvex\\.dev/ns/v0\\.2\\.0$' },
    '@id': { type: 'string', format: 'uri' },
    author: { type: 'string', minLength: 1 },
    role: { type: 'string' },
    timestamp: { type: 'string', format: 'date-time' },
    last_updated: { type: 'string', format: 'date-time' },
    version: { type: 'integer', minimum: 1 },
    tooling: { type: 'string' },
    statements: {
      type: 'array',
      items: {
        type: 'object',
        required: ['vulnerability', 'status'],
        properties: {
          vulnerability: {
            type: 'object',
            required: ['name'],
            properties: {
              '@id': { type: 'string', format: 'uri' },
              name: { type: 'string', minLength: 1 },
              description: { type: 'string' },
              aliases: { type: 'array', items: { type: 'string' }, uniqueItems: true },
            },
            additionalProperties: false,
          },
          timestamp: { type: 'string', format: 'date-time' },
          products: {
            type: 'array',
            minItems: 1,
            items: {
              ...component,
              properties: { ...component.properties, subcomponents: { type: 'array', items: component } },
            },
          },
          status: { enum: STATUSES },
          status_notes: { type: 'string' },
          justification: { enum: JUSTIFICATIONS },
          impact_statement: { type: 'string' },
          action_statement: { type: 'string' },
          action_statement_timestamp: { type: 'string', format: 'date-time' },
          supplier: { type: 'string' },
        },
        additionalProperties: false,
        allOf: [
          // not_affected MUST give a justification or an impact statement
          when(
            { properties: { status: { const: 'not_affected' } } },
            { anyOf: [{ required: ['justification'] }, { required: ['impact_statement'] }] },
          ),
          // affected MUST give an action statement
          when({ properties: { status: { const: 'affected' } } }, { required: ['action_statement'] }),
          // a justification only on not_affected
          when({ required: ['justification'] }, { properties: { status: { const: 'not_affected' } } }),
        ],
      },
    },
  },
  additionalProperties: false,
};

/** The schema's errors for a document, as `path message` lines; [] when it is valid. */
export function openVexErrors(document: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(OPENVEX_SCHEMA);
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
