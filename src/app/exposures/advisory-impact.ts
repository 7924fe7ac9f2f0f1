import type { RiskConfig } from '../../core/risk/index.js';
import { type Exposure, rankExposures } from './list-exposures.js';
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
  /** Only these environments (a team's); absent: all. */
  environments?: readonly string[],
): Promise<AdvisoryImpact | undefined> {
  const vulnerability = await repo.vulnerabilityOf(id.trim());
  if (!vulnerability) return undefined;
  const members = await repo.advisoryFacts([vulnerability]);
  const ids = [...new Set([vulnerability, ...members.flatMap((m) => [m.id, ...m.aliases])])].sort();
  const ranked = await rankExposures(repo, config, {
    advisoryIds: members.map((m) => m.id),
    ...(environments ? { environments } : {}),
  });
  // one path per (artifact, component), looked up by the store's ids, which stay out of the result
  const targets = new Map<string, { artifactDigest: string; packageVersionId: number }>();
  for (const { exposure: e, packageVersionId } of ranked)
    targets.set(`${e.artifact}|${e.component.purl}`, { artifactDigest: e.artifact, packageVersionId });
  const found = await repo.componentPaths([...targets.values()]);
  const paths = new Map([...targets.keys()].map((k, i) => [k, found[i] ?? []]));
  const withPaths: ImpactedWorkload[] = ranked.map(({ exposure: e }) => ({
    ...e,
    path: [e.artifactName || e.artifact, ...(paths.get(`${e.artifact}|${e.component.purl}`) ?? [])],
  }));
  return {
    vulnerability,
    ids,
    summary: members.map((m) => m.summary).find((s) => s) ?? '',
    exposures: withPaths,
  };
}
