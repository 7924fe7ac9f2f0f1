import { InputError } from '../../core/input/index.js';
import { compileAdvisory, matchAdvisory } from '../../core/matching/index.js';
import {
  ComponentVersion,
  compileAffected,
  packageNameKey,
  releaseMatches,
} from '../../core/osv-range/index.js';
import { formatPurl, parsePurl } from '../../core/purl/index.js';
import { type OsvPackageVersion, osvPackageOfPurl } from './osv-package-of-purl.js';
import type { AdvisoryRepository, StoredAdvisory } from './ports.js';

/** How one advisory affects the package version: the entry and range that matched, and the fixes. */
export interface AdvisoryMatch {
  readonly id: string;
  readonly summary: string;
  /** The OSV ecosystem of the matching entry (`PyPI`, `Debian:12`). */
  readonly ecosystem: string;
  /** `ECOSYSTEM [introduced 0, fixed 3.1.3]`, or `listed in versions`. */
  readonly range: string;
  /** The `fixed` events of the matched range (empty: no fix published). */
  readonly fixed: readonly string[];
}

/** One vulnerability affecting the package version, with all its ids. */
export interface VulnerabilityMatch {
  readonly vulnerabilityId: string;
  readonly ids: readonly string[];
  readonly advisories: readonly AdvisoryMatch[];
}

export interface QueryResult {
  readonly purl: string;
  readonly package: OsvPackageVersion;
  readonly vulnerabilities: readonly VulnerabilityMatch[];
  /** Advisories naming the package that could not be evaluated (unknown version scheme, bad range…). */
  readonly undetermined: readonly { id: string; reason: string }[];
}

/**
 * The advisories that affect exactly this package version, grouped by vulnerability: candidates come from
 * the store's (ecosystem, name) index and are evaluated as the exposures engine evaluates them (`matchAdvisory`).
 * @throws InputError when the purl is not valid, has no version, or no OSV ecosystem.
 */
export async function queryAdvisories(
  deps: { advisories: AdvisoryRepository },
  text: string,
): Promise<QueryResult> {
  const parsed = parsePurl(text, 'purl');
  if (!parsed.ok) throw new InputError(parsed.issues);
  const pkg = osvPackageOfPurl(parsed.value, 'purl');
  const candidates = await deps.advisories.forPackage(pkg.ecosystem, pkg.key);
  // The same verdict as the exposures engine: compiled advisories, the same rules for releases and GIT ranges.
  const osv = {
    ecosystem: pkg.ecosystem,
    keys: [pkg.key],
    name: pkg.name,
    version: pkg.version,
    ...(pkg.release ? { release: pkg.release } : {}),
  };
  const version = new ComponentVersion(pkg.version);
  const matched = new Map<string, AdvisoryMatch[]>();
  const undetermined: { id: string; reason: string }[] = [];
  for (const advisory of candidates) {
    const verdict = matchAdvisory(compileAdvisory(advisory.record), osv, version);
    if (verdict?.status === 'unknown') undetermined.push({ id: advisory.id, reason: verdict.reason });
    else if (verdict?.status === 'affected') {
      const list = matched.get(advisory.vulnerabilityId) ?? [];
      list.push(...matchesOf(advisory, pkg));
      matched.set(advisory.vulnerabilityId, list);
    }
  }
  const ids = await deps.advisories.idsOf([...matched.keys()]);
  const vulnerabilities = [...matched]
    .map(([vulnerabilityId, advisories]) => ({
      vulnerabilityId,
      ids: ids.get(vulnerabilityId) ?? [vulnerabilityId],
      advisories,
    }))
    .sort((a, b) =>
      a.vulnerabilityId < b.vulnerabilityId ? -1 : a.vulnerabilityId > b.vulnerabilityId ? 1 : 0,
    );
  return { purl: formatPurl(parsed.value), package: pkg, vulnerabilities, undetermined };
}

/** The entries and ranges of an affecting advisory that contain the version. */
function matchesOf(advisory: StoredAdvisory, pkg: OsvPackageVersion): AdvisoryMatch[] {
  const version = new ComponentVersion(pkg.version);
  const out: AdvisoryMatch[] = [];
  const base = { id: advisory.id, summary: advisory.record.summary ?? '' };
  for (const raw of advisory.record.affected ?? []) {
    const entry = compileAffected(raw);
    if (
      entry.ecosystem?.base !== pkg.ecosystem ||
      packageNameKey(pkg.ecosystem, entry.name ?? '') !== pkg.key
    )
      continue;
    const scope = entry.ecosystem.release;
    if (
      scope !== undefined &&
      (pkg.release === undefined || !releaseMatches(pkg.ecosystem, scope, pkg.release))
    )
      continue;
    const fixesOf = (events: readonly { kind: string; value: string }[]) =>
      events.filter((e) => e.kind === 'fixed').map((e) => e.value);
    const hits = entry.ranges.filter((r) => r.test(version) === true);
    for (const r of hits)
      out.push({
        ...base,
        ecosystem: entry.ecosystem.raw,
        range: `${r.type} [${describe(r.events)}]`,
        fixed: fixesOf(r.events),
      });
    if (hits.length === 0 && entry.listed(version))
      out.push({
        ...base,
        ecosystem: entry.ecosystem.raw,
        range: 'listed in versions',
        fixed: entry.ranges.flatMap((r) => fixesOf(r.events)),
      });
  }
  return out;
}

const describe = (events: readonly { kind: string; value: string }[]) =>
  events.map((e) => `${e.kind} ${e.value}`).join(', ');
