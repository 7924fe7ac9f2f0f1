import { z } from 'zod';
import type { InputIssue } from '../input/index.js';
import { quoteValue } from '../input/index.js';
import { Text, Texts } from './parse-with.js';
import { PurlText } from './vex-identifier.js';
import type { VexScope } from './vex-statement.js';

const FullProductName = z.looseObject({
  name: Text,
  product_id: Text.min(1, 'expected a product_id'),
  product_identification_helper: z
    .looseObject({ purl: PurlText.optional(), purls: z.array(PurlText).optional(), cpe: Text.optional() })
    .optional(),
});
type FullProductName = z.infer<typeof FullProductName>;

export interface BranchInput {
  category: string;
  name: string;
  product?: FullProductName | undefined;
  branches?: BranchInput[] | undefined;
}
const Branch: z.ZodType<BranchInput, unknown> = z.looseObject({
  category: Text,
  name: Text,
  product: FullProductName.optional(),
  get branches() {
    return z.array(Branch).optional();
  },
});

export const CsafProductTree = z.looseObject({
  branches: z.array(Branch).optional(),
  full_product_names: z.array(FullProductName).optional(),
  relationships: z
    .array(
      z.looseObject({
        category: Text,
        full_product_name: FullProductName,
        product_reference: Text,
        relates_to_product_reference: Text,
      }),
    )
    .optional(),
  product_groups: z.array(z.looseObject({ group_id: Text, product_ids: Texts })).optional(),
});
export type CsafProductTree = z.infer<typeof CsafProductTree>;

/** The products of a CSAF product tree by product_id, and its groups by group_id. */
export interface CsafProducts {
  readonly products: ReadonlyMap<string, VexScope>;
  readonly groups: ReadonlyMap<string, readonly string[]>;
  readonly issues: readonly InputIssue[];
}

/**
 * Resolves every product_id of a CSAF product tree to a scope (CSAF 2.0 §3.1.8, §3.2.2):
 * - a product's purl (`product_identification_helper`) or else its name, with the version or `vers:` range of
 *   the `product_version` / `product_version_range` branch it hangs from, and its CPE;
 * - a relationship ("component X is part of platform Y") becomes Y with X as its subcomponent when Y has a purl
 *   (an image), and X itself with Y's CPE otherwise: a platform known only by CPE (an operating system release)
 *   cannot be matched, the package in it can.
 */
export function resolveCsafProducts(tree: CsafProductTree | undefined): CsafProducts {
  const products = new Map<string, VexScope>();
  const issues: InputIssue[] = [];
  const add = (p: FullProductName, version: { version?: string; versionRange?: string }): void => {
    const helper = p.product_identification_helper;
    const purl = helper?.purl ?? helper?.purls?.[0];
    const cpe = helper?.cpe;
    products.set(p.product_id, {
      ...(purl ? { purl } : { name: p.name, ...version }),
      ...(cpe ? { cpe } : {}),
      ...(purl && version.versionRange ? { versionRange: version.versionRange } : {}),
      subcomponents: [],
    });
  };
  const walk = (branches: readonly BranchInput[] | undefined): void => {
    for (const b of branches ?? []) {
      if (b.product) add(b.product, versionOfBranch(b));
      walk(b.branches);
    }
  };
  walk(tree?.branches);
  for (const p of tree?.full_product_names ?? []) add(p, {});
  tree?.relationships?.forEach((r, i) => {
    const component = products.get(r.product_reference);
    const platform = products.get(r.relates_to_product_reference);
    const path = `product_tree.relationships[${i}]`;
    if (!component) issues.push(unknownProduct(`${path}.product_reference`, r.product_reference));
    if (!platform)
      issues.push(unknownProduct(`${path}.relates_to_product_reference`, r.relates_to_product_reference));
    if (component && platform)
      products.set(r.full_product_name.product_id, combine(component, platform, r.full_product_name.name));
  });
  const groups = new Map((tree?.product_groups ?? []).map((g) => [g.group_id, g.product_ids] as const));
  return { products, groups, issues };
}

function versionOfBranch(b: BranchInput): { version?: string; versionRange?: string } {
  if (b.category === 'product_version') return { version: b.name };
  // CSAF 2.0 allows a free-text range ("<=1.14.0"); only a `vers:` one is machine readable, the name keeps the rest.
  if (b.category === 'product_version_range' && b.name.startsWith('vers:')) return { versionRange: b.name };
  return {};
}

function combine(component: VexScope, platform: VexScope, name: string): VexScope {
  if (platform.purl || platform.digest) {
    return {
      ...platform,
      subcomponents: component.purl ? [component.purl] : [],
      ...(component.purl ? {} : { unresolvedSubcomponents: [component.name ?? name] }),
    };
  }
  const cpe = platform.cpe ?? component.cpe;
  return { ...component, ...(component.purl ? {} : { name }), ...(cpe ? { cpe } : {}) };
}

/** An issue for a product_id the product tree does not define. */
export function unknownProduct(path: string, id: string): InputIssue {
  return {
    code: 'VEX_INVALID',
    path,
    message: `${quoteValue(id)} is not a product_id or group_id of the product_tree`,
  };
}
