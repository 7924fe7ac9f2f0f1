import { isDigest } from '../artifact/image-reference.js';
import { escapeControls, fail, type InputIssue, ok, type ParseResult, quoteValue } from '../input/index.js';
import { formatPurl, normalizePurl, parsePurl } from '../purl/index.js';
import { parseInstant } from '../twin/instant.js';
import { parseTwinName } from '../twin/twin-name.js';
import { formatWorkloadRef, parseWorkloadRef } from '../twin/workload-ref.js';
import {
  TRIAGE_JUSTIFICATIONS,
  TRIAGE_STATES,
  type TriageJustification,
  type TriageScope,
  type TriageState,
} from './triage-rule.js';

/** A triage decision as a person gives it (CLI options, an API body): unchecked text. */
export interface TriageRequest {
  /** One exposure, by its key (`vulnerability|purl|artifact|environment/workload`); excludes the scope fields. */
  readonly exposure?: string | undefined;
  readonly vulnerability?: string | undefined;
  readonly package?: string | undefined;
  readonly artifact?: string | undefined;
  readonly environment?: string | undefined;
  readonly workload?: string | undefined;
  /** `key=value` each. */
  readonly labels?: readonly string[] | undefined;
  readonly state?: string | undefined;
  readonly justification?: string | undefined;
  readonly reason?: string | undefined;
  /** RFC 3339 or a date; required for `accepted_risk`. */
  readonly expires?: string | undefined;
}

/** A checked decision, ready to store. */
export interface TriageDecision {
  readonly scope: TriageScope;
  readonly state: TriageState;
  readonly justification?: TriageJustification;
  readonly reason: string;
  readonly expiresAt?: string;
}

const VULNERABILITY = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const LABEL = /^([A-Za-z0-9][A-Za-z0-9._/-]{0,252})=([A-Za-z0-9._-]{0,63})$/;
const MAX_REASON = 2000;

/**
 * Checks a triage request at `now` (ISO 8601): a known state; a justification with `not_affected` (one of the
 * VEX labels) and only there; a reason (why: it goes to the audit trail); an expiry in the future, required
 * for `accepted_risk`; a scope that is one exposure's key or a vulnerability with valid narrowing parts.
 * Every problem is reported, each naming its field.
 */
export function checkTriageRequest(request: TriageRequest, now: string): ParseResult<TriageDecision> {
  const issues: InputIssue[] = [];
  const scope = checkScope(request, issues);

  const state = request.state?.trim() ?? '';
  if (!(TRIAGE_STATES as readonly string[]).includes(state))
    issues.push({
      code: 'TRIAGE_STATE',
      path: 'state',
      message: `${state ? quoteValue(state) : 'nothing'} is not a triage state; expected one of ${TRIAGE_STATES.join(', ')}`,
    });

  const justification = request.justification?.trim() || undefined;
  if (justification !== undefined && !(TRIAGE_JUSTIFICATIONS as readonly string[]).includes(justification))
    issues.push({
      code: 'TRIAGE_JUSTIFICATION',
      path: 'justification',
      message: `${quoteValue(justification)} is not a justification; expected one of ${TRIAGE_JUSTIFICATIONS.join(', ')}`,
    });
  else if (state === 'not_affected' && justification === undefined)
    issues.push({
      code: 'TRIAGE_JUSTIFICATION',
      path: 'justification',
      message: `not_affected needs a justification (as VEX does); one of ${TRIAGE_JUSTIFICATIONS.join(', ')}`,
    });
  else if (justification !== undefined && state !== 'not_affected' && state !== '')
    issues.push({
      code: 'TRIAGE_JUSTIFICATION',
      path: 'justification',
      message: `only not_affected takes a justification, not ${state}; give the why as the reason`,
    });

  const reason = request.reason?.trim() ?? '';
  if (reason === '')
    issues.push({
      code: 'TRIAGE_REASON',
      path: 'reason',
      message: 'a reason is required: it is what the audit trail keeps as the why',
    });
  else if (reason.length > MAX_REASON || escapeControls(reason) !== reason)
    issues.push({
      code: 'TRIAGE_REASON',
      path: 'reason',
      message: `the reason must be at most ${MAX_REASON} characters without control characters`,
    });

  let expiresAt: string | undefined;
  if (request.expires !== undefined && request.expires.trim() !== '') {
    const parsed = parseInstant(request.expires, 'expires');
    if (!parsed.ok) issues.push(...parsed.issues);
    else if (parsed.value <= now)
      issues.push({
        code: 'TRIAGE_EXPIRY',
        path: 'expires',
        message: `${quoteValue(request.expires)} is not in the future (now is ${now}); an expiry must be later than now`,
      });
    else expiresAt = parsed.value;
  } else if (state === 'accepted_risk')
    issues.push({
      code: 'TRIAGE_EXPIRY',
      path: 'expires',
      message: 'accepted_risk needs an expiry (a date after which the exposure comes back), e.g. 2027-03-31',
    });

  if (issues.length > 0 || !scope) return fail(...issues);
  return ok({
    scope,
    state: state as TriageState,
    ...(justification ? { justification: justification as TriageJustification } : {}),
    reason,
    ...(expiresAt ? { expiresAt } : {}),
  });
}

