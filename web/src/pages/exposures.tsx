import { type FormEvent, useState } from 'react';
import { type ApiError, type ExposureQuery, exportExposures, exportSarif, get } from '../api';
import { download, toCsv } from '../csv';
import { DECISIONS } from '../decisions';
import { ExposureTable } from '../exposure-table';
import { hrefOf, Link, navigate, useLocation, useTitle } from '../router';
import { Empty, Failure, Loading } from '../states';
import { useApi } from '../use-api';

/** The filters the listing takes, as they appear in the page's URL and in the API's query. */
const TEXT_FILTERS = ['workload', 'package', 'advisory'] as const;
const PAGE_SIZES = ['25', '50', '100', '500'];
/** The yes/no filters, as `name=true` in the URL and the query. */
const FLAGS = ['kev', 'internetFacing', 'all'] as const;
const FLAG_LABELS: Readonly<Record<(typeof FLAGS)[number], string>> = {
  kev: 'in CISA KEV',
  internetFacing: 'internet-facing',
  all: 'include suppressed',
};

/** The API query a page URL asks for. */
function queryOf(q: URLSearchParams): ExposureQuery {
  const out: Record<string, string> = {};
  for (const k of ['environment', 'decision', ...TEXT_FILTERS, 'after', 'limit'] as const) {
    const v = q.get(k);
    if (v) out[k] = v;
  }
  for (const k of FLAGS) if (q.get(k) === 'true') out[k] = 'true';
  return out as ExposureQuery;
}

/** Page 2: the ranked exposures, filtered (in the URL), paged by the API's keyset cursor, exported. */
export function ExposuresPage() {
  useTitle('Exposures');
  const { query } = useLocation();
  const q = queryOf(query);
  const asked = query.toString();
  const loaded = useApi(
    async (signal) => {
      const [page, status] = await Promise.all([
        get('/api/v1/exposures', { query: { limit: '50', ...q }, signal }),
        get('/api/v1/status', { signal }),
      ]);
      return { page, environments: status.byEnvironment.map((e) => e.environment) };
    },
    [asked],
  );
  const filtered = Object.keys(q).some((k) => k !== 'after' && k !== 'limit');
  return (
    <section>
      <h1 tabIndex={-1}>Exposures</h1>
      <Filters
        key={asked}
        q={q}
        environments={loaded.state === 'ok' ? loaded.data.environments : q.environment ? [q.environment] : []}
      />
      {loaded.state === 'loading' ? <Loading what="exposures" /> : null}
      {loaded.state === 'error' ? <Failure error={loaded.error} retry={loaded.reload} /> : null}
      {loaded.state === 'ok' ? (
        loaded.data.page.exposures.length === 0 ? (
          filtered ? (
            <Empty>
              No exposure matches these filters. <Link href="/exposures">Clear the filters</Link>
            </Empty>
          ) : (
            <Empty command="vigil scan PATH… --env production">No exposure yet.</Empty>
          )
        ) : (
          <>
            <ExportBar q={q} />
            <ExposureTable
              className="exposures"
              exposures={loaded.data.page.exposures}
              columns={[
                'decision',
                'score',
                'vulnerability',
                'component',
                'fixed',
                'environment',
                'workload',
                'state',
                'due',
              ]}
              link="vulnerability"
            />
            <Pager q={q} next={loaded.data.page.next} shown={loaded.data.page.exposures.length} />
            <p className="meta">
              {loaded.data.page.total} exposures in the whole ranking, {loaded.data.page.suppressed}{' '}
              suppressed by triage or VEX.
            </p>
          </>
        )
      ) : null}
    </section>
  );
}

