export { explainEmptyRanking, type RankingEvidence } from './explain-empty-ranking.js';
