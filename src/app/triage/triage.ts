import { InputError, inputError } from '../../core/input/index.js';
import {
  checkTriageRequest,
  compileTriageRules,
  type TriageRequest,
  type TriageRule,
  type TriageScope,
  triageScopeKey,
  triageSpecificity,
} from '../../core/triage/index.js';
import type { RankedExposure } from '../exposures/index.js';
import type { StoredTriageRule, TriageAuditEntry, TriageRepository } from './ports.js';

export interface TriageDeps {
  readonly repo: TriageRepository;
  /** Every current exposure, suppressed ones too, of these environments (all when undefined). */
  readonly exposures: (environments?: readonly string[]) => Promise<readonly RankedExposure[]>;
  readonly now: () => Date;
}

/** Who acts: the name the audit trail keeps, and what they may change. */
export interface TriageActor {
  readonly actor: string;
  /** Only these environments (a team's); undefined: every one. */
  readonly environments?: readonly string[] | undefined;
  /** Throws when the actor may not decide on this scope (HTTP: 403); called once the request is checked. */
  readonly authorize?: ((scope: TriageScope) => void) | undefined;
}

export interface TriageResult {
  readonly rule: TriageRule;
  /** The decision on the same scope it replaced. */
  readonly replaced?: number;
  /** Current exposures it covers (a more specific decision may still decide some of them). */
  readonly covers: number;
}

/**
 * Records a triage decision (docs/adr/081): checked (`checkTriageRequest`), allowed for the actor, and
 * covering at least one current exposure — a rule that matches nothing is refused (`TRIAGE_NO_MATCH`): it
 * is almost always a typo. A decision on a scope that already has one replaces it; both stay in the trail.
 * @throws InputError for bad input or a scope that covers nothing.
 */
export async function setTriage(
  deps: TriageDeps,
  request: TriageRequest,
  who: TriageActor,
): Promise<TriageResult> {
  const at = deps.now().toISOString();
  const checked = checkTriageRequest(request, at);
  if (!checked.ok) throw new InputError(checked.issues);
  const decision = checked.value;
  who.authorize?.(decision.scope);
  const environments = decision.scope.environment ? [decision.scope.environment] : who.environments;
  const [candidate] = compileTriageRules([{ id: 0, ...decision, by: who.actor, at }]);
  const exposures = await deps.exposures(environments);
  const covers = candidate
    ? exposures.filter((e) => triageSpecificity(candidate, e.target) !== undefined).length
    : 0;
  if (covers === 0)
    throw inputError(
      'TRIAGE_NO_MATCH',
      request.exposure ? 'exposure' : 'vulnerability',
      `no current exposure${environments ? ` in ${environments.join(', ')}` : ''} is covered by ${describeScope(decision.scope)}: nothing would change (vigil exposures --all lists them, with their keys)`,
    );
  const stored = await deps.repo.setRule({
    decision,
    scopeKey: triageScopeKey(decision.scope),
    by: who.actor,
    at,
  });
  return { ...stored, covers };
}

/**
 * Revokes a decision in force, with why; the exposures it covered are decided by what else applies.
 * Undefined when no decision in force has the id. @throws InputError without a reason.
 */
export async function revokeTriage(
  deps: Pick<TriageDeps, 'repo' | 'now'>,
  id: number,
  request: { readonly reason?: string | undefined },
  who: TriageActor,
): Promise<StoredTriageRule | undefined> {
  const reason = request.reason?.trim() ?? '';
  if (reason === '')
    throw inputError(
      'TRIAGE_REASON',
      'reason',
      'a reason is required: it is what the audit trail keeps as the why',
    );
  const rule = await deps.repo.findRule(id);
  if (!rule || !visible(rule, who.environments)) return undefined;
  who.authorize?.(rule.scope);
  return deps.repo.revokeRule(id, { by: who.actor, at: deps.now().toISOString(), reason });
}

/** Decisions in force (or every one, `all`), newest first; a team sees those of its environments and the global ones. */
export async function listTriage(
  deps: Pick<TriageDeps, 'repo' | 'now'>,
  opts: { readonly all?: boolean; readonly environments?: readonly string[] | undefined } = {},
): Promise<StoredTriageRule[]> {
  const rules = await deps.repo.listRules({ all: opts.all === true, now: deps.now().toISOString() });
  return rules.filter((r) => visible(r, opts.environments));
}

/** The audit trail, newest first: who decided what, when and why; replacements, revocations, expiries. */
export async function triageAudit(
  deps: Pick<TriageDeps, 'repo' | 'now'>,
  opts: { readonly limit?: number; readonly environments?: readonly string[] | undefined } = {},
): Promise<TriageAuditEntry[]> {
  const entries = await deps.repo.audit({ limit: opts.limit ?? 100, now: deps.now().toISOString() });
  return entries.filter((e) => visible(e, opts.environments));
}

const visible = (r: { readonly scope: TriageScope }, environments: readonly string[] | undefined): boolean =>
  !environments || r.scope.environment === undefined || environments.includes(r.scope.environment);

/** The scope in words, for messages: `CVE-1 on pkg:npm/lodash in production`. */
export function describeScope(scope: TriageScope): string {
  const labels = Object.entries(scope.labels ?? {}).map(([k, v]) => `${k}=${v}`);
  return [
    scope.vulnerability,
    scope.package && `on ${scope.package}`,
    scope.artifact && `in artifact ${scope.artifact.slice(0, 19)}…`,
    scope.workload && `in workload ${scope.workload}`,
    scope.environment && `in ${scope.environment}`,
    labels.length > 0 && `where ${labels.join(', ')}`,
  ]
    .filter(Boolean)
    .join(' ');
}
