import { cveOf } from './alias-links.js';

/**
 * The vulnerability an id belongs to: connected components of the alias graph (union-find), each named
 * by its canonical id. Order-independent: the same nodes and edges give the same names whatever order
 * they come in, which is what makes an interrupted and resumed sync end like an uninterrupted one.
 * @returns every node mapped to its component's canonical id.
 */
export function groupAliases(
  nodes: Iterable<string>,
  edges: Iterable<readonly [string, string]>,
): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    for (let p = parent.get(root); p !== undefined && p !== root; p = parent.get(root)) root = p;
    for (let node = x; node !== root; ) {
      const next = parent.get(node) ?? root;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const n of nodes) if (!parent.has(n)) parent.set(n, n);
  for (const [a, b] of edges) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  }
  const members = new Map<string, string[]>();
  for (const n of parent.keys()) {
    const root = find(n);
    const list = members.get(root);
    if (list) list.push(n);
    else members.set(root, [n]);
  }
  const groups = new Map<string, string>();
  for (const ids of members.values()) {
    const canonical = canonicalId(ids);
    for (const id of ids) groups.set(id, canonical);
  }
  return groups;
}

/**
 * The name of a vulnerability with several ids: its CVE when it has one (the id people search for; the
 * oldest when bad data links several), otherwise the smallest id in code-point order.
 * @example canonicalId(['GHSA-xxxx', 'PYSEC-2021-1', 'CVE-2021-23']) // 'CVE-2021-23'
 */
export function canonicalId(ids: readonly string[]): string {
  let best: string | undefined;
  for (const id of ids) if (best === undefined || compareIds(id, best) < 0) best = id;
  if (best === undefined) throw new Error('canonicalId: expected at least one id');
  return best;
}

function compareIds(a: string, b: string): number {
  const ca = a.startsWith('CVE-') ? cveKey(a) : undefined;
  const cb = b.startsWith('CVE-') ? cveKey(b) : undefined;
  if (ca && cb) return ca[0] - cb[0] || ca[1] - cb[1] || (a < b ? -1 : a > b ? 1 : 0);
  if (ca) return -1;
  if (cb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function cveKey(id: string): [number, number] | undefined {
  if (cveOf(id) !== id) return undefined;
  const [, year, num] = id.split('-');
  return [Number(year), Number(num)];
}
