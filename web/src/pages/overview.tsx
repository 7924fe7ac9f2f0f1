import { type Exposure, get, type Mttr, type Status, type Trends } from '../api';
import { Chart, type ChartOption } from '../chart';
import { DECISION_COLOURS, DECISIONS, DecisionBadge } from '../decisions';
import { exposureHref } from '../exposure-link';
import { hrefOf, Link, navigate, useLocation, useTitle } from '../router';
import { Empty, Failure, Loading } from '../states';
import { useApi } from '../use-api';

const TREND_SPANS = ['7', '30', '90', '365'];
/** The KEV panel reads the top of the ranking: KEV-listed exposures rank high. */
const KEV_SCAN = 1000;

/** Page 1: exposures by decision × environment, SBOM coverage, KEV-listed exposures in production, trends. */
export function OverviewPage() {
  useTitle('Overview');
  const { query } = useLocation();
  const days = TREND_SPANS.includes(query.get('days') ?? '') ? (query.get('days') as string) : '30';
  const loaded = useApi(
    async (signal) => {
      const [status, top, trends, mttr] = await Promise.all([
        get('/api/v1/status', { signal }),
        get('/api/v1/exposures', { query: { limit: String(KEV_SCAN), kev: 'true' }, signal }),
        get('/api/v1/trends', { query: { days: Number(days) }, signal }),
        get('/api/v1/mttr', { query: { period: 'week' }, signal }),
      ]);
      return { status, kev: top.exposures.filter(isKevInProduction), trends, mttr };
    },
    [days],
  );
  return (
    <section>
      <h1 tabIndex={-1}>Overview</h1>
      {loaded.state === 'loading' ? <Loading what="the overview" /> : null}
      {loaded.state === 'error' ? <Failure error={loaded.error} retry={loaded.reload} /> : null}
      {loaded.state === 'ok' ? (
        <>
          <Matrix status={loaded.data.status} />
          <Coverage status={loaded.data.status} />
          <KevInProduction exposures={loaded.data.kev} />
          <TrendPanel trends={loaded.data.trends} days={days} />
          <FlowPanel trends={loaded.data.trends} />
          <MttrPanel mttr={loaded.data.mttr} />
        </>
      ) : null}
    </section>
  );
}

/** Unsuppressed, in a production-tier environment, its vulnerability in CISA KEV. */
function isKevInProduction(e: Exposure): boolean {
  return !e.suppressed && e.tier === 'production' && e.kev;
}

function Matrix({ status }: { status: Status }) {
  if (status.byEnvironment.length === 0)
    return (
      <Empty command="vigil scan PATH… --env production">
        No exposure yet: no vulnerable component runs in a known workload. Give Vigil SBOMs, the workloads
        that run them, and the feeds.
      </Empty>
    );
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: status.byEnvironment.map((e) => e.environment) },
    yAxis: { type: 'value', minInterval: 1 },
    series: DECISIONS.map((d) => ({
      name: d,
      type: 'bar',
      stack: 'exposures',
      color: DECISION_COLOURS[d],
      data: status.byEnvironment.map((e) => e.counts[d]),
    })),
  };
  return (
    <div className="panel">
      <h2>Exposures by decision and environment</h2>
      <div className="split">
        <table>
          <caption className="sr-only">Exposures not suppressed, by environment and decision</caption>
          <thead>
            <tr>
              <th scope="col">environment</th>
              {DECISIONS.map((d) => (
                <th scope="col" key={d}>
                  <DecisionBadge decision={d} />
                </th>
              ))}
              <th scope="col">suppressed</th>
            </tr>
          </thead>
          <tbody>
            {status.byEnvironment.map((e) => (
              <tr key={e.environment}>
                <th scope="row">
                  <Link href={hrefOf('/exposures', { environment: e.environment })}>{e.environment}</Link>
                </th>
                {DECISIONS.map((d) => (
                  <td key={d} className="num">
                    <Link href={hrefOf('/exposures', { environment: e.environment, decision: d })}>
                      {e.counts[d]}
                    </Link>
                  </td>
                ))}
                <td className="num">
                  <Link href={hrefOf('/exposures', { environment: e.environment, all: 'true' })}>
                    {e.suppressed}
                  </Link>
                </td>
              </tr>
            ))}
            <tr className="total">
              <th scope="row">all</th>
              {DECISIONS.map((d) => (
                <td key={d} className="num">
                  {status.totals[d]}
                </td>
              ))}
              <td className="num">{status.totals.suppressed}</td>
            </tr>
          </tbody>
        </table>
        <Chart option={option} label="Stacked bars: exposures per environment by decision" />
      </div>
      {status.unknownFindings > 0 ? (
        <p className="meta">
          {status.unknownFindings} findings cannot be evaluated (an unknown ecosystem or version): never
          guessed.
        </p>
      ) : null}
    </div>
  );
}

