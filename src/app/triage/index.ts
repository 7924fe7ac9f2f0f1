export type { StoredTriageRule, TriageAuditEntry, TriageRepository } from './ports.js';
export {
  describeScope,
  listTriage,
  revokeTriage,
  setTriage,
  type TriageActor,
  type TriageDeps,
  type TriageResult,
  triageAudit,
} from './triage.js';
