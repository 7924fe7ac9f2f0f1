import { packageNameKey, parseOsvEcosystem } from '../osv-range/index.js';

/**
 * How advisories and components meet: a package is `(base ecosystem, normalized name)`.
 * OSV names ecosystem variants `Debian:12`, `Alpine:v3.18`, `Ubuntu:Pro:18.04:LTS`; the index keeps the base
 * (`Debian`) and the matcher (`affects`) filters the release from the record itself.
 */
export interface PackageKey {
  readonly ecosystem: string;
  readonly name: string;
}

/**
 * The index key of an OSV package, normalized exactly as the matcher compares names (`packageNameKey`:
 * PEP 503 for PyPI, lower case for case-insensitive registries).
 * @example packageKey('PyPI', 'Jinja2') // { ecosystem: 'PyPI', name: 'jinja2' }
 */
export function packageKey(ecosystem: string, name: string): PackageKey {
  const base = parseOsvEcosystem(ecosystem).base;
  return { ecosystem: base, name: packageNameKey(base, name) };
}