function Coverage({ status }: { status: Status }) {
  return (
    <div className="panel">
      <h2>SBOM coverage of running artifacts</h2>
      {status.coverage.length === 0 ? (
        <Empty command="vigil k8s import pods.json --env production">No artifact is seen running yet.</Empty>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">environment</th>
              <th scope="col">running artifacts</th>
              <th scope="col">with an SBOM</th>
              <th scope="col">coverage</th>
            </tr>
          </thead>
          <tbody>
            {status.coverage.map((c) => (
              <tr key={c.environment}>
                <th scope="row">{c.environment}</th>
                <td className="num">{c.runningArtifacts}</td>
                <td className="num">{c.withSbom}</td>
                <td>
                  <meter min={0} max={100} value={c.percent} aria-label={`${c.percent}%`} /> {c.percent}%
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {status.coverage.some((c) => c.withSbom < c.runningArtifacts) ? (
        <p>
          <Link href={hrefOf('/gaps', { kind: 'no-sbom' })}>Running artifacts without an SBOM</Link>
        </p>
      ) : null}
      {status.notDeployed.artifacts > 0 ? (
        <p className="meta">
          {status.notDeployed.packageVersions} vulnerable package versions sit in{' '}
          {status.notDeployed.artifacts} artifacts not seen running anywhere.
        </p>
      ) : null}
    </div>
  );
}

function KevInProduction({ exposures }: { exposures: readonly Exposure[] }) {
  return (
    <div className="panel">
      <h2>KEV-listed exposures in production</h2>
      {exposures.length === 0 ? (
        <p>None: no exposure in a production environment is in the CISA KEV catalog.</p>
      ) : (
        <ul className="plain">
          {exposures.map((e) => (
            <li key={e.key}>
              <DecisionBadge decision={e.decision} /> <Link href={exposureHref(e)}>{e.vulnerability}</Link>{' '}
              {e.component.name}@{e.component.version} in {e.environment}/{e.workload}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A chart of counts per day: one category per day, whole numbers up the side. */
const perDay = (dates: readonly string[], series: unknown[]): ChartOption => ({
  tooltip: { trigger: 'axis' },
  legend: { top: 0 },
  grid: { left: 40, right: 16, top: 36, bottom: 28 },
  xAxis: { type: 'category', data: dates },
  yAxis: { type: 'value', minInterval: 1 },
  series,
});

function TrendPanel({ trends, days }: { trends: Trends; days: string }) {
  const dates = [...new Set(trends.counts.map((c) => c.day))].sort();
  const sum = (day: string, decision: string) =>
    trends.counts.filter((c) => c.day === day && c.decision === decision).reduce((n, c) => n + c.count, 0);
  const option = perDay(
    dates,
    DECISIONS.map((d) => ({
      name: d,
      type: 'line',
      color: DECISION_COLOURS[d],
      symbolSize: 8,
      data: dates.map((day) => sum(day, d)),
    })),
  );
  return (
    <div className="panel">
      <h2>Exposures by decision per day</h2>
      <label>
        Span{' '}
        <select
          value={days}
          onChange={(e) =>
            navigate(hrefOf('/', { days: e.target.value === '30' ? undefined : e.target.value }))
          }
        >
          {TREND_SPANS.map((d) => (
            <option key={d} value={d}>
              last {d} days
            </option>
          ))}
        </select>
      </label>
      {dates.length === 0 ? (
        <Empty command="vigil serve">
          No daily counts yet: serve records them when it starts and once a day.
        </Empty>
      ) : (
        <Chart option={option} label={`Lines: exposures per decision on each of ${dates.length} days`} />
      )}
    </div>
  );
}

/** New versus remediated exposures per day, from the lifecycle serve records (a fix counts once seen running). */
function FlowPanel({ trends }: { trends: Trends }) {
  const dates = [...new Set(trends.flow.map((f) => f.day))].sort();
  const sum = (day: string, field: 'opened' | 'remediated') =>
    trends.flow.filter((f) => f.day === day).reduce((n, f) => n + f[field], 0);
  const option = perDay(dates, [
    { name: 'new', type: 'bar', color: DECISION_COLOURS.Act, data: dates.map((d) => sum(d, 'opened')) },
    { name: 'remediated', type: 'bar', color: '#2e7d32', data: dates.map((d) => sum(d, 'remediated')) },
  ]);
  return (
    <div className="panel">
      <h2>New versus remediated per day</h2>
      {dates.length === 0 ? (
        <Empty command="vigil serve">
          Nothing detected or remediated in this span: serve records each exposure's life as evidence arrives.
        </Empty>
      ) : (
        <Chart option={option} label={`Bars: new and remediated exposures on each of ${dates.length} days`} />
      )}
    </div>
  );
}

/** Mean time to remediate per week and environment, from detection to the fix seen running. */
function MttrPanel({ mttr }: { mttr: Mttr }) {
  const weeks = [...new Set(mttr.map((m) => m.period))].sort();
  const environments = [...new Set(mttr.map((m) => m.environment))].sort();
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: weeks },
    yAxis: { type: 'value', name: 'days' },
    series: environments.map((env) => ({
      name: env,
      type: 'line',
      symbolSize: 8,
      data: weeks.map((w) => {
        const row = mttr.find((m) => m.period === w && m.environment === env);
        return row ? Math.round((row.meanHours / 24) * 10) / 10 : null;
      }),
    })),
  };
  return (
    <div className="panel">
      <h2>Mean time to remediate (days, per week)</h2>
      {weeks.length === 0 ? (
        <Empty command="vigil mttr">No remediation seen running in the last 90 days.</Empty>
      ) : (
        <Chart
          option={option}
          label={`Lines: mean days to remediate per environment over ${weeks.length} weeks`}
        />
      )}
    </div>
  );
}
