import type { Exposure } from '../../../app/exposures/index.js';

/** One line per exposure for the table view; `due` is the SLA due date, marked when past `now`. */
export function exposureTableRows(
  exposures: readonly Exposure[],
  now: Date = new Date(),
): Record<string, unknown>[] {
  const today = now.toISOString();
  return exposures.map((e) => ({
    decision: e.suppressed
      ? `${e.decision} (${e.triage && !e.triage.expired ? 'triage' : 'vex'})`
      : e.decision,
    score: e.score,
    vulnerability: e.vulnerability,
    component: `${e.component.name}@${e.component.version}`,
    fixed: e.fixedVersion ?? '',
    environment: e.environment,
    workload: e.workload,
    running: e.running ? 'running' : 'declared',
    triage: e.triage ? `${e.triage.state}${e.triage.expired ? ' expired' : ''} #${e.triage.rule}` : '',
    due:
      e.dueAt === null ? '' : `${e.dueAt.slice(0, 10)}${!e.suppressed && e.dueAt < today ? ' overdue' : ''}`,
  }));
}
