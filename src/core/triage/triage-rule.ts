import { type Purl, parsePurl } from '../purl/index.js';
import { purlMatches } from '../vex/index.js';
import { VEX_JUSTIFICATIONS, type VexJustification } from '../vex/vex-statement.js';

/**
 * What a person decided about an exposure (docs/adr/081): still looking, confirmed, not affected (with a VEX
 * justification), a false positive of the matcher, a risk accepted until a date, or a fix committed to.
 */
export const TRIAGE_STATES = [
  'in_triage',
  'affected',
  'not_affected',
  'false_positive',
  'accepted_risk',
  'will_fix',
] as const;
export type TriageState = (typeof TRIAGE_STATES)[number];

/** States that take an exposure off the list (kept, shown with `--all`, the decision as the reason). */
export const SUPPRESSING_TRIAGE: readonly TriageState[] = ['not_affected', 'false_positive', 'accepted_risk'];

export { VEX_JUSTIFICATIONS as TRIAGE_JUSTIFICATIONS };
export type TriageJustification = VexJustification;

/**
 * Which exposures a decision covers. One exposure: every part given (its key). A portfolio rule: the
 * vulnerability, optionally narrowed to a package (any version, or one), an artifact, an environment, a
 * workload (`namespace/name`, in every environment unless one is given) or workload labels (all must match).
 */
export interface TriageScope {
  /** An id of the vulnerability: CVE, GHSA, any alias; compared case-insensitively. */
  readonly vulnerability: string;
  /** Canonical purl (`formatPurl`); no version: every version of the package. */
  readonly package?: string | undefined;
  readonly artifact?: string | undefined;
  readonly environment?: string | undefined;
  readonly workload?: string | undefined;
  readonly labels?: Readonly<Record<string, string>> | undefined;
}

/** A stored decision: its scope, state and why, who made it and when, and until when it holds. */
export interface TriageRule {
  readonly id: number;
  readonly scope: TriageScope;
  readonly state: TriageState;
  readonly justification?: TriageJustification;
  readonly reason: string;
  /** ISO 8601 UTC; `accepted_risk` always has one. */
  readonly expiresAt?: string;
  readonly by: string;
  /** ISO 8601 UTC: when it was made. */
  readonly at: string;
}

/** One exposure, as a rule is matched against it. */
export interface TriageTarget {
  /** Every id of the vulnerability. */
  readonly ids: readonly string[];
  readonly component: Purl;
  readonly artifact: string;
  readonly environment: string;
  /** `namespace/name`, or `name` when it has no namespace. */
  readonly workload: string;
  readonly labels: Readonly<Record<string, string>>;
}

/** The parsed package of a scope, kept beside the rule so that matching does not parse it per exposure. */
export interface CompiledTriageRule extends TriageRule {
  readonly purl?: Purl;
}

/**
 * How specifically a rule covers a target, or undefined when it does not: the workload (8), the artifact (4),
 * the environment (2), labels (2), the package (1, +1 with a version). One exposure's own decision is the
 * most specific of all; a bare vulnerability rule the least.
 */
export function triageSpecificity(rule: CompiledTriageRule, target: TriageTarget): number | undefined {
  const s = rule.scope;
  const wanted = s.vulnerability.toUpperCase();
  if (!target.ids.some((id) => id.toUpperCase() === wanted)) return undefined;
  if (s.environment !== undefined && s.environment !== target.environment) return undefined;
  if (s.workload !== undefined && s.workload !== target.workload) return undefined;
  if (s.artifact !== undefined && s.artifact !== target.artifact) return undefined;
  if (rule.purl && !purlMatches(rule.purl, target.component)) return undefined;
  const labels = Object.entries(s.labels ?? {});
  if (labels.some(([k, v]) => target.labels[k] !== v)) return undefined;
  return (
    (s.workload !== undefined ? 8 : 0) +
    (s.artifact !== undefined ? 4 : 0) +
    (s.environment !== undefined ? 2 : 0) +
    (labels.length > 0 ? 2 : 0) +
    (rule.purl ? 1 + (rule.purl.version ? 1 : 0) : 0)
  );
}

/** What triage says about one exposure at an instant. */
export interface TriagePick {
  /** The decision in force: the most specific rule that covers it and has not expired. */
  readonly rule?: CompiledTriageRule;
  /** An acceptance that covered it and ran out (shown: the exposure is back on the list). */
  readonly expired?: CompiledTriageRule;
}

/**
 * The decision in force on a target at `asOf` among `rules`: the most specific, then the latest made, then
 * the higher id. An `accepted_risk` whose expiry is at or before `asOf` is not in force; the latest such is
 * reported as `expired` when nothing else decides.
 */
export function pickTriage(
  rules: readonly CompiledTriageRule[],
  target: TriageTarget,
  asOf: string,
): TriagePick {
  let best: { rule: CompiledTriageRule; specificity: number } | undefined;
  let expired: CompiledTriageRule | undefined;
  for (const rule of rules) {
    const specificity = triageSpecificity(rule, target);
    if (specificity === undefined) continue;
    if (rule.expiresAt !== undefined && rule.expiresAt <= asOf) {
      if (!expired || later(rule, expired)) expired = rule;
      continue;
    }
    if (
      !best ||
      specificity > best.specificity ||
      (specificity === best.specificity && later(rule, best.rule))
    )
      best = { rule, specificity };
  }
  if (best) return { rule: best.rule };
  return expired ? { expired } : {};
}

const later = (a: TriageRule, b: TriageRule): boolean => a.at > b.at || (a.at === b.at && a.id > b.id);

/**
 * The scope as one canonical text: two decisions on the same scope are the same decision (the later
 * replaces the earlier). Labels in key order; the vulnerability upper-cased; the package by its canonical purl.
 */
export function triageScopeKey(scope: TriageScope): string {
  const labels = Object.entries(scope.labels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([
    scope.vulnerability.toUpperCase(),
    scope.package ?? null,
    scope.artifact ?? null,
    scope.environment ?? null,
    scope.workload ?? null,
    labels,
  ]);
}

/** Rules with their package parsed once; a stored package that no longer parses (none should) is left out. */
export function compileTriageRules(rules: readonly TriageRule[]): CompiledTriageRule[] {
  return rules.flatMap((rule): CompiledTriageRule[] => {
    if (rule.scope.package === undefined) return [rule];
    const parsed = parsePurl(rule.scope.package);
    return parsed.ok ? [{ ...rule, purl: parsed.value }] : [];
  });
}
