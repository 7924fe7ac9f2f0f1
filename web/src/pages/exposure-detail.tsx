import { useEffect, useRef } from 'react';
import { ApiError, type ExposureHistory, get, type ImpactExposure, type Vulnerability } from '../api';
import { DecisionBadge } from '../decisions';
import { environmentOfKey, vulnerabilityOfKey } from '../exposure-link';
import { ExposureTable } from '../exposure-table';
import { renderMarkdown } from '../markdown';
import { hrefOf, Link, useLocation, useTitle } from '../router';
import { Empty, Failure, Loading } from '../states';
import { useApi } from '../use-api';

/** Page 3: one exposure — decision, score, every reason, its advisory, the component path, where else it runs. */
export function ExposureDetailPage() {
  const key = useLocation().query.get('key') ?? '';
  const vulnerability = vulnerabilityOfKey(key);
  useTitle(vulnerability || 'Exposure');
  const loaded = useApi(
    async (signal) => {
      if (!vulnerability) return undefined;
      const [impact, advisory, history] = await Promise.all([
        get('/api/v1/impact/{id}', { params: { id: vulnerability }, signal }),
        get('/api/v1/advisories/{id}', { params: { id: vulnerability }, signal }).catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 400) return undefined; // no stored record
          throw error;
        }),
        get('/api/v1/exposures/history/{id}', {
          params: { id: vulnerability },
          query: { environment: environmentOfKey(key) },
          signal,
        }).catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 404) return undefined;
          throw error;
        }),
      ]);
      // impact lists the suppressed ones too; the listing with `all` is the fallback for a key it lacks
      const here =
        impact.exposures.find((e) => e.key === key) ??
        (
          await get('/api/v1/exposures', {
            query: { advisory: vulnerability, all: 'true', limit: '1000' },
            signal,
          })
        ).exposures
          .map((e): ImpactExposure => ({ ...e, path: [] }))
          .find((e) => e.key === key);
      return {
        here,
        elsewhere: impact.exposures.filter((e) => e.key !== key),
        advisory: advisory as Vulnerability | undefined,
        history,
      };
    },
    [key],
  );
  return (
    <section>
      <p className="crumbs">
        <Link href="/exposures">Exposures</Link> ›
      </p>
      <h1 tabIndex={-1}>{vulnerability || 'Exposure'}</h1>
      {loaded.state === 'loading' ? <Loading what="the exposure" /> : null}
      {loaded.state === 'error' ? <Failure error={loaded.error} retry={loaded.reload} /> : null}
      {loaded.state === 'ok' && !loaded.data?.here ? (
        <Empty command="vigil exposures --all">
          No exposure has the key <code>{key || '(none)'}</code> now: it may be fixed, or no longer running.
        </Empty>
      ) : null}
      {loaded.state === 'ok' && loaded.data?.here ? (
        <>
          <Summary e={loaded.data.here} />
          <History e={loaded.data.here} history={loaded.data.history} />
          <Advisory vulnerability={loaded.data.advisory} />
          <Elsewhere exposures={loaded.data.elsewhere} vulnerability={vulnerability} />
        </>
      ) : null}
    </section>
  );
}

