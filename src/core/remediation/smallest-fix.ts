import {
  type AdvisoryLookup,
  matchOsvPackage,
  type OsvPackage,
  osvPackageOf,
  type PackageVersionRef,
} from '../matching/index.js';
import { compareVersions } from '../version/index.js';

/** The smallest upgrade of one package version that no stored advisory affects, or why there is none. */
export type SmallestFix =
  | { readonly to: string; readonly closes: readonly string[] }
  | { readonly to: null; readonly closes: readonly string[]; readonly why: string };

/** Versions tried at most before giving up: each try moves strictly up, so this only bounds hostile data. */
const MAX_TRIES = 64;

/**
 * The smallest version, in the ecosystem's own order, that is a `fixed` version of an advisory affecting the
 * package and that no advisory stored for the package affects: a fix of one advisory that lands inside another's
 * range is no fix, and an upgrade must not open a new exposure. Tried from the smallest fixed version up; an
 * advisory still affecting a candidate adds its own fixed version there.
 */
export function smallestFix(pv: PackageVersionRef, lookup: AdvisoryLookup): SmallestFix {
  const pkg = osvPackageOf(pv);
  if ('unknown' in pkg) return { to: null, closes: [], why: pkg.unknown };
  const affecting = (p: OsvPackage) => matchOsvPackage(p, lookup).filter((f) => f.status === 'affected');
  const now = affecting(pkg);
  const closes = [...new Set(now.map((f) => f.advisoryId))].sort();
  const compare = (a: string, b: string) => compareVersions(pkg.ecosystem, a, b);
  const above = (v: string) => {
    try {
      return compare(v, pkg.version) > 0;
    } catch {
      return false; // a fixed version outside the scheme: never a target
    }
  };
  const candidates = new Set<string>();
  const add = (versions: readonly (string | undefined)[]) => {
    for (const v of versions) if (v !== undefined && above(v)) candidates.add(v);
  };
  add(now.map((f) => ('fixedVersion' in f ? f.fixedVersion : undefined)));
  const tried = new Set<string>();
  for (let i = 0; i < MAX_TRIES; i++) {
    const next = [...candidates].filter((v) => !tried.has(v)).sort(compare)[0];
    if (next === undefined) break;
    tried.add(next);
    const still = affecting({ ...pkg, version: next });
    if (still.length === 0) return { to: next, closes };
    add(still.map((f) => ('fixedVersion' in f ? f.fixedVersion : undefined)));
  }
  return {
    to: null,
    closes,
    why:
      tried.size === 0
        ? 'no advisory affecting it names a fixed version'
        : `every fixed version (${[...tried].sort(compare).join(', ')}) is still affected by another advisory`,
  };
}
