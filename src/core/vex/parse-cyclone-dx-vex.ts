import { z } from 'zod';
import { fail, type InputIssue, ok, type ParseResult } from '../input/index.js';
import { parsePurl } from '../purl/index.js';
import { CYCLONEDX_JUSTIFICATIONS, CYCLONEDX_STATES } from './cyclone-dx-analysis.js';
import { parseWith, Text } from './parse-with.js';
import type { VexDocument, VexScope, VexStatement } from './vex-statement.js';
import { VexTimestamp } from './vex-timestamp.js';

interface ComponentInput {
  'bom-ref'?: string | undefined;
  name?: string | undefined;
  version?: string | undefined;
  purl?: string | undefined;
  cpe?: string | undefined;
  components?: ComponentInput[] | undefined;
}
const Component: z.ZodType<ComponentInput> = z.looseObject({
  'bom-ref': Text.optional(),
  name: Text.optional(),
  version: Text.optional(),
  purl: Text.optional(),
  cpe: Text.optional(),
  get components() {
    return z.array(Component).optional();
  },
});

const oneOf = (values: object) => `expected one of ${Object.keys(values).join(', ')}`;
const Vulnerability = z.looseObject({
  id: Text.min(1, 'expected a vulnerability id'),
  references: z.array(z.looseObject({ id: Text })).optional(),
  recommendation: Text.optional(),
  analysis: z.looseObject(
    {
      state: z.enum(Object.keys(CYCLONEDX_STATES), { error: oneOf(CYCLONEDX_STATES) }),
      justification: z
        .enum(Object.keys(CYCLONEDX_JUSTIFICATIONS), { error: oneOf(CYCLONEDX_JUSTIFICATIONS) })
        .optional(),
      response: z.array(Text).optional(),
      detail: Text.optional(),
      firstIssued: VexTimestamp.optional(),
      lastUpdated: VexTimestamp.optional(),
    },
    // A BOM whose vulnerabilities have no analysis is a scan report (VDR), not VEX.
    { error: 'expected an analysis with a state: CycloneDX VEX states the impact of each vulnerability' },
  ),
  affects: z
    .array(
      z.looseObject({
        ref: Text.min(1, 'expected a bom-ref'),
        versions: z
          .array(
            z
              .looseObject({ version: Text.optional(), range: Text.optional() })
              .refine(
                (v) => v.version !== undefined || v.range !== undefined,
                'expected a version or a range',
              ),
          )
          .optional(),
      }),
    )
    .min(1, 'expected at least one affected product'),
});
type VulnerabilityInput = z.infer<typeof Vulnerability>;

export const CycloneDxVexDocument = z.looseObject({
  bomFormat: z.literal('CycloneDX', { error: 'expected "CycloneDX"' }),
  serialNumber: Text.optional(),
  version: z.number().optional(),
  metadata: z
    .looseObject({
      timestamp: VexTimestamp.optional(),
      component: Component.optional(),
      authors: z.array(z.looseObject({ name: Text.optional() })).optional(),
      manufacturer: z.looseObject({ name: Text.optional() }).optional(),
      supplier: z.looseObject({ name: Text.optional() }).optional(),
    })
    .optional(),
  components: z.array(Component).optional(),
  vulnerabilities: z.array(Vulnerability).optional(),
});
type Bom = z.infer<typeof CycloneDxVexDocument>;

/**
 * Parses a CycloneDX BOM's `vulnerabilities` as VEX (CycloneDX 1.4–1.6): `analysis.state` gives the status,
 * `affects[].ref` the products. A ref resolves to a component of the same BOM (its purl, else its name); a
 * BOM-Link (`urn:cdx:<serial>/<version>#<bom-ref>`) into another BOM resolves only when the bom-ref is a purl,
 * otherwise it is kept as a name with a note. `affects[].versions` narrow the product to those versions.
 * Bad input gives `VEX_INVALID` issues naming the field and what was expected.
 */
export function parseCycloneDxVex(json: unknown): ParseResult<VexDocument> {
  const parsed = parseWith(CycloneDxVexDocument, json);
  if (!parsed.ok) return parsed;
  const bom = parsed.value;
  const refs = new RefIndex(bom);
  const statements = (bom.vulnerabilities ?? []).map((v, i) =>
    statementOf(v, `vulnerabilities[${i}]`, refs, bom),
  );
  if (refs.issues.length > 0) return fail(...refs.issues.slice(0, 5));
  const author =
    bom.metadata?.authors?.[0]?.name ?? bom.metadata?.manufacturer?.name ?? bom.metadata?.supplier?.name;
  const timestamp = bom.metadata?.timestamp;
  return ok({
    format: 'cyclonedx',
    id: bom.serialNumber ? `${bom.serialNumber}/${bom.version ?? 1}` : '',
    ...(author ? { author } : {}),
    ...(timestamp ? { timestamp } : {}),
    statements,
  });
}

