import { InputError, type InputIssue } from '../../core/input/index.js';
import { DECISIONS, type Decision } from '../../core/risk/index.js';
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
  /** Include exposures VEX suppresses. */
  readonly all?: boolean | undefined;
  /** Trip the gate when an unsuppressed exposure is at this level or above. */
  readonly failOn?: string | undefined;
}

/** A selection, checked. */
export interface CheckedSelection {
  readonly decision?: Decision;
  readonly limit?: number;
  readonly all: boolean;
  readonly failOn?: GateLevel;
}

export interface SelectedExposures {
  /** The exposures to show, in rank order. */
  readonly shown: readonly Exposure[];
  readonly total: number;
  /** Suppressed by VEX (shown only with `all`). */
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
  if (issues.length > 0) throw new InputError(issues);
  return {
    all: selection.all === true,
    ...(decision ? { decision } : {}),
    ...(limit !== undefined ? { limit } : {}),
    ...(failOn !== undefined ? { failOn: failOn as GateLevel } : {}),
  };
}

/** Filters a ranking (decision, VEX), cuts it (`limit`) and applies the gate to the whole ranking. */
export function selectExposures(
  ranking: readonly Exposure[],
  selection: CheckedSelection,
): SelectedExposures {
  let shown = ranking.filter(
    (e) => (selection.all || !e.suppressed) && (!selection.decision || e.decision === selection.decision),
  );
  if (selection.limit !== undefined) shown = shown.slice(0, selection.limit);
  const result = {
    shown,
    total: ranking.length,
    suppressed: ranking.filter((e) => e.suppressed).length,
  };
  if (!selection.failOn) return result;
  const decisions: readonly Decision[] = GATE_LEVELS[selection.failOn];
  const tripped = ranking.filter((e) => !e.suppressed && decisions.includes(e.decision)).length;
  return { ...result, gate: { level: selection.failOn, decisions, tripped } };
}