function Filters({ q, environments }: { q: ExposureQuery; environments: readonly string[] }) {
  const [draft, setDraft] = useState<Record<string, string>>({
    environment: q.environment ?? '',
    decision: q.decision ?? '',
    workload: q.workload ?? '',
    package: q.package ?? '',
    advisory: q.advisory ?? '',
    ...Object.fromEntries(FLAGS.map((k) => [k, q[k] === 'true' ? 'true' : ''])),
    limit: q.limit ?? '',
  });
  const set = (k: string, v: string) => setDraft((d) => ({ ...d, [k]: v }));
  // a new filter starts from the first page
  const apply = (next: Record<string, string>) => navigate(hrefOf('/exposures', next));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    apply(draft);
  };
  const choose = (k: string, v: string) => {
    set(k, v);
    apply({ ...draft, [k]: v });
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="Filters">
      <label>
        environment
        <select value={draft.environment} onChange={(e) => choose('environment', e.target.value)}>
          <option value="">any</option>
          {[...new Set([...environments, ...(q.environment ? [q.environment] : [])])].map((env) => (
            <option key={env} value={env}>
              {env}
            </option>
          ))}
        </select>
      </label>
      <label>
        decision
        <select value={draft.decision} onChange={(e) => choose('decision', e.target.value)}>
          <option value="">any</option>
          {DECISIONS.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </label>
      {TEXT_FILTERS.map((k) => (
        <label key={k}>
          {k}
          <input
            type="search"
            name={k}
            value={draft[k]}
            placeholder={{ workload: 'shop/auth', package: 'pkg:npm/lodash', advisory: 'CVE-…' }[k]}
            onChange={(e) => set(k, e.target.value)}
          />
        </label>
      ))}
      {FLAGS.map((k) => (
        <label className="check" key={k}>
          <input
            type="checkbox"
            name={k}
            checked={draft[k] === 'true'}
            onChange={(e) => choose(k, e.target.checked ? 'true' : '')}
          />
          {FLAG_LABELS[k]}
        </label>
      ))}
      <label>
        per page
        <select
          value={draft.limit || '50'}
          onChange={(e) => choose('limit', e.target.value === '50' ? '' : e.target.value)}
        >
          {PAGE_SIZES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Filter</button>
    </form>
  );
}

function Pager({ q, next, shown }: { q: ExposureQuery; next: string | undefined; shown: number }) {
  const { after: _after, ...rest } = q;
  return (
    <nav className="pager" aria-label="Pages of exposures">
      {q.after ? <Link href={hrefOf('/exposures', rest)}>« First page</Link> : null}
      <span>{shown} shown</span>
      {next ? (
        <Link href={hrefOf('/exposures', { ...rest, after: next })} rel="next">
          Next page »
        </Link>
      ) : (
        <span>last page</span>
      )}
    </nav>
  );
}

const CSV_COLUMNS = [
  'decision',
  'score',
  'vulnerability',
  'ids',
  'summary',
  'component',
  'version',
  'purl',
  'fixed',
  'environment',
  'tier',
  'workload',
  'artifact',
  'running',
  'kev',
  'internet-facing',
  'due',
  'suppressed',
  'reasons',
];

function ExportBar({ q }: { q: ExposureQuery }) {
  const [busy, setBusy] = useState<string | undefined>();
  const [failed, setFailed] = useState<ApiError | undefined>();
  const run = async (format: 'csv' | 'json' | 'sarif') => {
    setBusy(format);
    setFailed(undefined);
    try {
      if (format === 'sarif') {
        download('exposures.sarif', 'application/sarif+json', await exportSarif(q));
        return;
      }
      const all = await exportExposures(q);
      if (format === 'json')
        download('exposures.json', 'application/json', `${JSON.stringify(all, null, 2)}\n`);
      else
        download(
          'exposures.csv',
          'text/csv',
          toCsv([
            CSV_COLUMNS,
            ...all.map((e) => [
              e.decision,
              e.score,
              e.vulnerability,
              e.ids.join(' '),
              e.summary,
              e.component.name,
              e.component.version,
              e.component.purl,
              e.fixedVersion,
              e.environment,
              e.tier,
              e.workload,
              e.artifact,
              e.running,
              e.kev,
              e.internetFacing,
              e.dueAt,
              e.suppressed,
              e.reasons.map((r) => r.text).join('; '),
            ]),
          ]),
        );
    } catch (error) {
      setFailed(error as ApiError);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <div className="export">
      Export every match:{' '}
      <button type="button" onClick={() => void run('csv')} disabled={busy !== undefined}>
        CSV
      </button>{' '}
      <button type="button" onClick={() => void run('json')} disabled={busy !== undefined}>
        JSON
      </button>{' '}
      <button type="button" onClick={() => void run('sarif')} disabled={busy !== undefined}>
        SARIF
      </button>
      {busy ? <span role="status"> exporting…</span> : null}
      {failed ? <Failure error={failed} /> : null}
    </div>
  );
}