function Summary({ e }: { e: ImpactExposure }) {
  const questions = ['reachable', 'exploitable', 'relevant', 'vex'] as const;
  return (
    <div className="panel">
      <p className="headline">
        <DecisionBadge decision={e.decision} suppressed={e.suppressed} /> score <strong>{e.score}</strong>
      </p>
      <dl className="facts">
        <dt>component</dt>
        <dd>
          <code>{e.component.purl}</code>
        </dd>
        <dt>fixed version</dt>
        <dd>{e.fixedVersion ?? 'none known'}</dd>
        <dt>detected</dt>
        <dd>{e.detectedAt}</dd>
        <dt>SLA due</dt>
        <dd>
          {e.dueAt ? (
            <>
              {e.dueAt}
              {!e.suppressed && e.dueAt < new Date().toISOString() ? (
                <strong className="overdue"> overdue</strong>
              ) : null}
            </>
          ) : (
            'no SLA for this decision and tier'
          )}
        </dd>
        <dt>where</dt>
        <dd>
          {e.environment} ({e.tier}) · {e.kind} <code>{e.workload}</code> ·{' '}
          {e.running ? 'running' : 'declared'}
        </dd>
        <dt>artifact</dt>
        <dd>
          {e.artifactName} <code className="digest">{e.artifact}</code>
        </dd>
        <dt>component path</dt>
        <dd>
          {e.path.length > 0 ? (
            <ol className="path">
              {e.path.map((p, i) => (
                // a path may name one component twice
                // biome-ignore lint/suspicious/noArrayIndexKey: the position is the identity here
                <li key={i}>{p}</li>
              ))}
            </ol>
          ) : (
            'not recorded'
          )}
        </dd>
        <dt>matched</dt>
        <dd>{e.matched}</dd>
        <dt>ids</dt>
        <dd>{e.ids.join(', ')}</dd>
      </dl>
      <h2>Why</h2>
      {questions.map((q) => {
        const reasons = e.reasons.filter((r) => r.question === q);
        return reasons.length === 0 ? null : (
          <div key={q}>
            <h3>{q}</h3>
            <ul className="reasons">
              {reasons.map((r) => (
                <li key={r.text}>
                  {r.text} <span className="points">{r.points > 0 ? `+${r.points}` : r.points}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

/** The exposure over time: the twin's deployment intervals and the life Vigil recorded (ADR 079). */
function History({ e, history }: { e: ImpactExposure; history: ExposureHistory | undefined }) {
  const mine = history?.workloads.find((w) => w.environment === e.environment && w.workload === e.workload);
  return (
    <div className="panel" data-testid="history">
      <h2>History</h2>
      {!mine ? (
        <Empty command={`vigil exposure history ${e.vulnerability}`}>No deployment history recorded.</Empty>
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">exposed from</th>
                <th scope="col">until</th>
                <th scope="col">could be known from</th>
                <th scope="col">artifacts</th>
              </tr>
            </thead>
            <tbody>
              {mine.exposed.map((x) => (
                <tr key={x.from}>
                  <td>{x.from}</td>
                  <td>{x.to ?? 'now'}</td>
                  <td>{x.knownFrom ?? 'never: it ended before publication'}</td>
                  <td>
                    {x.artifacts.map((a) => (
                      <code key={a} className="digest">
                        {a.slice(0, 19)}
                      </code>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {mine.lifecycle ? (
            <ol className="events">
              {mine.lifecycle.events.map((ev) => (
                <li key={`${ev.kind}@${ev.at}`}>
                  {ev.at}: {ev.kind.replace('_', ' ')}
                  {ev.closedBy ? ` (${ev.closedBy.replace('_', ' ')})` : ''} · {ev.decision}
                </li>
              ))}
            </ol>
          ) : null}
        </>
      )}
    </div>
  );
}

function Advisory({ vulnerability }: { vulnerability: Vulnerability | undefined }) {
  if (!vulnerability)
    return (
      <div className="panel">
        <h2>Advisory</h2>
        <Empty command="vigil feeds sync">The advisory record is not stored.</Empty>
      </div>
    );
  return (
    <div className="panel">
      <h2>Advisory</h2>
      {vulnerability.kev.map((k) => (
        <p key={k.cveId} className="kev">
          {k.cveId} is in CISA KEV since {k.firstDateAdded}
          {k.entry.dueDate ? `, remediation due ${k.entry.dueDate}` : ''}
          {k.entry.knownRansomwareCampaignUse === 'Known' ? ', used in ransomware campaigns' : ''}.
        </p>
      ))}
      {vulnerability.epss.map((s) => (
        <p key={s.cveId}>
          EPSS {s.cveId}: {(s.epss * 100).toFixed(2)}% (percentile {(s.percentile * 100).toFixed(0)})
        </p>
      ))}
      {vulnerability.advisories.map((a) => (
        <article key={a.id} className="advisory" data-testid="advisory">
          <h3>
            {a.id}
            {a.withdrawn ? ' (withdrawn)' : ''}
          </h3>
          <Markdown className="summary" text={a.summary} />
          <Markdown className="details" text={a.details} />
          {a.severity.length > 0 ? (
            <p className="meta">
              {a.severity.map((s) => (
                <code key={s.score}>{s.score}</code>
              ))}
            </p>
          ) : null}
          {a.affected.map((x) => (
            // a record may name one package twice (two ranges, or per-version entries)
            <p key={`${x.ecosystem}/${x.name}:${x.ranges.join(';')}`} className="meta">
              {x.ecosystem} {x.name}: {x.ranges.join('; ')}
            </p>
          ))}
          {a.references.length > 0 ? (
            <ul className="references">
              {a.references.map((r) =>
                // references are untrusted too: only http(s) becomes a link
                /^https?:\/\//i.test(r) ? (
                  <li key={r}>
                    <a href={r} target="_blank" rel="noopener noreferrer nofollow">
                      {r}
                    </a>
                  </li>
                ) : (
                  <li key={r}>{r}</li>
                ),
              )}
            </ul>
          ) : null}
          <p className="meta">modified {a.modified}</p>
        </article>
      ))}
    </div>
  );
}

/** Untrusted Markdown, sanitised (markdown.ts), appended as DOM nodes: no HTML string reaches React. */
function Markdown({ text, className }: { text: string; className: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.replaceChildren(renderMarkdown(text));
  }, [text]);
  return <div ref={box} className={`markdown ${className}`} />;
}

function Elsewhere({
  exposures,
  vulnerability,
}: {
  exposures: readonly ImpactExposure[];
  vulnerability: string;
}) {
  return (
    <div className="panel">
      <h2>Where else it runs</h2>
      {exposures.length === 0 ? (
        <p>Nowhere else: this is the only workload running a component it affects.</p>
      ) : (
        <ExposureTable
          exposures={exposures}
          columns={['decision', 'environment', 'workload', 'component', 'fixed']}
          link="workload"
        />
      )}
      <p>
        <Link href={hrefOf('/impact', { id: vulnerability })}>Impact of this vulnerability</Link>
      </p>
    </div>
  );
}
