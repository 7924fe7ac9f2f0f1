import {
  type CompiledAffected,
  ComponentVersion,
  compileAffected,
  decidedWithoutGit,
  packageNameKey,
  releaseMatches,
} from '../osv-range/index.js';
import { lookupEcosystem, SCHEMES, type VersionScheme } from '../version/index.js';
import type { OsvPackage } from './osv-package.js';

/** An OSV record compiled once: its affected entries by package, ready to test many versions. */
export interface CompiledAdvisory {
  readonly id: string;
  readonly withdrawn: boolean;
  /** The `(base ecosystem, name key)` pairs it names, as `ecosystem\u0000key`. */
  readonly packages: readonly string[];
  /** Entries for one package key. */
  entriesFor(ecosystem: string, key: string): readonly CompiledAffected[];
}

/** The outcome of one advisory for one package version: affected (with the fix), unknown, or nothing. */
export type AdvisoryMatch =
  | { readonly status: 'affected'; readonly reason: string; readonly fixedVersion?: string }
  | { readonly status: 'unknown'; readonly reason: string };

export const packageIndexKey = (ecosystem: string, key: string): string => `${ecosystem}\u0000${key}`;

/** Compiles an OSV record (parsed JSON) for matching. Malformed parts compile to "cannot evaluate". */
export function compileAdvisory(record: unknown): CompiledAdvisory {
  const r = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
  const byPackage = new Map<string, CompiledAffected[]>();
  for (const raw of Array.isArray(r.affected) ? r.affected : []) {
    const entry = compileAffected(raw);
    if (!entry.ecosystem || entry.name === undefined) continue;
    const known = lookupEcosystem(entry.ecosystem.base);
    const base = known?.ecosystem ?? entry.ecosystem.base;
    const k = packageIndexKey(base, packageNameKey(base, entry.name));
    const list = byPackage.get(k) ?? [];
    list.push(entry);
    byPackage.set(k, list);
  }
  return {
    id: typeof r.id === 'string' ? r.id : '',
    withdrawn: typeof r.withdrawn === 'string' && r.withdrawn !== '',
    packages: [...byPackage.keys()],
    entriesFor: (ecosystem, key) => byPackage.get(packageIndexKey(ecosystem, key)) ?? [],
  };
}

/**
 * Whether a compiled advisory affects a package version, following the OSV schema (see `affects`): entries
 * scoped to another distro release do not apply; an entry scoped to a release when the package has none
 * cannot be evaluated; the fixed version is the first `fixed` event above the version in the range that matched.
 */
export function matchAdvisory(
  advisory: CompiledAdvisory,
  pkg: OsvPackage,
  version: ComponentVersion,
): AdvisoryMatch | undefined {
  if (advisory.withdrawn) return undefined;
  const unknown: string[] = [];
  for (const key of pkg.keys) {
    for (const entry of advisory.entriesFor(pkg.ecosystem, key)) {
      const scope = entry.ecosystem?.release;
      if (scope !== undefined) {
        if (pkg.release === undefined) {
          unknown.push(`scoped to ${entry.ecosystem?.raw}; the package has no distro release`);
          continue;
        }
        if (!releaseMatches(pkg.ecosystem, scope, pkg.release)) continue;
      }
      const verdict = entry.evaluate(version);
      if ('unknown' in verdict) {
        if (!decidedWithoutGit(entry, version)) unknown.push(verdict.unknown);
      } else if (verdict.affected) {
        const fixed = fixedVersionOf(entry, pkg.ecosystem, version);
        return { status: 'affected', reason: verdict.reason, ...(fixed ? { fixedVersion: fixed } : {}) };
      }
    }
  }
  return unknown.length > 0 ? { status: 'unknown', reason: [...new Set(unknown)].join('; ') } : undefined;
}

/**
 * The lowest `fixed` event above `version`, from the ranges that contain it (or, for a version matched by the
 * `versions` list only, from any range of the entry).
 */
function fixedVersionOf(
  entry: CompiledAffected,
  ecosystem: string,
  version: ComponentVersion,
): string | undefined {
  const containing = entry.ranges.filter((r) => r.test(version) === true);
  for (const ranges of [containing, entry.ranges]) {
    let best: { key: string; value: string } | undefined;
    for (const range of ranges) {
      const scheme: VersionScheme | null | undefined =
        range.type === 'SEMVER' ? SCHEMES.semver : lookupEcosystem(ecosystem)?.scheme;
      if (!scheme) continue;
      const own = version.keyIn(scheme);
      for (const event of range.events) {
        if (event.kind !== 'fixed') continue;
        const parsed = scheme.parse(event.value);
        if (!parsed.ok || (own.ok && parsed.key <= own.key)) continue;
        if (!best || parsed.key < best.key) best = { key: parsed.key, value: event.value };
      }
    }
    if (best) return best.value;
  }
  return undefined;
}

export { ComponentVersion };

/** The advisory index: `(ecosystem, name key)` → compiled advisories. */
export function indexCompiled(
  advisories: readonly CompiledAdvisory[],
): (ecosystem: string, key: string) => readonly CompiledAdvisory[] {
  const byKey = new Map<string, CompiledAdvisory[]>();
  for (const a of advisories) {
    for (const k of a.packages) {
      const list = byKey.get(k);
      if (list) list.push(a);
      else byKey.set(k, [a]);
    }
  }
  return (ecosystem, key) => byKey.get(packageIndexKey(ecosystem, key)) ?? [];
}