function statementOf(v: VulnerabilityInput, path: string, refs: RefIndex, bom: Bom): VexStatement {
  const { state, justification, response, detail } = v.analysis;
  const original = justification ?? (state === 'false_positive' ? state : undefined);
  const mapped = justification ? CYCLONEDX_JUSTIFICATIONS[justification] : undefined;
  const action = [v.recommendation, response?.length ? `Response: ${response.join(', ')}.` : undefined]
    .filter(Boolean)
    .join(' ');
  const timestamp = v.analysis.lastUpdated ?? v.analysis.firstIssued ?? bom.metadata?.timestamp;
  const aliases = (v.references ?? []).map((r) => r.id).filter((id) => id !== '' && id !== v.id);
  return {
    vulnerability: v.id,
    aliases: [...new Set(aliases)],
    status: CYCLONEDX_STATES[state] ?? 'under_investigation',
    ...(mapped ? { justification: mapped } : {}),
    ...(original ? { originalJustification: original } : {}),
    ...(action ? { actionStatement: action } : {}),
    ...(detail ? { detail } : {}),
    ...(timestamp ? { timestamp } : {}),
    products: v.affects.flatMap((a, j) => {
      const target = refs.resolve(a.ref, `${path}.affects[${j}].ref`);
      if (!a.versions?.length) return [target];
      return a.versions.map((entry): VexScope => narrow(target, entry));
    }),
  };
}

/** The product at one listed version (exact) or range (`vers:`), from the product the ref resolved to. */
function narrow(
  target: VexScope,
  entry: { version?: string | undefined; range?: string | undefined },
): VexScope {
  const { purl, ...rest } = target;
  if (entry.version !== undefined) {
    return purl
      ? { ...rest, purl: { ...purl, version: entry.version } }
      : { ...rest, version: entry.version };
  }
  const { version: _whole, ...unversioned } = rest;
  return {
    ...unversioned,
    ...(purl ? { purl: { ...purl, version: '' } } : {}),
    versionRange: entry.range ?? '',
  };
}

// BOM-Link (CycloneDX 1.5 "Linking"): urn:cdx:<serial uuid>/<version>#<url-encoded bom-ref>; some producers
// write urn:uuid:<serial>/<version>#… after the serialNumber form.
const BOM_LINK = /^urn:(?:cdx|uuid):([0-9a-f-]{36})\/(\d+)#(.+)$/i;

/** Resolves bom-refs to products, collecting issues for referenced components with a broken purl. */
class RefIndex {
  readonly issues: InputIssue[] = [];
  readonly #components = new Map<string, { component: ComponentInput; path: string }>();
  readonly #serial: string | undefined;
  readonly #resolved = new Map<string, VexScope>();

  constructor(bom: Bom) {
    this.#serial = bom.serialNumber?.replace(/^urn:uuid:/i, '').toLowerCase();
    const add = (c: ComponentInput, path: string): void => {
      if (c['bom-ref'] && !this.#components.has(c['bom-ref']))
        this.#components.set(c['bom-ref'], { component: c, path });
      for (const [i, child] of (c.components ?? []).entries()) add(child, `${path}.components[${i}]`);
    };
    if (bom.metadata?.component) add(bom.metadata.component, 'metadata.component');
    for (const [i, c] of (bom.components ?? []).entries()) add(c, `components[${i}]`);
  }

  resolve(ref: string, path: string): VexScope {
    let scope = this.#resolved.get(ref);
    if (!scope) {
      scope = this.#resolve(ref, path);
      this.#resolved.set(ref, scope);
    }
    return scope;
  }

  #resolve(ref: string, path: string): VexScope {
    const link = BOM_LINK.exec(ref);
    const bomRef = link ? decode(link[3] ?? '') : ref;
    const external = link !== null && link[1]?.toLowerCase() !== this.#serial;
    const local = external ? undefined : this.#components.get(bomRef);
    if (local) return this.#scopeOfComponent(local.component, local.path);
    const purl = /^pkg:/i.test(bomRef) ? parsePurl(bomRef, path) : undefined;
    if (purl?.ok)
      return {
        purl: purl.value,
        subcomponents: [],
        ...(external ? { note: `in BOM ${ref.split('#')[0]}` } : {}),
      };
    const note = external
      ? `bom-ref in another BOM (${ref.split('#')[0]}); not resolvable from this document`
      : 'bom-ref not found in this document';
    return { name: bomRef, note, subcomponents: [] };
  }

  #scopeOfComponent(c: ComponentInput, path: string): VexScope {
    const purl = c.purl ? parsePurl(c.purl, `${path}.purl`) : undefined;
    if (purl && !purl.ok) this.issues.push(...purl.issues.map((i) => ({ ...i, code: 'VEX_INVALID' })));
    return {
      ...(purl?.ok ? { purl: purl.value } : {}),
      ...(!purl?.ok && c.name ? { name: c.name } : {}),
      ...(!purl?.ok && c.version ? { version: c.version } : {}),
      ...(c.cpe ? { cpe: c.cpe } : {}),
      subcomponents: [],
    };
  }
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
