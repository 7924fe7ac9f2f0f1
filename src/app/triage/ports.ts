import type { TriageDecision, TriageRule } from '../../core/triage/index.js';

/** A stored decision with how it ended, if it did. */
export interface StoredTriageRule extends TriageRule {
  readonly revokedAt?: string;
  readonly revokedBy?: string;
  readonly revokeReason?: string;
  /** The decision that replaced it (a later one on the same scope). */
  readonly replacedBy?: number;
}

/** One line of the audit trail: a decision made, replaced, revoked, or run out. */
export interface TriageAuditEntry {
  readonly at: string;
  readonly action: 'set' | 'replaced' | 'revoked' | 'expired';
  readonly rule: number;
  /** Who; `expired` lines name the maker of the decision that ran out. */
  readonly by: string;
  /** Why: the decision's reason, or the revocation's. */
  readonly reason: string;
  readonly state: TriageRule['state'];
  readonly scope: TriageRule['scope'];
}

/** Where decisions are kept (migrations/013_triage.sql). */
export interface TriageRepository {
  /** The decisions in force at `at`: made at or before it and not revoked by then (expired ones included). */
  rulesAt(at: string): Promise<TriageRule[]>;
  /**
   * In one transaction: revokes the decision in force on the same scope (`scopeKey`), if any, as replaced
   * by the new one, and stores the new one.
   */
  setRule(write: {
    readonly decision: TriageDecision;
    readonly scopeKey: string;
    readonly by: string;
    readonly at: string;
  }): Promise<{ readonly rule: TriageRule; readonly replaced?: number }>;
  /** A decision in force by its id. */
  findRule(id: number): Promise<StoredTriageRule | undefined>;
  /** Revokes a decision in force; undefined when no decision in force has the id. */
  revokeRule(
    id: number,
    revoke: { readonly by: string; readonly at: string; readonly reason: string },
  ): Promise<StoredTriageRule | undefined>;
  /** Decisions, newest first: those in force at `now`, or every one (`all`). */
  listRules(opts: { readonly all: boolean; readonly now: string }): Promise<StoredTriageRule[]>;
  /** The audit trail up to `now`, newest first. */
  audit(opts: { readonly limit: number; readonly now: string }): Promise<TriageAuditEntry[]>;
}
