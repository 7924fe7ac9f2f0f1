export { checkTriageRequest, type TriageDecision, type TriageRequest } from './check-triage.js';
export {
  type CompiledTriageRule,
  compileTriageRules,
  pickTriage,
  SUPPRESSING_TRIAGE,
  TRIAGE_JUSTIFICATIONS,
  TRIAGE_STATES,
  type TriageJustification,
  type TriagePick,
  type TriageRule,
  type TriageScope,
  type TriageState,
  type TriageTarget,
  triageScopeKey,
  triageSpecificity,
} from './triage-rule.js';
