import { groupAliases } from '../../core/advisory/index.js';
import type { SqlClient } from './sql-client.js';

/**
 * Recomputes the vulnerability grouping of every alias component that contains one of `seeds`: walks the
 * alias graph breadth-first from them (edges in either direction), names each component (core
 * `groupAliases`) and updates the stored records whose `vulnerability_id` changed, except `pending` ones
 * (about to be written with their grouping). Seeding the old neighbours of a rewritten record as well
 * covers a component that the rewrite split in two.
 * @returns the canonical id of every node reached.
 */
export async function regroupAliases(
  tx: SqlClient,
  seeds: readonly string[],
  pending: ReadonlySet<string> = new Set(),
): Promise<Map<string, string>> {
  const nodes = new Set(seeds);
  const edges = new Map<string, readonly [string, string]>();
  let frontier = [...nodes];
  while (frontier.length > 0) {
    const rows = await tx.query<{ advisory_id: string; alias: string }>(
      'SELECT advisory_id, alias FROM advisory_aliases WHERE advisory_id = ANY($1::text[]) OR alias = ANY($1::text[])',
      [frontier],
    );
    const next: string[] = [];
    for (const { advisory_id: a, alias: b } of rows) {
      edges.set(`${a}\u0000${b}`, [a, b]);
      for (const n of [a, b])
        if (!nodes.has(n)) {
          nodes.add(n);
          next.push(n);
        }
    }
    frontier = next;
  }
  const groups = groupAliases(nodes, edges.values());
  const ids = [...groups.keys()].filter((id) => !pending.has(id));
  await tx.query(
    `UPDATE advisories a SET vulnerability_id = u.v FROM unnest($1::text[], $2::text[]) AS u(id, v)
     WHERE a.id = u.id AND a.vulnerability_id <> u.v`,
    [ids, ids.map((id) => groups.get(id))],
  );
  return groups;
}
