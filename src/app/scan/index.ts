export { discoverMissingSboms, type MissingSbomLookup, sbomCoverage } from './discover-missing-sboms.js';
export { explainEmptyRanking, type RankingEvidence } from './explain-empty-ranking.js';
export {
  LIVE_CLUSTER_TIMEOUT_MS,
  REGISTRY_CONCURRENCY,
  runScan,
  type ScanDeps,
  type ScanEvidenceFile,
  type ScanObserver,
  type ScanRequest,
  type ScanResult,
} from './run-scan.js';
