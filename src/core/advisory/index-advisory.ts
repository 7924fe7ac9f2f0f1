import { type AliasLink, aliasLinks } from './alias-links.js';
import type { OsvRecord, OsvSeverity } from './osv-record.js';
import { type PackageKey, packageKey } from './package-key.js';

/** What the store indexes about one OSV record. */
export interface AdvisoryIndex {
  /** Base ecosystems named in `affected`, sorted, without duplicates. */
  readonly ecosystems: readonly string[];
  /** `(base ecosystem, normalized name)` of every affected package; empty for a withdrawn record. */
  readonly packages: readonly PackageKey[];
  /** Severity vectors of the record and of its affected packages, without duplicates. */
  readonly severity: readonly OsvSeverity[];
  readonly links: readonly AliasLink[];
}

/**
 * Derives the index rows of a record: a withdrawn record keeps its ecosystems (for counts) but names no
 * package, so it stops matching.
 */
export function indexAdvisory(record: OsvRecord): AdvisoryIndex {
  const ecosystems = new Set<string>();
  const packages = new Map<string, PackageKey>();
  const severity = new Map<string, OsvSeverity>();
  for (const s of record.severity ?? []) severity.set(`${s.type} ${s.score}`, s);
  for (const affected of record.affected ?? []) {
    for (const s of affected.severity ?? []) severity.set(`${s.type} ${s.score}`, s);
    const pkg = affected.package;
    if (!pkg) continue;
    const key = packageKey(pkg.ecosystem, pkg.name);
    ecosystems.add(key.ecosystem);
    if (record.withdrawn !== undefined || pkg.name === '') continue;
    packages.set(`${key.ecosystem}\u0000${key.name}`, key);
  }
  return {
    ecosystems: [...ecosystems].sort(),
    packages: [...packages.values()],
    severity: [...severity.values()],
    links: aliasLinks(record),
  };
}
