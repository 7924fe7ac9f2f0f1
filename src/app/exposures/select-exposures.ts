import { InputError, type InputIssue } from '../../core/input/index.js';
import { compareScored, DECISIONS, type Decision } from '../../core/risk/index.js';
import { TRIAGE_STATES, type TriageState } from '../../core/triage/index.js';
import type { Exposure } from './list-exposures.js';

/** The gate levels: `act` trips on Act, `attend` on Act or Attend. */
export const GATE_LEVELS = { act: ['Act'], attend: ['Act', 'Attend'] } as const satisfies Record<
  string,
  readonly Decision[]
>;
export type GateLevel = keyof typeof GATE_LEVELS;

/** What a caller asks of a ranking, as given (strings from a flag or a query parameter). */
export interface ExposureSelection {
  readonly decision?: string | undefined;
  readonly limit?: string | number | undefined;
  /** Include exposures triage or VEX suppresses. */
  readonly all?: boolean | undefined;
  /** Trip the gate when an unsuppressed exposure is at this level or above. */
  readonly failOn?: string | undefined;
  /** Only this workload: `namespace/name` or `name`. */
  readonly workload?: string | undefined;
  /** Only components of this package: a purl without version (`pkg:npm/lodash`), or with one. */
  readonly package?: string | undefined;
  /** Only this vulnerability, by any of its ids (CVE, GHSA, …). */
  readonly advisory?: string | undefined;
  /** Only exposures whose vulnerability is in CISA KEV. */
  readonly kev?: boolean | undefined;
  /** Only internet-facing workloads. */
  readonly internetFacing?: boolean | undefined;
  /** Only exposures in this triage state (in force), or `untriaged`: none in force. */
  readonly triage?: string | undefined;
  /** Keyset pagination: the `next` cursor of the previous page; the page starts after it in rank order. */
  readonly after?: string | undefined;
}

/** A selection, checked. */
export interface CheckedSelection {
  readonly decision?: Decision;
  readonly limit?: number;
  readonly all: boolean;
  readonly failOn?: GateLevel;
  readonly workload?: string;
  readonly package?: string;
  readonly advisory?: string;
  readonly kev?: true;
  readonly internetFacing?: true;
  readonly triage?: TriageState | 'untriaged';
  readonly after?: RankPosition;
}

/** Where an exposure stands in the ranking: what `compareScored` orders by. */
export interface RankPosition {
  readonly decision: Decision;
  readonly score: number;
  readonly key: string;
}

export interface SelectedExposures {
  /** The exposures to show, in rank order. */
  readonly shown: readonly Exposure[];
  /** With a limit and more exposures after the page: the cursor of the next page. */
  readonly next?: string;
  readonly total: number;
  /** Suppressed by triage or VEX (shown only with `all`). */
  readonly suppressed: number;
  /** Set when a gate level was asked: the unsuppressed exposures at or above it. */
  readonly gate?: {
    readonly level: GateLevel;
    readonly decisions: readonly Decision[];
    readonly tripped: number;
  };
}

/**
 * Checks a selection before any work is done.
 * @throws InputError naming the fields `decision`, `limit` and `failOn`.
 */