function checkScope(request: TriageRequest, issues: InputIssue[]): TriageScope | undefined {
  const exposure = request.exposure?.trim();
  if (exposure) {
    const parts = ['vulnerability', 'package', 'artifact', 'environment', 'workload'] as const;
    const both = parts.filter((p) => request[p] !== undefined);
    if (both.length > 0 || (request.labels?.length ?? 0) > 0) {
      issues.push({
        code: 'TRIAGE_SCOPE',
        path: 'exposure',
        message: `give one exposure's key or a rule's scope (${[...both, ...(request.labels?.length ? ['labels'] : [])].join(', ')}), not both`,
      });
      return undefined;
    }
    return scopeOfKey(exposure, issues);
  }
  const before = issues.length;
  const vulnerability = request.vulnerability?.trim() ?? '';
  if (!VULNERABILITY.test(vulnerability))
    issues.push({
      code: 'TRIAGE_SCOPE',
      path: 'vulnerability',
      message: vulnerability
        ? `${quoteValue(vulnerability)} is not a vulnerability id; expected one such as CVE-2021-23337 or GHSA-…`
        : "a rule needs the vulnerability it is about (or give one exposure's key)",
    });
  let pkg: string | undefined;
  if (request.package !== undefined) {
    const parsed = parsePurl(request.package.trim(), 'package');
    if (!parsed.ok) issues.push(...parsed.issues);
    else pkg = formatPurl(normalizePurl(parsed.value));
  }
  const artifact = request.artifact?.trim();
  if (artifact !== undefined && !isDigest(artifact))
    issues.push({
      code: 'DIGEST_INVALID',
      path: 'artifact',
      message: `${quoteValue(artifact)} is not a digest; expected sha256: followed by 64 lower-case hex digits`,
    });
  let environment: string | undefined;
  if (request.environment !== undefined) {
    const parsed = parseTwinName(request.environment, 'environment', 'an environment');
    if (!parsed.ok) issues.push(...parsed.issues);
    else environment = parsed.value;
  }
  let workload: string | undefined;
  if (request.workload !== undefined) {
    const parsed = parseWorkloadRef(request.workload, 'workload');
    if (!parsed.ok) issues.push(...parsed.issues);
    else workload = formatWorkloadRef(parsed.value);
  }
  const labels: Record<string, string> = {};
  for (const [i, text] of (request.labels ?? []).entries()) {
    const m = LABEL.exec(text.trim());
    if (!m)
      issues.push({
        code: 'TRIAGE_SCOPE',
        path: 'labels',
        message: `label ${i + 1}, ${quoteValue(text)}, is not key=value (a Kubernetes label of the workload)`,
      });
    else labels[m[1] as string] = m[2] as string;
  }
  if (issues.length > before) return undefined;
  return {
    vulnerability,
    ...(pkg ? { package: pkg } : {}),
    ...(artifact ? { artifact } : {}),
    ...(environment ? { environment } : {}),
    ...(workload ? { workload } : {}),
    ...(Object.keys(labels).length > 0 ? { labels } : {}),
  };
}

/**
 * The scope of one exposure from its key `vulnerability|purl|artifact|environment/workload` (docs/adr/072):
 * split from the right, since only the vulnerability id could hold a `|`.
 */
function scopeOfKey(key: string, issues: InputIssue[]): TriageScope | undefined {
  const parts = key.split('|');
  const bad = (why: string) => {
    issues.push({
      code: 'TRIAGE_SCOPE',
      path: 'exposure',
      message: `${quoteValue(key)} is not an exposure key (${why}); expected vulnerability|purl|artifact|environment/workload as vigil exposures --json gives it`,
    });
    return undefined;
  };
  if (parts.length < 4) return bad('too few parts');
  const place = parts.pop() as string;
  const artifact = parts.pop() as string;
  const purlText = parts.pop() as string;
  const vulnerability = parts.join('|');
  const slash = place.indexOf('/');
  if (!VULNERABILITY.test(vulnerability)) return bad('the vulnerability id');
  if (!isDigest(artifact)) return bad('the artifact digest');
  const purl = parsePurl(purlText, 'exposure');
  if (!purl.ok || !purl.value.version) return bad('the package URL, with its version');
  if (slash <= 0) return bad('the environment/workload');
  const environment = parseTwinName(place.slice(0, slash), 'exposure', 'an environment');
  const workload = parseWorkloadRef(place.slice(slash + 1), 'exposure');
  if (!environment.ok || !workload.ok) return bad('the environment/workload');
  return {
    vulnerability,
    package: formatPurl(normalizePurl(purl.value)),
    artifact,
    environment: environment.value,
    workload: formatWorkloadRef(workload.value),
  };
}
