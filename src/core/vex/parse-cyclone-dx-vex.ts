import { z } from 'zod';
import { fail, ok, type ParseResult } from '../input/index.js';
import { CYCLONEDX_JUSTIFICATIONS, CYCLONEDX_STATES } from './cyclone-dx-analysis.js';
import { BomRefIndex, CycloneDxComponent } from './cyclone-dx-bom-refs.js';
import { parseWith, Text } from './parse-with.js';
import type { VexDocument, VexScope, VexStatement } from './vex-statement.js';
import { VexTimestamp } from './vex-timestamp.js';

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
      component: CycloneDxComponent.optional(),
      authors: z.array(z.looseObject({ name: Text.optional() })).optional(),
      manufacturer: z.looseObject({ name: Text.optional() }).optional(),
      supplier: z.looseObject({ name: Text.optional() }).optional(),
    })
    .optional(),
  components: z.array(CycloneDxComponent).optional(),
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
  const refs = new BomRefIndex(bom.serialNumber, [
    ...(bom.metadata?.component ? [{ component: bom.metadata.component, path: 'metadata.component' }] : []),
    ...(bom.components ?? []).map((component, i) => ({ component, path: `components[${i}]` })),
  ]);
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

function statementOf(v: VulnerabilityInput, path: string, refs: BomRefIndex, bom: Bom): VexStatement {
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
