import {
  type AdvisoryMatch,
  type CompiledAdvisory,
  ComponentVersion,
  matchAdvisory,
} from './compiled-advisory.js';
import { type OsvPackage, osvPackageOf, type PackageVersionRef } from './osv-package.js';

/** Finds the compiled advisories that name a package: `(base ecosystem, name key)` → advisories. */
export type AdvisoryLookup = (ecosystem: string, key: string) => readonly CompiledAdvisory[];

export type Finding = AdvisoryMatch & { readonly advisoryId: string };

export interface PackageVersionMatch {
  readonly findings: readonly Finding[];
  /** '' when matched; otherwise why this package version cannot be matched at all. */
  readonly note: string;
}

/**
 * Matches one distinct package version against the advisories that name its package: one hash lookup per
 * name key, then the compiled ranges. The version is parsed once per scheme.
 */
export function matchPackageVersion(pv: PackageVersionRef, lookup: AdvisoryLookup): PackageVersionMatch {
  const pkg = osvPackageOf(pv);
  if ('unknown' in pkg) return { findings: [], note: pkg.unknown };
  return { findings: matchOsvPackage(pkg, lookup), note: '' };
}

/** Matches a package already named the OSV way. */
export function matchOsvPackage(pkg: OsvPackage, lookup: AdvisoryLookup): Finding[] {
  const version = new ComponentVersion(pkg.version);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const key of pkg.keys) {
    for (const advisory of lookup(pkg.ecosystem, key)) {
      if (seen.has(advisory.id)) continue;
      seen.add(advisory.id);
      const match = matchAdvisory(advisory, pkg, version);
      if (match) findings.push({ advisoryId: advisory.id, ...match });
    }
  }
  return findings;
}
