/**
 * Real (package, version) pairs read from the OSV mirror (../shared/data/osv): every version an advisory
 * lists in `affected[].versions` or names in a range event (introduced, fixed, last_affected), per package,
 * for the ecosystems the synthetic estate uses. Versions a scheme cannot order are left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readZip } from '../../src/adapters/feeds/index.js';
import { lookupEcosystem } from '../../src/core/version/index.js';
import { compareKeys, type VersionKey } from '../../src/core/version/version-scheme.js';

/** A pool of packages the generator draws from: one language ecosystem, or one distro release. */
export interface PackagePool {
  /** `npm`, `PyPI`, `Maven`, `Go`, `crates.io`, `Debian:12`, `Alpine:v3.18`… */
  readonly ecosystem: string;
  readonly packages: readonly CatalogPackage[];
}

export interface CatalogPackage {
  /** The name as OSV writes it (Maven `group:artifact`, Go module path, npm `@scope/name`). */
  readonly name: string;
  /** Distinct versions, newest first (the ecosystem's own order). */
  readonly versions: readonly string[];
  /** How many of `versions` came from `fixed` events only. */
  readonly fixedOnly: number;
  /** Advisories naming the package in this pool's ecosystem. */
  readonly advisories: number;
}

/** The OSV archives (folder names under the mirror) the estate reads. */
export const ESTATE_ARCHIVES = ['npm', 'PyPI', 'Maven', 'Go', 'crates.io', 'Debian', 'Alpine'] as const;

/** The pools the estate draws from, each the exact `affected[].package.ecosystem` of the records. */
export const ESTATE_POOLS = [
  'npm',
  'PyPI',
  'Maven',
  'Go',
  'crates.io',
  'Debian:12',
  'Debian:11',
  'Alpine:v3.18',
  'Alpine:v3.19',
  'Alpine:v3.20',
] as const;
export type PoolName = (typeof ESTATE_POOLS)[number];

interface OsvAffected {
  package?: { ecosystem?: string; name?: string };
  versions?: unknown[];
  ranges?: { type?: string; events?: Record<string, unknown>[] }[];
}

/**
 * Reads the archives and builds one pool per entry of `ESTATE_POOLS`.
 * @throws Error naming the path when the mirror or an archive is missing.
 */
export async function readOsvCatalog(osvFolder: string): Promise<Map<PoolName, PackagePool>> {
  if (!existsSync(osvFolder))
    throw new Error(`OSV mirror missing: ${osvFolder} (expected ../shared/data/osv beside the repository)`);
  const wanted = new Set<string>(ESTATE_POOLS);
  const acc = new Map<
    string,
    Map<string, { affected: Set<string>; fixed: Set<string>; advisories: number }>
  >();
  for (const archive of ESTATE_ARCHIVES) {
    const path = join(osvFolder, archive, 'all.zip');
    if (!existsSync(path)) throw new Error(`OSV archive missing: ${path}`);
    for (const entry of await readZip(readFileSync(path), path, { extension: '.json' })) {
      const record = JSON.parse(entry.data.toString('utf8')) as {
        withdrawn?: string;
        affected?: OsvAffected[];
      };
      if (record.withdrawn) continue;
      for (const a of record.affected ?? []) {
        const ecosystem = a.package?.ecosystem;
        const name = a.package?.name;
        if (!ecosystem || !name || !wanted.has(ecosystem)) continue;
        const scheme = lookupEcosystem(ecosystem)?.scheme;
        if (!scheme) continue;
        let pool = acc.get(ecosystem);
        if (!pool) {
          pool = new Map();
          acc.set(ecosystem, pool);
        }
        let pkg = pool.get(name);
        if (!pkg) {
          pkg = { affected: new Set(), fixed: new Set(), advisories: 0 };
          pool.set(name, pkg);
        }
        pkg.advisories++;
        const add = (set: Set<string>, v: unknown) => {
          if (typeof v === 'string' && v !== '0' && v !== '' && scheme.isValid(v)) set.add(v);
        };
        for (const v of a.versions ?? []) add(pkg.affected, v);
        for (const range of a.ranges ?? []) {
          if (range.type === 'GIT') continue;
          for (const ev of range.events ?? []) {
            add(pkg.affected, ev.introduced);
            add(pkg.affected, ev.last_affected);
            add(pkg.fixed, ev.fixed);
          }
        }
      }
    }
  }
  const out = new Map<PoolName, PackagePool>();
  for (const ecosystem of ESTATE_POOLS) {
    const pool = acc.get(ecosystem);
    if (!pool) throw new Error(`the OSV mirror has no ${ecosystem} records`);
    const packages: CatalogPackage[] = [];
    for (const [name, p] of [...pool].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const fixedOnly = [...p.fixed].filter((v) => !p.affected.has(v));
      const scheme = lookupEcosystem(ecosystem)!.scheme!;
      const keyed = [...new Set([...p.affected, ...fixedOnly])].map((v) => {
        const parsed = scheme.parse(v);
        return { v, key: parsed.ok ? parsed.key : ('' as VersionKey) };
      });
      const versions = keyed
        .sort((a, b) => compareKeys(b.key, a.key) || (a.v < b.v ? -1 : 1))
        .map((k) => k.v);
      if (versions.length === 0) continue;
      packages.push({ name, versions, fixedOnly: fixedOnly.length, advisories: p.advisories });
    }
    out.set(ecosystem, { ecosystem, packages });
  }
  return out;
}
