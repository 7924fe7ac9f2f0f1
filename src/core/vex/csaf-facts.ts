import type { CsafProducts } from './csaf-product-tree.js';
import { VEX_JUSTIFICATIONS, type VexJustification, type VexStatus } from './vex-statement.js';

export interface CsafFacts {
  justification?: VexJustification;
  impact?: string;
  action?: string;
  timestamp?: string;
}

type ForProducts = { product_ids?: string[] | undefined; group_ids?: string[] | undefined };
type Flag = ForProducts & { label: VexJustification; date?: string | undefined };
type Note = ForProducts & { category: string; details: string };

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

/**
 * What a CSAF vulnerability says about one product besides its status (CSAF 2.0 §3.2.3): the justification
 * (`flags[].label`), the impact statement (threats of category impact, for not-affected products), the action
 * (`remediations`, for the others) and the date (the flag's, else the document's release). Entries name their
 * products by product_ids and group_ids; one that names none is about every product.
 */
export function csafFacts(
  v: { flags?: Flag[] | undefined; threats?: Note[] | undefined; remediations?: Note[] | undefined },
  tree: CsafProducts,
  released: string,
): (status: VexStatus, id: string) => CsafFacts {
  const flags = coverage(v.flags, tree);
  const impacts = coverage(
    v.threats?.filter((t) => t.category === 'impact'),
    tree,
  );
  const remediations = coverage(v.remediations, tree);
  return (status, id) => factsOf(status, flags(id), impacts(id), remediations(id), released);
}

function factsOf(
  status: VexStatus,
  flag: Flag | undefined,
  impact: Note | undefined,
  remediation: Note | undefined,
  released: string,
): CsafFacts {
  const facts: CsafFacts = { timestamp: flag?.date ?? released };
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
