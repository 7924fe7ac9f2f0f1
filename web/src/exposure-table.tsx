import type { ReactNode } from 'react';
import type { Exposure, ImpactExposure } from './api';
import { DecisionBadge } from './decisions';
import { exposureHref } from './exposure-link';
import { Link } from './router';

type Row = Exposure & { readonly path?: readonly string[] };

/** The columns an exposure table can show; `path` needs the impact route's rows. */
const COLUMNS: Readonly<Record<string, { head: string; cell: (e: Row) => ReactNode; num?: true }>> = {
  decision: {
    head: 'decision',
    cell: (e) => <DecisionBadge decision={e.decision} suppressed={e.suppressed} />,
  },
  score: { head: 'score', cell: (e) => e.score, num: true },
  vulnerability: { head: 'vulnerability', cell: (e) => e.vulnerability },
  component: { head: 'component', cell: (e) => `${e.component.name}@${e.component.version}` },
  fixed: { head: 'fixed', cell: (e) => e.fixedVersion ?? '—' },
  environment: { head: 'environment', cell: (e) => e.environment },
  workload: { head: 'workload', cell: (e) => e.workload },
  state: { head: 'state', cell: (e) => (e.running ? 'running' : 'declared') },
  due: { head: 'due', cell: (e) => <Due e={e} /> },
  path: { head: 'path', cell: (e) => e.path?.join(' › ') ?? '' },
};
export type ExposureColumn = keyof typeof COLUMNS;

/** Exposures as table rows, one column a link to each exposure's page. */
export function ExposureTable({
  exposures,
  columns,
  link,
  className,
}: {
  exposures: readonly (Exposure | ImpactExposure)[];
  columns: readonly ExposureColumn[];
  /** The column whose cell links to the exposure. */
  link: ExposureColumn;
  className?: string;
}) {
  return (
    <table className={className}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th scope="col" key={c}>
              {COLUMNS[c]?.head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {exposures.map((e) => (
          <tr key={e.key}>
            {columns.map((c) => (
              <td key={c} className={COLUMNS[c]?.num ? 'num' : undefined}>
                {c === link ? (
                  <Link href={exposureHref(e)} title={e.summary}>
                    {COLUMNS[c]?.cell(e)}
                  </Link>
                ) : (
                  COLUMNS[c]?.cell(e)
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The SLA due date, marked once past (a suppressed exposure is never overdue). */
function Due({ e }: { e: Row }) {
  if (!e.dueAt) return '—';
  const overdue = !e.suppressed && e.dueAt < new Date().toISOString();
  return (
    <span className={overdue ? 'overdue' : undefined} title={`due ${e.dueAt}`}>
      {e.dueAt.slice(0, 10)}
      {overdue ? ' overdue' : ''}
    </span>
  );
}
