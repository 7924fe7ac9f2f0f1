import type { GapRow } from '../evidence/index.js';

/** What the store holds that bears on an empty ranking. */
export interface RankingEvidence {
  /** Exposures listed (suppressed ones included). */
  readonly exposures: number;
  /** Advisories stored, all ecosystems. */
  readonly advisories: number;
  /** Current SBOMs stored. */
  readonly sboms: number;
  /** Workloads in the twin. */
  readonly workloads: number;
  readonly gaps: readonly GapRow[];
}

/**
 * Why a ranking came out empty, one line per reason, each naming what to run next; nothing when there are
 * exposures. The reasons are the ones a newcomer hits: no feeds, no SBOMs, no workloads, images named by tag
 * only (their SBOMs cannot be placed), running digests without an SBOM.
 */
export function explainEmptyRanking(e: RankingEvidence): string[] {
  if (e.exposures > 0) return [];
  const count = (kind: GapRow['kind']): number => e.gaps.filter((g) => g.kind === kind).length;
  const hints: string[] = [];
  if (e.advisories === 0)
    hints.push('no advisories are stored: run `vigil feeds sync` (or scan without --no-sync)');
  if (e.sboms === 0)
    hints.push('no SBOMs are stored: give CycloneDX or SPDX files, or run `vigil registry sbom IMAGE`');
  if (e.workloads === 0)
    hints.push(
      'no workloads are known: give Kubernetes manifests or `kubectl get pods -o json` output, a kubeconfig, or `vigil deploy record` events',
    );
  const tagOnly = count('unresolved-image');
  if (tagOnly > 0)
    hints.push(
      `${tagOnly} containers name their image by tag only, so no SBOM can be placed in them: give pods (\`kubectl get pods -o json\` carries digests), a kubeconfig, or \`vigil deploy record --image REF\` (resolved through the registry); \`vigil twin gaps\` lists them`,
    );
  const noSbom = count('no-sbom');
  if (noSbom > 0)
    hints.push(
      `${noSbom} running digests have no SBOM: \`vigil registry sbom IMAGE\` looks for one attached to the image, \`vigil sbom add\` takes one`,
    );
  const notRunning = count('sbom-not-running');
  if (notRunning > 0 && e.workloads > 0 && tagOnly === 0)
    hints.push(
      `${notRunning} SBOMs belong to artifacts never seen running: their digests match no workload; \`vigil twin gaps\` lists them`,
    );
  if (hints.length === 0)
    hints.push(
      'the running artifacts have no known vulnerabilities in the stored feeds (or VEX suppressed them: --all)',
    );
  return hints;
}
