import type { VexStatement } from './vex-statement.js';
import { matchVexStatement, type VexMatch, type VexTarget } from './vex-statement-applies.js';

/** The statement that decides for a target, with the scope through which it applies. */
export interface VexPick<T extends VexStatement = VexStatement> extends VexMatch {
  readonly statement: T;
}

/**
 * Picks the one statement that decides an advisory on a component, among those that apply
 * (`vexStatementApplies`): the most specific (the artifact over a package, a subcomponent named, a version
 * given), then the latest timestamp (OpenVEX: each statement overrides the ones before it; a statement without
 * a timestamp counts as the oldest), then the later in the list (the later ingested). Undefined if none applies.
 * @example pickVexStatement(await repo.loadStatements(), { ids: ['CVE-2024-1', 'GHSA-…'], component })
 */
export function pickVexStatement<T extends VexStatement>(
  statements: readonly T[],
  target: VexTarget,
): T | undefined {
  return pickVexMatch(statements, target)?.statement;
}

/** `pickVexStatement`, also saying through which scope and how specifically the statement applies. */
export function pickVexMatch<T extends VexStatement>(
  statements: readonly T[],
  target: VexTarget,
): VexPick<T> | undefined {
  let best: VexPick<T> | undefined;
  for (const statement of statements) {
    const match = matchVexStatement(statement, target);
    if (match && (best === undefined || !outranks(best, { ...match, statement })))
      best = { ...match, statement };
  }
  return best;
}

/** Whether `a` (earlier in the list) stays ahead of `b`: strictly more specific, or as specific and newer. */
function outranks(a: VexPick, b: VexPick): boolean {
  if (a.specificity !== b.specificity) return a.specificity > b.specificity;
  return (a.statement.timestamp ?? '') > (b.statement.timestamp ?? '');
}

/**
 * Indexes statements by vulnerability id and alias, for picking among many statements for many targets:
 * each pick only looks at the statements that share an id with the advisory. Same result as `pickVexMatch`.
 */
export function indexVexStatements<T extends VexStatement>(
  statements: readonly T[],
): (target: VexTarget) => VexPick<T> | undefined {
  const byId = new Map<string, number[]>();
  statements.forEach((s, position) => {
    for (const id of new Set([s.vulnerability, ...s.aliases].map((i) => i.toUpperCase()))) {
      const list = byId.get(id);
      if (list) list.push(position);
      else byId.set(id, [position]);
    }
  });
  return (target) => {
    const positions = new Set(target.ids.flatMap((id) => byId.get(id.toUpperCase()) ?? []));
    const candidates = [...positions].sort((a, b) => a - b).map((p) => statements[p] as T);
    return pickVexMatch(candidates, target);
  };
}
