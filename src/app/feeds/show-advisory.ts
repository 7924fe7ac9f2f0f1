import { cveOf, type OsvSeverity } from '../../core/advisory/index.js';
import { inputError } from '../../core/input/index.js';
import type { AdvisoryRepository, EpssRepository, EpssScore, KevListing, KevRepository } from './ports.js';

/** A package range of an advisory, for display: `ECOSYSTEM [introduced 0, fixed 3.1.3]`. */
export interface AffectedView {
  readonly ecosystem: string;
  readonly name: string;
  readonly ranges: readonly string[];
  readonly versions: number;
}

export interface AdvisoryView {
  readonly id: string;
  readonly summary: string;
  readonly details: string;
  readonly modified: string;
  readonly published?: string;
  readonly withdrawn?: string;
  readonly severity: readonly OsvSeverity[];
  readonly affected: readonly AffectedView[];
  readonly references: readonly string[];
}

/** A vulnerability with every id it goes by, its OSV records, and its KEV and EPSS enrichment. */
export interface VulnerabilityView {
  readonly vulnerabilityId: string;
  readonly ids: readonly string[];
  readonly advisories: readonly AdvisoryView[];
  readonly kev: readonly KevListing[];
  readonly epss: readonly EpssScore[];
}

/**
 * Finds a vulnerability by any of its ids (an OSV id or an alias, in any letter case) and assembles it.
 * @throws InputError `ADVISORY_UNKNOWN` when no stored record has or names that id.
 */
export async function showAdvisory(
  deps: { advisories: AdvisoryRepository; kev: KevRepository; epss: EpssRepository },
  id: string,
): Promise<VulnerabilityView> {
  const group = await deps.advisories.findGroup(id.trim());
  if (!group)
    throw inputError(
      'ADVISORY_UNKNOWN',
      'ID',
      `${JSON.stringify(id)} is neither an advisory id nor an alias of one; run vigil feeds sync first?`,
    );
  const cves = [...new Set(group.ids.map(cveOf).filter((c): c is string => c !== undefined))];
  const [kev, epss] = await Promise.all([deps.kev.listings(cves), deps.epss.scores(cves)]);
  const advisories = group.advisories.map((a): AdvisoryView => {
    const r = a.record;
    return {
      id: a.id,
      summary: r.summary ?? '',
      details: r.details ?? '',
      modified: r.modified,
      ...(r.published ? { published: r.published } : {}),
      ...(r.withdrawn ? { withdrawn: r.withdrawn } : {}),
      severity: [...(r.severity ?? []), ...(r.affected ?? []).flatMap((x) => x.severity ?? [])],
      affected: (r.affected ?? []).map((x) => ({
        ecosystem: x.package?.ecosystem ?? '',
        name: x.package?.name ?? '',
        ranges: (x.ranges ?? []).map((g) => `${g.type} [${g.events.map(describeEvent).join(', ')}]`),
        versions: x.versions?.length ?? 0,
      })),
      references: (r.references ?? []).map((ref) => ref.url),
    };
  });
  return { vulnerabilityId: group.vulnerabilityId, ids: group.ids, advisories, kev, epss };
}

function describeEvent(e: Record<string, unknown>): string {
  const [kind, value] = Object.entries(e).find(([k]) =>
    ['introduced', 'fixed', 'last_affected', 'limit'].includes(k),
  ) ?? ['?', ''];
  return `${kind} ${String(value)}`;
}
