import { z } from 'zod';
import { fail, type InputIssue, ok, type ParseResult } from '../input/index.js';
import { type CsafFacts, csafFacts } from './csaf-facts.js';
import {
  type CsafProducts,
  CsafProductTree,
  resolveCsafProducts,
  unknownProduct,
} from './csaf-product-tree.js';
import { parseWith, Text, Texts } from './parse-with.js';
import { VEX_JUSTIFICATIONS, type VexDocument, type VexStatement, type VexStatus } from './vex-statement.js';
import { VexTimestamp } from './vex-timestamp.js';

/** CSAF `product_status` lists → VEX status; `recommended` names a version to move to and says nothing here. */
export const CSAF_PRODUCT_STATUSES: Readonly<Record<string, VexStatus>> = {
  known_not_affected: 'not_affected',
  known_affected: 'affected',
  first_affected: 'affected',
  last_affected: 'affected',
  fixed: 'fixed',
  first_fixed: 'fixed',
  under_investigation: 'under_investigation',
};

const ForProducts = { product_ids: Texts.optional(), group_ids: Texts.optional() };
const Vulnerability = z.looseObject({
  cve: Text.optional(),
  ids: z.array(z.looseObject({ system_name: Text, text: Text })).optional(),
  product_status: z.record(z.string(), Texts).optional(),
  flags: z
    .array(
      z.looseObject({
        label: z.enum(VEX_JUSTIFICATIONS, { error: `expected one of ${VEX_JUSTIFICATIONS.join(', ')}` }),
        date: VexTimestamp.optional(),
        ...ForProducts,
      }),
    )
    .optional(),
  threats: z.array(z.looseObject({ category: Text, details: Text, ...ForProducts })).optional(),
  remediations: z.array(z.looseObject({ category: Text, details: Text, ...ForProducts })).optional(),
});
type VulnerabilityInput = z.infer<typeof Vulnerability>;

export const CsafVexDocument = z.looseObject({
  document: z.looseObject({
    category: Text,
    csaf_version: Text,
    publisher: z.looseObject({ name: Text }),
    tracking: z.looseObject({ id: Text, current_release_date: VexTimestamp }),
  }),
  product_tree: CsafProductTree.optional(),
  vulnerabilities: z.array(Vulnerability).optional(),
});

/**
 * Parses a CSAF 2.0 VEX document: each vulnerability's `product_status` lists give statuses, `flags` the
 * justification labels, `threats` of category impact the impact statements (of not-affected products),
 * `remediations` the action statements; product_ids resolve through the product tree (`resolveCsafProducts`).
 * Products that share status, flag, impact, remediation and date form one statement.
 * Bad input (including a product_id the tree does not define) gives `VEX_INVALID` issues.
 */
export function parseCsafVex(json: unknown): ParseResult<VexDocument> {
  const parsed = parseWith(CsafVexDocument, json);
  if (!parsed.ok) return parsed;
  const { document, product_tree: tree, vulnerabilities = [] } = parsed.value;
  const products = resolveCsafProducts(tree);
  const issues: InputIssue[] = [...products.issues];
  const released = document.tracking.current_release_date;
  const statements = vulnerabilities.flatMap((v, i) =>
    statementsOf(v, `vulnerabilities[${i}]`, products, released, issues),
  );
  if (issues.length > 0) return fail(...issues.slice(0, 5));
  return ok({
    format: 'csaf',
    id: document.tracking.id,
    author: document.publisher.name,
    timestamp: released,
    statements,
  });
}

function statementsOf(
  v: VulnerabilityInput,
  path: string,
  tree: CsafProducts,
  released: string,
  issues: InputIssue[],
): VexStatement[] {
  const ids = [...new Set([v.cve, ...(v.ids ?? []).map((i) => i.text)].filter((id): id is string => !!id))];
  const [vulnerability, ...aliases] = ids;
  if (!vulnerability) {
    issues.push({
      code: 'VEX_INVALID',
      path,
      message: 'missing: expected a "cve" or an "ids" entry naming the vulnerability',
    });
    return [];
  }
  const lists = Object.entries(v.product_status ?? {}).filter(([key]) => key in CSAF_PRODUCT_STATUSES);
  if (lists.length === 0) {
    issues.push({
      code: 'VEX_INVALID',
      path: `${path}.product_status`,
      message:
        'missing: expected at least one of known_not_affected, known_affected, fixed, under_investigation',
    });
    return [];
  }
  const factsOf = csafFacts(v, tree, released);
  const groups = new Map<string, { status: VexStatus; facts: CsafFacts; ids: string[] }>();
  for (const [key, productIds = []] of lists) {
    const status = CSAF_PRODUCT_STATUSES[key] ?? 'under_investigation';
    productIds.forEach((id, j) => {
      if (!tree.products.has(id)) issues.push(unknownProduct(`${path}.product_status.${key}[${j}]`, id));
      const facts = factsOf(status, id);
      const groupKey = JSON.stringify([status, facts]);
      const group = groups.get(groupKey) ?? { status, facts, ids: [] };
      group.ids.push(id);
      groups.set(groupKey, group);
    });
  }
  return [...groups.values()].map(({ status, facts, ids }) => ({
    vulnerability,
    aliases,
    status,
    ...(facts.justification
      ? { justification: facts.justification, originalJustification: facts.justification }
      : {}),
    ...(facts.impact ? { impactStatement: facts.impact } : {}),
    ...(facts.action ? { actionStatement: facts.action } : {}),
    ...(facts.timestamp ? { timestamp: facts.timestamp } : {}),
    products: ids.flatMap((id) => tree.products.get(id) ?? []),
  }));
}
