import type { RiskConfig } from '../../core/risk/index.js';
import { type Exposure, listExposures } from './list-exposures.js';
import type { ExposureRepository } from './ports.js';

/** What a feed change means where it runs: one vulnerability and the running workloads it now hits. */
export interface ImpactEvent {
  readonly vulnerability: string;
  readonly ids: readonly string[];
  readonly summary: string;
  /** The advisories of the change (new, modified or withdrawn records). */
  readonly advisories: readonly string[];
  /** Unsuppressed exposures in workloads (seen running, or declared by a deployment: `running` says), in rank order. */
  readonly exposures: readonly Exposure[];
}

/**
 * Pushed impact: for the advisories a feed delta changed, the deployed workloads each vulnerability hits now, in one
 * ranking query. A vulnerability that hits nothing deployed (or only what VEX suppresses) gives no event.
 */
export async function impactOfChanges(
  repo: ExposureRepository,
  config: RiskConfig,
  advisoryIds: readonly string[],
): Promise<ImpactEvent[]> {
  if (advisoryIds.length === 0) return [];
  const changed = new Set(advisoryIds);
  const ranking = await listExposures(repo, config, { advisoryIds });
  const byVulnerability = new Map<string, Exposure[]>();
  for (const e of ranking) {
    if (e.suppressed) continue;
    const list = byVulnerability.get(e.vulnerability);
    if (list) list.push(e);
    else byVulnerability.set(e.vulnerability, [e]);
  }
  return [...byVulnerability.values()].map((exposures) => {
    const first = exposures[0] as Exposure;
    return {
      vulnerability: first.vulnerability,
      ids: first.ids,
      summary: first.summary,
      advisories: first.advisories.filter((a) => changed.has(a)),
      exposures,
    };
  });
}
