import type { StoredVexStatement } from '../../vex/index.js';
import type { AdvisoryFacts, EpssFacts, ExposureRepository, ExposureRow, KevFacts } from '../ports.js';

/** An exposure repository over rows in memory, for tests of the ranking: it honours the advisory filter. */
export function memoryExposureRepository(
  rows: readonly ExposureRow[],
  advisories: readonly AdvisoryFacts[] = [],
  more: {
    readonly statements?: readonly StoredVexStatement[];
    readonly kev?: (cves: readonly string[]) => KevFacts[];
    readonly epss?: (cves: readonly string[]) => EpssFacts[];
  } = {},
): ExposureRepository {
  return {
    exposureRows: async (f) => rows.filter((r) => !f.advisoryIds || f.advisoryIds.includes(r.advisoryId)),
    advisoryFacts: async (ids) => advisories.filter((a) => ids.includes(a.vulnerabilityId)),
    affectedAdvisories: async () => {
      const counts = new Map<string, { advisoryId: string; vulnerabilityId: string; findings: number }>();
      for (const r of rows) {
        const c = counts.get(r.advisoryId);
        if (c) c.findings++;
        else
          counts.set(r.advisoryId, {
            advisoryId: r.advisoryId,
            vulnerabilityId: r.vulnerabilityId,
            findings: 1,
          });
      }
      return [...counts.values()];
    },
    kev: async (cves) => more.kev?.(cves) ?? [],
    epss: async (cves) => more.epss?.(cves) ?? [],
    vexStatements: async () => [...(more.statements ?? [])],
    triageRules: async () => [],
    vulnerabilityOf: async () => undefined,
    componentPaths: async (targets) => targets.map(() => []),
    twinCoverage: async () => [],
    unknownFindings: async () => 0,
    unplacedFindings: async () => ({ artifacts: 0, packageVersions: 0 }),
    artifactFindings: async () => [],
  };
}
