import type { RiskConfig } from '../../core/risk/index.js';
import { type Exposure, listExposures } from './list-exposures.js';
import type { ExposureRepository } from './ports.js';

export interface ImpactedWorkload extends Exposure {
  /** Components from the artifact's top level down to the vulnerable one. */
  readonly path: readonly string[];
}

export interface AdvisoryImpact {
  readonly vulnerability: string;
  readonly ids: readonly string[];
  readonly summary: string;
  readonly exposures: readonly ImpactedWorkload[];
}

/**
 * "Advisory X was just published: where does it run?" — every workload and environment running (or
 * declared to run) a component it affects, by any of its ids. Undefined when no stored advisory has the id.
 */
export async function advisoryImpact(
  repo: ExposureRepository,
  config: RiskConfig,
  id: string,
): Promise<AdvisoryImpact | undefined> {
  const vulnerability = await repo.vulnerabilityOf(id.trim());
  if (!vulnerability) return undefined;
  const members = await repo.advisoryFacts([vulnerability]);
  const ids = [...new Set([vulnerability, ...members.flatMap((m) => [m.id, ...m.aliases])])].sort();
  const exposures = await listExposures(repo, config, { advisoryIds: members.map((m) => m.id) });
  const paths = new Map<string, readonly string[]>();
  const withPaths: ImpactedWorkload[] = [];
  for (const e of exposures) {
    const k = `${e.artifact}|${e.packageVersionId}`;
    let path = paths.get(k);
    if (!path) {
      path = await repo.componentPath(e.artifact, e.packageVersionId);
      paths.set(k, path);
    }
    withPaths.push({ ...e, path: [e.artifactName || e.artifact, ...path] });
  }
  return {
    vulnerability,
    ids,
    summary: members.map((m) => m.summary).find((s) => s) ?? '',
    exposures: withPaths,
  };
}
