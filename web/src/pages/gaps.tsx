import { type GapRow, get } from '../api';
import { hrefOf, Link, useLocation, useTitle } from '../router';
import { Empty, Failure, Loading } from '../states';
import { useApi } from '../use-api';

type Kind = GapRow['kind'];

/** Each kind of gap: what it means and what closes it. */
const KINDS: readonly { kind: Kind; title: string; fix: string }[] = [
  {
    kind: 'no-sbom',
    title: 'Running artifacts without an SBOM',
    fix: 'vigil registry sbom IMAGE@DIGEST, or vigil sbom add FILE --artifact IMAGE@DIGEST',
  },
  {
    kind: 'unresolved-image',
    title: 'Images known by tag only',
    fix: 'vigil deploy record --env E --workload NS/NAME --image IMAGE@sha256:…, or a snapshot with pod statuses',
  },
  {
    kind: 'drift',
    title: 'Declared and observed artifacts differ',
    fix: 'check the pipeline and the cluster: vigil twin history NS/NAME',
  },
  {
    kind: 'sbom-not-running',
    title: 'SBOMs of artifacts not seen running',
    fix: 'vigil deploy record … when they run, or ignore built-only images',
  },
  { kind: 'coverage', title: 'SBOM coverage per environment', fix: 'close the gaps above' },
];

/** Page 6: the twin's blind spots and drift (GET /api/v1/twin/gaps), by kind; `?kind=` keeps one. */
export function GapsPage() {
  useTitle('Gaps');
  const only = useLocation().query.get('kind') ?? '';
  const loaded = useApi(
    async (signal) => (await get('/api/v1/twin/gaps', { signal })) as unknown as GapRow[],
    [],
  );
  const shown = KINDS.filter((k) => !only || k.kind === only);
  return (
    <section>
      <h1 tabIndex={-1}>Gaps</h1>
      <nav className="tabs" aria-label="Kinds of gap">
        <Link href="/gaps" aria-current={only ? undefined : 'page'}>
          all
        </Link>
        {KINDS.map((k) => (
          <Link
            key={k.kind}
            href={hrefOf('/gaps', { kind: k.kind })}
            aria-current={only === k.kind ? 'page' : undefined}
          >
            {k.kind}
          </Link>
        ))}
      </nav>
      {loaded.state === 'loading' ? <Loading what="the gaps" /> : null}
      {loaded.state === 'error' ? <Failure error={loaded.error} retry={loaded.reload} /> : null}
      {loaded.state === 'ok' && loaded.data.length === 0 ? (
        <Empty command="vigil scan PATH… --env production">
          No gap: or nothing is known yet. Gaps appear once workloads and artifacts are in the twin.
        </Empty>
      ) : null}
      {loaded.state === 'ok' && loaded.data.length > 0
        ? shown.map((k) => <Group key={k.kind} {...k} rows={loaded.data.filter((r) => r.kind === k.kind)} />)
        : null}
    </section>
  );
}

function Group({ kind, title, fix, rows }: { kind: Kind; title: string; fix: string; rows: GapRow[] }) {
  return (
    <div className="panel" data-testid={`gaps-${kind}`}>
      <h2>
        {title} ({rows.length})
      </h2>
      {rows.length === 0 ? (
        <p>None.</p>
      ) : (
        <>
          <ul className="plain">
            {rows.map((r) => (
              <li key={JSON.stringify(r)}>{describe(r)}</li>
            ))}
          </ul>
          {kind !== 'coverage' ? (
            <p>
              Next: <code className="command">{fix}</code>
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}

function describe(r: GapRow) {
  switch (r.kind) {
    case 'coverage':
      return `${r.environment}: ${r.withSbom} of ${r.runningDigests} running artifacts have an SBOM (${r.coveragePercent}%)`;
    case 'no-sbom':
      return (
        <>
          {r.environment}: <code>{r.image}</code> runs in {r.workloads.join(', ')} with no SBOM
        </>
      );
    case 'unresolved-image':
      return (
        <>
          {r.environment}/{r.workload} ({r.container}): <code>{r.image}</code> has no digest
        </>
      );
    case 'drift':
      return (
        <>
          {r.environment}/{r.workload}: declared <code>{r.declared}</code> ({r.declaredAt}), observed{' '}
          {r.observed.map((o) => (
            <code key={o}>{o}</code>
          ))}
        </>
      );
    case 'sbom-not-running':
      return (
        <>
          <code>{r.name || r.digest}</code>{' '}
          {r.declared ? 'is declared but not seen running' : 'is not seen running'}
        </>
      );
  }
}
