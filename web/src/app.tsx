import { lazy, type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { ApiError, get, logOut, type Me, onUnauthenticated } from './api';
import { ExposureDetailPage } from './pages/exposure-detail';
import { ExposuresPage } from './pages/exposures';
import { GapsPage } from './pages/gaps';
import { ImpactPage } from './pages/impact';
import { OverviewPage } from './pages/overview';
import { Link, useLocation } from './router';
import { Loading } from './states';

// cytoscape is most of the bundle: loaded with the one page that draws a graph
const TwinMapPage = lazy(async () => ({ default: (await import('./pages/twin-map')).TwinMapPage }));

const PAGES: readonly { path: string; label: string; page: () => ReactNode }[] = [
  { path: '/', label: 'Overview', page: () => <OverviewPage /> },
  { path: '/exposures', label: 'Exposures', page: () => <ExposuresPage /> },
  { path: '/twin', label: 'Twin map', page: () => <TwinMapPage /> },
  { path: '/impact', label: 'Impact', page: () => <ImpactPage /> },
  { path: '/gaps', label: 'Gaps', page: () => <GapsPage /> },
];

/** Who is calling: a person (session), a token, or this machine while serve is open; absent until known. */
type Caller =
  | { state: 'unknown' }
  | { state: 'in'; me: Me }
  | { state: 'out' }
  | { state: 'error'; error: ApiError };

export function App() {
  const { path } = useLocation();
  const [caller, setCaller] = useState<Caller>({ state: 'unknown' });
  useEffect(() => {
    const off = onUnauthenticated(() => setCaller({ state: 'out' }));
    get('/api/v1/me').then(
      // a 401 from any call (a session that ended) outweighs an earlier answer
      (me) => setCaller((c) => (c.state === 'out' ? c : { state: 'in', me })),
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 401) setCaller({ state: 'out' });
        else if (error instanceof ApiError) setCaller({ state: 'error', error });
      },
    );
    return off;
  }, []);
  // after a navigation the new page's heading takes the focus, so keyboard and screen-reader users land on it
  // (not on the first load: Tab then starts at the skip link, as on any page)
  const main = useRef<HTMLElement>(null);
  const shown = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (shown.current !== undefined && shown.current !== path)
      main.current?.querySelector<HTMLElement>('h1')?.focus();
    shown.current = path;
  }, [path]);
  const page = path === '/exposure' ? <ExposureDetailPage /> : PAGES.find((p) => p.path === path)?.page();
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link href="/" className="brand">
          Vigil
        </Link>
        <nav aria-label="Pages">
          <ul>
            {PAGES.map((p) => (
              <li key={p.path}>
                <Link
                  href={p.path}
                  aria-current={
                    p.path === path || (p.path === '/exposures' && path === '/exposure') ? 'page' : undefined
                  }
                >
                  {p.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <CallerBadge caller={caller} />
      </header>
      <main id="main" ref={main}>
        <Suspense fallback={<Loading what="the page" />}>{page ?? <NotFound path={path} />}</Suspense>
      </main>
    </>
  );
}

function NotFound({ path }: { path: string }) {
  return (
    <section>
      <h1 tabIndex={-1}>Not found</h1>
      <p>
        No page at <code>{path}</code>. <Link href="/">Go to the overview</Link>.
      </p>
    </section>
  );
}

function CallerBadge({ caller }: { caller: Caller }) {
  if (caller.state === 'unknown') return <span className="caller" />;
  if (caller.state === 'out')
    return (
      <span className="caller">
        <a href="/auth/login" className="login">
          Log in
        </a>
      </span>
    );
  if (caller.state === 'error') return <span className="caller">serve: {caller.error.message}</span>;
  const { me } = caller;
  const csrf = me.csrfToken;
  return (
    <span className="caller">
      {me.kind === 'local' ? 'open on this machine (no tokens)' : `${me.name} · team ${me.team}`}
      {me.kind === 'user' && csrf ? (
        <button
          type="button"
          className="link"
          onClick={() => void logOut(csrf).then(() => window.location.assign('/'))}
        >
          Log out
        </button>
      ) : null}
    </span>
  );
}
