import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, get, type Impact } from '../api';
import { ExposureTable } from '../exposure-table';
import { hrefOf, Link, navigate, useLocation, useTitle } from '../router';
import { Empty, Failure, Loading } from '../states';
import { useApi } from '../use-api';

/** What an `impact` event carries (GET /api/v1/events): the vulnerability and every id it goes by. */
interface ImpactEvent {
  readonly vulnerability: string;
  readonly ids: readonly string[];
  readonly exposures: readonly unknown[];
}

/**
 * Page 5: any id (CVE, GHSA, PYSEC, GO…) → the running workloads it affects; kept live by the `impact` events
 * serve pushes when a feed change hits deployed workloads.
 */
export function ImpactPage() {
  useTitle('Impact');
  const id = (useLocation().query.get('id') ?? '').trim();
  const [draft, setDraft] = useState(id);
  const [heard, setHeard] = useState<{ at: string; vulnerability: string; workloads: number }[]>([]);
  const [live, setLive] = useState<'connecting' | 'open' | 'closed'>('connecting');
  const loaded = useApi(
    async (signal) => {
      if (!id) return undefined;
      try {
        return await get('/api/v1/impact/{id}', { params: { id }, signal });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null; // no advisory has the id (yet)
        throw error;
      }
    },
    [id],
  );
  const { reload } = loaded;
  useEffect(() => {
    const events = new EventSource('/api/v1/events');
    events.onopen = () => setLive('open');
    events.onerror = () => setLive(events.readyState === EventSource.CLOSED ? 'closed' : 'connecting');
    events.addEventListener('impact', (message) => {
      const e = JSON.parse((message as MessageEvent<string>).data) as ImpactEvent;
      setHeard((h) =>
        [
          {
            at: new Date().toLocaleTimeString(),
            vulnerability: e.vulnerability,
            workloads: e.exposures.length,
          },
          ...h,
        ].slice(0, 20),
      );
      if (id && e.ids.some((x) => x.toLowerCase() === id.toLowerCase())) reload();
    });
    return () => events.close();
  }, [id, reload]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(hrefOf('/impact', { id: draft.trim() }));
  };
  return (
    <section>
      <h1 tabIndex={-1}>Impact</h1>
      <form className="filters" onSubmit={submit} aria-label="Vulnerability id">
        <label>
          vulnerability id
          <input
            type="search"
            name="id"
            value={draft}
            placeholder="CVE-2021-44228, GHSA-…, PYSEC-…, GO-…"
            onChange={(e) => setDraft(e.target.value)}
          />
        </label>
        <button type="submit">Show impact</button>
        <span className={`live ${live}`} role="status" data-testid="live">
          {live === 'open' ? '● live' : live === 'connecting' ? '○ connecting…' : '× not live'}
        </span>
      </form>
      {!id ? <p>Any id of a vulnerability: every running workload with a component it affects.</p> : null}
      {loaded.state === 'loading' && id ? <Loading what={`the impact of ${id}`} /> : null}
      {loaded.state === 'error' ? <Failure error={loaded.error} retry={loaded.reload} /> : null}
      {loaded.state === 'ok' && loaded.data === null ? (
        <Empty command="vigil feeds sync">
          No stored advisory has the id <code>{id}</code> yet. This page updates by itself when a feed brings
          it.
        </Empty>
      ) : null}
      {loaded.state === 'ok' && loaded.data ? <Result impact={loaded.data} /> : null}
      {heard.length > 0 ? (
        <div className="panel">
          <h2>Heard since this page opened</h2>
          <ul className="plain" aria-live="polite">
            {heard.map((h) => (
              <li key={`${h.at}:${h.vulnerability}`}>
                {h.at}: <Link href={hrefOf('/impact', { id: h.vulnerability })}>{h.vulnerability}</Link> hits{' '}
                {h.workloads} exposures
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function Result({ impact }: { impact: Impact }) {
  const workloads = new Set(impact.exposures.map((e) => `${e.environment}/${e.workload}`));
  return (
    <div className="panel" data-testid="impact">
      <h2>
        {impact.vulnerability}: {workloads.size} workloads
      </h2>
      <p>{impact.summary}</p>
      <p className="meta">also known as {impact.ids.join(', ')}</p>
      {impact.exposures.length === 0 ? (
        <p>Nothing running has a component it affects.</p>
      ) : (
        <ExposureTable
          exposures={impact.exposures}
          columns={['decision', 'environment', 'workload', 'component', 'fixed', 'path']}
          link="workload"
        />
      )}
    </div>
  );
}
