import { describe, expect, it } from 'vitest';
import type { GapRow } from '../evidence/index.js';
import { explainEmptyRanking, type RankingEvidence } from './explain-empty-ranking.js';

const tagOnly: GapRow = {
  kind: 'unresolved-image',
  environment: 'production',
  workload: 'default/frontend',
  container: 'server',
  image: 'gcr.io/google-samples/microservices-demo/frontend:v0.10.1',
};
const noSbom: GapRow = {
  kind: 'no-sbom',
  environment: 'production',
  digest: `sha256:${'a'.repeat(64)}`,
  image: 'registry.example/app',
  workloads: ['default/app'],
};
const notRunning: GapRow = {
  kind: 'sbom-not-running',
  digest: `sha256:${'b'.repeat(64)}`,
  name: 'app',
  sbomId: 1,
  declared: false,
};

const base: RankingEvidence = { exposures: 0, advisories: 10, sboms: 2, workloads: 3, gaps: [] };

describe('explainEmptyRanking says why nothing was ranked and what to run next', () => {
  it.each<[string, Partial<RankingEvidence>, RegExp[]]>([
    ['no feeds', { advisories: 0 }, [/no advisories are stored: run `vigil feeds sync`/]],
    ['no SBOMs', { sboms: 0 }, [/no SBOMs are stored/]],
    ['no workloads', { workloads: 0 }, [/no workloads are known/]],
    [
      'tag-only images',
      { gaps: [tagOnly, tagOnly] },
      [/^2 containers name their image by tag only.*vigil twin gaps/],
    ],
    [
      'running digests without SBOM',
      { gaps: [noSbom] },
      [/^1 running digests have no SBOM: `vigil registry sbom IMAGE`/],
    ],
    ['SBOMs never seen running', { gaps: [notRunning] }, [/^1 SBOMs belong to artifacts never seen running/]],
    ['everything in place', {}, [/no known vulnerabilities in the stored feeds/]],
    ['several reasons at once', { advisories: 0, sboms: 0 }, [/no advisories/, /no SBOMs/]],
  ])('%s', (_, change, expected) => {
    const hints = explainEmptyRanking({ ...base, ...change });
    expect(hints).toHaveLength(expected.length);
    for (const [i, re] of expected.entries()) expect(hints[i]).toMatch(re);
  });

  it('says nothing when there are exposures', () => {
    expect(explainEmptyRanking({ ...base, exposures: 1, advisories: 0, gaps: [tagOnly] })).toEqual([]);
  });

  it('does not blame SBOMs never seen running when tag-only images explain it', () => {
    const hints = explainEmptyRanking({ ...base, gaps: [tagOnly, notRunning] });
    expect(hints).toHaveLength(1);
    expect(hints[0]).toMatch(/by tag only/);
  });
});
