export { assessCvss, type CvssAssessment, type CvssVersion } from './cvss.js';
export { DEFAULT_SLA, RiskConfig } from './risk-config.js';
export {
  CRITICALITIES,
  type Criticality,
  compareScored,
  DECISIONS,
  type Decision,
  type ExposureFacts,
  type ExposureScore,
  type Reason,
  scoreExposure,
  TIERS,
  type Tier,
  type WorkloadExposureFacts,
} from './score-exposure.js';
export { dueDate } from './sla.js';
