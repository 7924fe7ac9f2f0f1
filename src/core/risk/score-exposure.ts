import { SUPPRESSING_TRIAGE } from '../triage/triage-rule.js';
import type { CvssAssessment } from './cvss.js';
import type { RiskConfig } from './risk-config.js';

// One definition of the tiers: the twin's (the schema's `environments.tier` check).
export { TIERS, type Tier } from '../twin/environment-tier.js';

import type { Tier } from '../twin/environment-tier.js';
import type { WorkloadAttributes } from '../twin/workload-attributes.js';
export const CRITICALITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Criticality = (typeof CRITICALITIES)[number];
/** SSVC-style decisions, most urgent first. */
export const DECISIONS = ['Act', 'Attend', 'Track*', 'Track'] as const;
export type Decision = (typeof DECISIONS)[number];

/**
 * The workload facts the risk model reads: the twin's own `WorkloadAttributes` (one definition), each
 * possibly absent — a workload only a pipeline declared has none until Kubernetes evidence arrives.
 */
export type WorkloadExposureFacts = Partial<
  Pick<
    WorkloadAttributes,
    | 'internetFacing'
    | 'exposure'
    | 'networkPolicyIsolated'
    | 'privileged'
    | 'hostNetwork'
    | 'hostPID'
    | 'powerfulServiceAccount'
    | 'rbac'
  >
>;

/** Everything the risk model reads about one exposure; the clock is not among it. */
export interface ExposureFacts {
  /** Seen running (true) or only declared by a pipeline or manifest (false). */
  readonly running: boolean;
  readonly environment: {
    readonly name: string;
    readonly tier: Tier;
    readonly criticality: Criticality;
    readonly labels: Readonly<Record<string, string>>;
  };
  readonly workload: {
    readonly labels: Readonly<Record<string, string>>;
    readonly attributes: WorkloadExposureFacts;
  };
  readonly kev?: { readonly dateAdded: string; readonly dueDate?: string; readonly ransomware: boolean };
  readonly epss?: { readonly probability: number; readonly percentile: number; readonly date: string };
  readonly cvss: readonly CvssAssessment[];
  readonly fixedVersion?: string;
  /** The VEX statement that applies, if any. */
  readonly vex?: { readonly status: string; readonly justification?: string; readonly source: string };
  /**
   * The triage decision in force, if any: it decides suppression over VEX (a person's decision on this
   * estate outranks a supplier's statement, docs/adr/081). `expired`: an acceptance that ran out.
   */
  readonly triage?: {
    readonly state: string;
    readonly justification?: string;
    readonly by: string;
    readonly expiresAt?: string;
    readonly expired?: boolean;
  };
}

export interface Reason {
  /** Which signal: reachable, exploitable or relevant. */
  readonly question: 'reachable' | 'exploitable' | 'relevant' | 'vex' | 'triage';
  readonly text: string;
  readonly points: number;
}

export interface ExposureScore {
  readonly decision: Decision;
  /** 0–100, for ordering within a decision. */
  readonly score: number;
  readonly reasons: readonly Reason[];
  /**
   * Triage says not_affected, false_positive or accepted_risk (in force), or, without triage, a VEX statement
   * says not_affected or fixed: listed with --all only, never deleted.
   */
  readonly suppressed: boolean;
}

const SUPPRESSING_STATES = new Set<string>(SUPPRESSING_TRIAGE);

const rank = (c: string | undefined): number => (c ? CRITICALITIES.indexOf(c as Criticality) : -1);