export function checkExposureSelection(selection: ExposureSelection): CheckedSelection {
  const issues: InputIssue[] = [];
  const decision = DECISIONS.find((d) => d.toLowerCase() === String(selection.decision).toLowerCase());
  if (selection.decision !== undefined && !decision)
    issues.push({
      code: 'OPTION_INVALID',
      path: 'decision',
      message: `"${selection.decision}" is not a decision; expected one of ${DECISIONS.join(', ')}`,
    });
  const limit = selection.limit === undefined ? undefined : Number(selection.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
    issues.push({
      code: 'OPTION_INVALID',
      path: 'limit',
      message: `"${selection.limit}" is not a positive whole number`,
    });
  const failOn = selection.failOn?.toLowerCase();
  if (failOn !== undefined && !Object.hasOwn(GATE_LEVELS, failOn))
    issues.push({
      code: 'OPTION_INVALID',
      path: 'failOn',
      message: `"${selection.failOn}" is not a level; expected ${Object.keys(GATE_LEVELS).join(' or ')}`,
    });
  const triage = selection.triage?.trim() || undefined;
  const TRIAGE_FILTERS: readonly string[] = ['untriaged', ...TRIAGE_STATES];
  if (triage !== undefined && !TRIAGE_FILTERS.includes(triage))
    issues.push({
      code: 'OPTION_INVALID',
      path: 'triage',
      message: `"${selection.triage}" is not a triage filter; expected one of ${TRIAGE_FILTERS.join(', ')}`,
    });
  const after = selection.after === undefined ? undefined : decodeCursor(selection.after);
  if (after === null)
    issues.push({
      code: 'OPTION_INVALID',
      path: 'after',
      message: `"${selection.after}" is not a cursor; expected the "next" value of a previous page`,
    });
  if (issues.length > 0) throw new InputError(issues);
  const text = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());
  const workload = text(selection.workload);
  const pkg = text(selection.package);
  const advisory = text(selection.advisory);
  return {
    all: selection.all === true,
    ...(decision ? { decision } : {}),
    ...(limit !== undefined ? { limit } : {}),
    ...(failOn !== undefined ? { failOn: failOn as GateLevel } : {}),
    ...(workload ? { workload } : {}),
    ...(pkg ? { package: pkg } : {}),
    ...(advisory ? { advisory: advisory.toUpperCase() } : {}),
    ...(selection.kev === true ? { kev: true as const } : {}),
    ...(selection.internetFacing === true ? { internetFacing: true as const } : {}),
    ...(triage ? { triage: triage as TriageState | 'untriaged' } : {}),
    ...(after ? { after } : {}),
  };
}

/** The cursor of a rank position: opaque to callers (base64url of JSON), stable across processes. */
export const encodeCursor = (p: RankPosition): string =>
  Buffer.from(JSON.stringify([p.decision, p.score, p.key])).toString('base64url');

function decodeCursor(text: string): RankPosition | null {
  try {
    const [decision, score, key] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (!DECISIONS.includes(decision as Decision) || typeof score !== 'number' || typeof key !== 'string')
      return null;
    return { decision: decision as Decision, score, key };
  } catch {
    return null;
  }
}

// `pkg:npm/%40scope/name@1.0.0?distro=x` → `pkg:npm/%40scope/name`: the package, whatever version.
const packageOf = (purl: string): string => purl.replace(/[?#].*$/, '').replace(/@[^/@]*$/, '');

function matches(e: Exposure, s: CheckedSelection): boolean {
  if (!s.all && e.suppressed) return false;
  if (s.decision && e.decision !== s.decision) return false;
  if (s.workload && e.workload !== s.workload && e.workload.split('/').at(-1) !== s.workload) return false;
  if (s.package && e.component.purl !== s.package && packageOf(e.component.purl) !== packageOf(s.package))
    return false;
  if (s.advisory && !e.ids.some((id) => id.toUpperCase() === s.advisory)) return false;
  if (s.kev && !e.kev) return false;
  if (s.internetFacing && !e.internetFacing) return false;
  if (s.triage) {
    const inForce = e.triage && !e.triage.expired ? e.triage.state : 'untriaged';
    if (inForce !== s.triage) return false;
  }
  return true;
}

/**
 * Filters a ranking (decision, workload, package, advisory, KEV, internet-facing, VEX), starts it after the cursor, cuts it
 * (`limit`, giving the next cursor) and applies the gate to the whole ranking.
 */
export function selectExposures(
  ranking: readonly Exposure[],
  selection: CheckedSelection,
): SelectedExposures {
  const after = selection.after;
  let shown = ranking.filter((e) => matches(e, selection) && (!after || compareScored(e, after) > 0));
  let next: string | undefined;
  if (selection.limit !== undefined && shown.length > selection.limit) {
    shown = shown.slice(0, selection.limit);
    const last = shown.at(-1);
    if (last) next = encodeCursor(last);
  }
  const result = {
    shown,
    ...(next ? { next } : {}),
    total: ranking.length,
    suppressed: ranking.filter((e) => e.suppressed).length,
  };
  if (!selection.failOn) return result;
  const decisions: readonly Decision[] = GATE_LEVELS[selection.failOn];
  const tripped = ranking.filter((e) => !e.suppressed && decisions.includes(e.decision)).length;
  return { ...result, gate: { level: selection.failOn, decisions, tripped } };
}
