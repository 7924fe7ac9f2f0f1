import type { OsvRecord } from './osv-record.js';

/** An edge of the alias graph: this record says it is the same vulnerability as `alias`. */
export interface AliasLink {
  readonly alias: string;
  readonly kind: 'alias' | 'upstream';
}

const CVE = /(?:^|-)(CVE-\d{4}-\d+)$/;

/** `CVE-2021-1`, `DEBIAN-CVE-2021-1`, `ALPINE-CVE-2021-1` → `CVE-2021-1`; other ids → undefined. */
export function cveOf(id: string): string | undefined {
  return CVE.exec(id)?.[1];
}

/**
 * The ids a record links to in the alias graph (docs/adr/030-feeds.md):
 * - every `aliases` entry: OSV defines them as the same vulnerability in another database;
 * - `upstream` entries only when they all name one single CVE (`DEBIAN-CVE-2021-1` upstream of
 *   `CVE-2021-1`): a distribution's restatement of one vulnerability. An advisory bundling several upstream
 *   CVEs (a DSA, an ALSA) is a fix for several vulnerabilities, not one of them, and is not merged;
 * - never `related`: OSV says those are different vulnerabilities.
 * A withdrawn record links nothing: it no longer asserts anything.
 */
export function aliasLinks(record: OsvRecord): AliasLink[] {
  if (record.withdrawn !== undefined) return [];
  const links = new Map<string, AliasLink>();
  for (const alias of record.aliases ?? []) {
    if (alias && alias !== record.id) links.set(alias, { alias, kind: 'alias' });
  }
  const upstream = (record.upstream ?? []).filter((u) => u && u !== record.id);
  const cves = new Set(upstream.map(cveOf));
  if (upstream.length > 0 && cves.size === 1 && !cves.has(undefined)) {
    for (const alias of upstream) if (!links.has(alias)) links.set(alias, { alias, kind: 'upstream' });
  }
  return [...links.values()];
}
