export { discoverMissingSboms, type MissingSbomLookup, sbomCoverage } from './discover-missing-sboms.js';
export { explainEmptyRanking, type RankingEvidence } from './explain-empty-ranking.js';
