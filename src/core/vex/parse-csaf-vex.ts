import { z } from 'zod';
import { fail, type InputIssue, ok, type ParseResult } from '../input/index.js';
import {
  type CsafProducts,
  CsafProductTree,
  resolveCsafProducts,
  unknownProduct,
} from './csaf-product-tree.js';
import { parseWith, Text, Texts } from './parse-with.js';
import {
  VEX_JUSTIFICATIONS,
  type VexDocument,
  type VexJustification,
  type VexStatement,
  type VexStatus,
} from './vex-statement.js';
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

interface Facts {
  justification?: VexJustification;
  impact?: string;
  action?: string;
  timestamp?: string;
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
  const flags = coverage(v.flags, tree);
  const impacts = coverage(
    v.threats?.filter((t) => t.category === 'impact'),
    tree,
  );
  const remediations = coverage(v.remediations, tree);
  const groups = new Map<string, { status: VexStatus; facts: Facts; ids: string[] }>();
  for (const [key, productIds = []] of lists) {
    const status = CSAF_PRODUCT_STATUSES[key] ?? 'under_investigation';
    productIds.forEach((id, j) => {
      if (!tree.products.has(id)) issues.push(unknownProduct(`${path}.product_status.${key}[${j}]`, id));
      const facts = factsOf(status, flags(id), impacts(id), remediations(id), released);
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

type ForProducts = { product_ids?: string[] | undefined; group_ids?: string[] | undefined };

/** Finds the first entry of a list that is about a product; one without product_ids is about every product. */
function coverage<T extends ForProducts>(
  list: T[] | undefined,
  tree: CsafProducts,
): (id: string) => T | undefined {
  const entries = (list ?? []).map((entry) => {
    if (!entry.product_ids && !entry.group_ids) return { entry, ids: undefined };
    const groups = (entry.group_ids ?? []).flatMap((g) => tree.groups.get(g) ?? []);
    return { entry, ids: new Set([...(entry.product_ids ?? []), ...groups]) };
  });
  return (id) => entries.find((e) => e.ids === undefined || e.ids.has(id))?.entry;
}

function factsOf(
  status: VexStatus,
  flag: { label: VexJustification; date?: string | undefined } | undefined,
  impact: { details: string } | undefined,
  remediation: { category: string; details: string } | undefined,
  released: string,
): Facts {
  const facts: Facts = { timestamp: flag?.date ?? released };
  // CSAF VEX profile: a not-affected product carries a flag or an impact threat; some producers put the
  // label itself in the threat's details.
  if (status === 'not_affected') {
    const labelled = VEX_JUSTIFICATIONS.find((j) => j === impact?.details.trim());
    const justification = flag?.label ?? labelled;
    if (justification) facts.justification = justification;
    if (impact && !labelled) facts.impact = impact.details;
  }
  if (remediation && status !== 'not_affected')
    facts.action = `${remediation.category}: ${remediation.details}`;
  return facts;
}