/** Scores one exposure: a decision, a 0–100 score and the reasons for both. Deterministic. */
export function scoreExposure(facts: ExposureFacts, config: RiskConfig): ExposureScore {
  const w = config.weights;
  const reasons: Reason[] = [];
  const add = (question: Reason['question'], points: number, text: string): void => {
    reasons.push({ question, text, points: Math.round(points * 10) / 10 });
  };
  const env = facts.environment;
  const attrs = facts.workload.attributes;

  // Reachable
  add(
    'reachable',
    facts.running ? w.running : w.running / 2,
    facts.running ? 'seen running' : 'declared by a pipeline or manifest, not seen running',
  );
  add('reachable', w.tier[env.tier], `${env.tier} environment ${env.name}`);
  const open = Boolean(attrs.internetFacing);
  if (open)
    add(
      'reachable',
      w.internetFacing,
      `internet-facing: ${(attrs.exposure ?? []).join('; ') || 'exposed outside the cluster'}`,
    );
  else if (attrs.networkPolicyIsolated)
    add('reachable', w.networkPolicyIsolated, 'ingress isolated by a NetworkPolicy');

  // Exploitable
  const best = [...facts.cvss].sort(
    (a, b) => b.baseScore - a.baseScore || b.version.localeCompare(a.version),
  )[0];
  if (facts.kev) {
    add(
      'exploitable',
      w.kev,
      `in CISA KEV since ${facts.kev.dateAdded}${facts.kev.dueDate ? ` (remediation due ${facts.kev.dueDate})` : ''}`,
    );
    if (facts.kev.ransomware) add('exploitable', w.kevRansomware, 'known use in ransomware campaigns');
  }
  if (facts.epss) {
    const pct = Math.round(facts.epss.percentile * 100);
    add(
      'exploitable',
      w.epss * facts.epss.probability,
      `EPSS ${facts.epss.probability.toFixed(3)} (percentile ${pct}) on ${facts.epss.date}`,
    );
  }
  if (best) {
    add(
      'exploitable',
      (w.cvss * best.baseScore) / 10,
      `CVSS ${best.version} base ${best.baseScore.toFixed(1)}`,
    );
    if (best.attackVector === 'N') add('exploitable', w.attackVectorNetwork, 'attack vector: network');
  }
  const attacked = facts.cvss.some((c) => c.exploitMaturity === 'attacked');
  if (attacked) add('exploitable', w.exploitMaturityAttacked, 'CVSS v4.0 exploit maturity: attacked');
  if (facts.fixedVersion) add('exploitable', w.fixAvailable, `fixed in ${facts.fixedVersion}`);

  // Relevant
  const labelCriticality = facts.workload.labels[config.labels.criticality];
  const criticality =
    rank(labelCriticality) > rank(env.criticality) ? (labelCriticality as Criticality) : env.criticality;
  if (w.criticality[criticality] !== 0) {
    const from = criticality === env.criticality ? 'environment' : 'workload';
    add('relevant', w.criticality[criticality], `${from} criticality ${criticality}`);
  }
  const classification = (
    facts.workload.labels[config.labels.dataClassification] ?? env.labels[config.labels.dataClassification]
  )?.toLowerCase();
  if (classification && classification in w.dataClassification) {
    const points = w.dataClassification[classification as keyof typeof w.dataClassification];
    if (points !== 0) add('relevant', points, `data classification ${classification}`);
  }
  const privileges = [
    attrs.privileged && 'privileged container',
    attrs.hostPID && 'hostPID',
    attrs.hostNetwork && 'hostNetwork',
  ].filter(Boolean);
  if (privileges.length > 0) add('relevant', w.privileged, `runs with ${privileges.join(', ')}`);
  if (attrs.powerfulServiceAccount)
    add(
      'relevant',
      w.powerfulServiceAccount,
      `powerful service account${attrs.rbac?.length ? `: ${attrs.rbac.join('; ')}` : ''}`,
    );

  const triage = facts.triage;
  const triageDecides = triage !== undefined && !triage.expired;
  const vexSuppresses = facts.vex?.status === 'not_affected' || facts.vex?.status === 'fixed';
  const suppressed = triageDecides ? SUPPRESSING_STATES.has(triage.state) : vexSuppresses;
  if (facts.vex) {
    const just = facts.vex.justification ? ` (${facts.vex.justification})` : '';
    const effect = triageDecides
      ? vexSuppresses
        ? ': triage decides'
        : ''
      : vexSuppresses
        ? ': suppressed'
        : '';
    add('vex', 0, `VEX ${facts.vex.status}${just} from ${facts.vex.source}${effect}`);
  }
  if (triage) {
    const just = triage.justification ? ` (${triage.justification})` : '';
    const until = triage.expiresAt
      ? triage.expired
        ? ` expired ${triage.expiresAt}`
        : ` until ${triage.expiresAt}`
      : '';
    const effect = triage.expired ? ': back on the list' : suppressed ? ': suppressed' : '';
    add('triage', 0, `triage ${triage.state}${just} by ${triage.by}${until}${effect}`);
  }

  const total = reasons.reduce((s, r) => s + r.points, 0);
  const score = Math.max(0, Math.min(100, Math.round(total)));
  const exploitation =
    facts.kev || attacked
      ? 'active'
      : (facts.epss?.probability ?? 0) >= config.decision.epssLikely ||
          facts.cvss.some((c) => c.exploitMaturity === 'poc')
        ? 'poc'
        : 'none';
  const exposure = open ? 'open' : !facts.running || attrs.networkPolicyIsolated ? 'small' : 'controlled';
  const highData = classification === 'confidential' || classification === 'restricted';
  const impact =
    env.tier === 'production' && (rank(criticality) >= rank('high') || highData)
      ? 'high'
      : env.tier === 'production' || rank(criticality) >= rank('high')
        ? 'medium'
        : 'low';
  const decision = decide(exploitation, exposure, impact, (best?.baseScore ?? 0) >= config.decision.cvssHigh);
  return { decision, score, reasons, suppressed };
}

/** The SSVC deployer tree, reduced to the signals Vigil has (docs/adr/050-risk-model.md). */
function decide(
  exploitation: 'active' | 'poc' | 'none',
  exposure: 'open' | 'controlled' | 'small',
  impact: 'high' | 'medium' | 'low',
  severe: boolean,
): Decision {
  if (exploitation === 'active') {
    if (exposure === 'open') return 'Act';
    if (exposure === 'controlled') return impact === 'low' ? 'Attend' : 'Act';
    return impact === 'high' ? 'Attend' : 'Track*';
  }
  if (exploitation === 'poc') {
    if (exposure === 'open') return impact === 'low' ? 'Track*' : 'Attend';
    if (exposure === 'controlled') return impact === 'high' ? 'Attend' : 'Track*';
    return 'Track*';
  }
  return exposure === 'open' && severe ? 'Track*' : 'Track';
}

/** Orders exposures: decision first, then score, then a stable key. */
export function compareScored(
  a: { decision: Decision; score: number; key: string },
  b: { decision: Decision; score: number; key: string },
): number {
  return (
    DECISIONS.indexOf(a.decision) - DECISIONS.indexOf(b.decision) ||
    b.score - a.score ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}
