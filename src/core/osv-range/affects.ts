import { lookupEcosystem } from '../version/index.js';
import { type CompiledAffected, compileAffected } from './compile-affected.js';
import { ComponentVersion } from './component-version.js';
import { decidedWithoutGit } from './decided-without-git.js';
import { releaseMatches } from './distro-release.js';
import type { GitHistory } from './git-range.js';
import { parseOsvEcosystem } from './osv-ecosystem.js';
import { packageNameKey } from './package-name.js';
import { quote, type Verdict } from './verdict.js';

/** The component asked about: OSV ecosystem (a `:release` suffix is read), name, version. */
export interface AffectsComponent {
  readonly ecosystem: string;
  readonly name: string;
  readonly version: string;
  /** The distro release (`12`, `bookworm`, `v3.18`, `22.04`); overrides a suffix in `ecosystem`. */
  readonly release?: string;
  /** The source commit, for GIT ranges. */
  readonly commit?: string;
}

export interface AffectsOptions {
  readonly git?: GitHistory;
}

/**
 * Whether an OSV record (parsed JSON) affects a component, per the OSV schema's evaluation: the component is
 * affected when an `affected[]` entry for its package (and distro release) lists its version or has a range
 * containing it. Withdrawn records never match. An unknown ecosystem, an invalid version or a range that
 * cannot be evaluated gives `{ unknown: reason }`, never a guess.
 * @example affects(osv, { ecosystem: 'npm', name: 'lodash', version: '4.17.20' })
 *   // { affected: true, reason: '"4.17.20" is inside the SEMVER range [introduced 0, fixed 4.17.21]' }
 */
export function affects(
  advisory: unknown,
  component: AffectsComponent,
  options: AffectsOptions = {},
): Verdict {
  if (typeof advisory !== 'object' || advisory === null || Array.isArray(advisory))
    return { unknown: 'the advisory is not an OSV record (expected a JSON object)' };
  const record = advisory as Record<string, unknown>;
  const id = typeof record.id === 'string' ? record.id : 'the advisory';
  if (typeof record.withdrawn === 'string' && record.withdrawn !== '')
    return { affected: false, reason: `${id} was withdrawn on ${record.withdrawn}` };

  const wanted = parseOsvEcosystem(component.ecosystem);
  const known = lookupEcosystem(wanted.base);
  if (!known)
    return {
      unknown: `ecosystem ${quote(wanted.base)} is not supported: Vigil knows no version order for it`,
    };
  const base = known.ecosystem;
  const release = component.release ?? wanted.release;
  const name = packageNameKey(base, component.name);
  const affected = Array.isArray(record.affected) ? record.affected : [];

  const entries: CompiledAffected[] = [];
  const otherReleases: string[] = [];
  for (const raw of affected) {
    const entry = compileAffected(raw, options.git ? { git: options.git } : {});
    if (!entry.ecosystem || entry.ecosystem.base !== base || packageNameKey(base, entry.name ?? '') !== name)
      continue;
    const scope = entry.ecosystem.release;
    if (scope === undefined || (release !== undefined && releaseMatches(base, scope, release)))
      entries.push(entry);
    else otherReleases.push(entry.ecosystem.raw);
  }
  const what = `${base} ${component.name}`;
  if (entries.length === 0) {
    if (otherReleases.length === 0)
      return { affected: false, reason: `${id} has no affected entry for ${what}` };
    const scopes = [...new Set(otherReleases)].join(', ');
    if (release === undefined)
      return { unknown: `${id} is scoped to distro releases (${scopes}); the component has no release` };
    return { affected: false, reason: `${id} covers ${what} only in ${scopes}, not release ${release}` };
  }

  const version = new ComponentVersion(component.version, component.commit);
  const unknown: string[] = [];
  for (const entry of entries) {
    const verdict = entry.evaluate(version);
    // The same rule as the exposures engine: a GIT range is "unknown" only when it is the only evidence.
    if ('unknown' in verdict) {
      if (!decidedWithoutGit(entry, version)) unknown.push(verdict.unknown);
    } else if (verdict.affected) return { affected: true, reason: `${id}: ${verdict.reason}` };
  }
  if (unknown.length > 0) return { unknown: `${id}: ${unknown.join('; ')}` };
  const scope = entries.map((e) => e.ecosystem?.raw).filter((e, i, all) => all.indexOf(e) === i);
  return {
    affected: false,
    reason: `${id}: ${quote(component.version)} is not affected in ${scope.join(', ')}`,
  };
}
