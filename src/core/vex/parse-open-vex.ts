import { z } from 'zod';
import { ok, type ParseResult } from '../input/index.js';
import { parseWith, Text, Texts } from './parse-with.js';
import { digestOf, IdentityText, PurlText } from './vex-identifier.js';
import {
  VEX_JUSTIFICATIONS,
  VEX_STATUSES,
  type VexDocument,
  type VexScope,
  type VexStatement,
} from './vex-statement.js';
import { VexTimestamp } from './vex-timestamp.js';

// OpenVEX v0.2.0 (https://openvex.dev/ns/v0.2.0) and the v0.0.1 shape it grew from, where `vulnerability`,
// `products` and `subcomponents` (then at the statement level) were plain strings: those are read as `@id`s.
const asObject = (key: string) => (v: unknown) => (typeof v === 'string' ? { [key]: v } : v);
const OBJECT = 'expected an object or an IRI string';

const ComponentFields = {
  '@id': IdentityText.optional(),
  identifiers: z
    .looseObject({ purl: PurlText.optional(), cpe23: Text.optional(), cpe22: Text.optional() })
    .optional(),
  hashes: z.record(z.string(), Text).optional(),
};
const Component = z.preprocess(asObject('@id'), z.looseObject(ComponentFields, { error: OBJECT }));
const Product = z.preprocess(
  asObject('@id'),
  z.looseObject({ ...ComponentFields, subcomponents: z.array(Component).optional() }, { error: OBJECT }),
);
type ComponentInput = z.infer<typeof Component>;

const Statement = z.looseObject({
  vulnerability: z.preprocess(
    asObject('name'),
    z.looseObject({ name: Text.min(1, 'expected an id'), aliases: Texts.optional() }, { error: OBJECT }),
  ),
  status: z.enum(VEX_STATUSES, { error: `expected one of ${VEX_STATUSES.join(', ')}` }),
  justification: z
    .enum(VEX_JUSTIFICATIONS, { error: `expected one of ${VEX_JUSTIFICATIONS.join(', ')}` })
    .optional(),
  impact_statement: Text.optional(),
  action_statement: Text.optional(),
  status_notes: Text.optional(),
  timestamp: VexTimestamp.optional(),
  last_updated: VexTimestamp.optional(),
  // Optional in the spec (it may come from an encapsulating document), required here: Vigil has none.
  products: z
    .array(Product, { error: 'expected an array of products' })
    .min(1, 'expected at least one product'),
  subcomponents: z.array(Component).optional(),
});

export const OpenVexDocument = z.looseObject({
  '@context': Text,
  '@id': Text,
  author: Text.optional(),
  timestamp: VexTimestamp.optional(),
  last_updated: VexTimestamp.optional(),
  statements: z.array(Statement, { error: 'expected an array of statements' }),
});

/**
 * Parses an OpenVEX document (v0.2.0, and the v0.0.1 string forms). A statement's timestamp is its own
 * `last_updated` or `timestamp`, else the document's `timestamp` (OpenVEX "Inheritance Flow").
 * Bad input gives `VEX_INVALID` issues naming the field and what was expected.
 */
export function parseOpenVex(json: unknown): ParseResult<VexDocument> {
  const parsed = parseWith(OpenVexDocument, json);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  const statements = doc.statements.map((s): VexStatement => {
    const { name, aliases = [] } = s.vulnerability;
    const shared = s.subcomponents ?? [];
    const timestamp = s.last_updated ?? s.timestamp ?? doc.timestamp;
    return {
      vulnerability: name,
      aliases: [...new Set(aliases.filter((a) => a !== name && a !== ''))],
      status: s.status,
      ...(s.justification ? { justification: s.justification, originalJustification: s.justification } : {}),
      ...(s.impact_statement ? { impactStatement: s.impact_statement } : {}),
      ...(s.action_statement ? { actionStatement: s.action_statement } : {}),
      ...(s.status_notes ? { detail: s.status_notes } : {}),
      ...(timestamp ? { timestamp } : {}),
      products: s.products.map((p) => scopeOf(p, [...shared, ...(p.subcomponents ?? [])])),
    };
  });
  const timestamp = doc.last_updated ?? doc.timestamp;
  return ok({
    format: 'openvex',
    id: doc['@id'],
    ...(doc.author ? { author: doc.author } : {}),
    ...(timestamp ? { timestamp } : {}),
    statements,
  });
}

/** A component's purl identifier wins over its `@id`; a `sha-256` hash names a digest; a CPE is kept. */
function identityOf(c: ComponentInput): Omit<VexScope, 'subcomponents'> {
  const id = c['@id'] ?? {};
  const purl = c.identifiers?.purl ?? id.purl;
  const sha256 = c.hashes?.['sha-256'];
  const digest = id.digest ?? (sha256 ? digestOf(sha256) : undefined);
  const cpe = c.identifiers?.cpe23 ?? c.identifiers?.cpe22;
  return {
    ...(purl ? { purl } : {}),
    ...(digest ? { digest } : {}),
    ...(cpe ? { cpe } : {}),
    ...(id.name && !purl && !digest ? { name: id.name } : {}),
  };
}

function scopeOf(product: ComponentInput, subcomponents: readonly ComponentInput[]): VexScope {
  const subs = subcomponents.map(identityOf);
  const unresolved = subs.filter((s) => !s.purl).map((s) => s.digest ?? s.cpe ?? s.name ?? '(unnamed)');
  return {
    ...identityOf(product),
    subcomponents: subs.flatMap((s) => (s.purl ? [s.purl] : [])),
    ...(unresolved.length > 0 ? { unresolvedSubcomponents: unresolved } : {}),
  };
}
