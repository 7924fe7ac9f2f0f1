import cytoscape from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';
import { type Decision, type Exposure, exportExposures, get, type TwinRow } from '../api';
import { DECISION_COLOURS, DECISIONS, DecisionBadge, worse } from '../decisions';
import { hrefOf, Link, navigate, useLocation, useTitle } from '../router';
import { Empty, Failure, Loading } from '../states';
import { useApi } from '../use-api';

/** One node of the map: an environment, a namespace, a workload or an artifact, with its worst decision. */
interface MapNode {
  readonly id: string;
  readonly label: string;
  readonly level: 'environment' | 'namespace' | 'workload' | 'artifact';
  readonly parent?: string;
  readonly worst: Decision | undefined;
  /** Something below runs without an SBOM or a digest: no exposure there means unknown, not safe. */
  readonly blind: boolean;
  /** Where a click goes: the exposures of this part of the twin. */
  readonly href: string;
}

/** environment → namespace → workload → artifact, each coloured by the worst decision of what runs below it. */
export function mapOf(rows: readonly TwinRow[], exposures: readonly Exposure[]): MapNode[] {
  const worst = new Map<string, Decision>();
  const mark = (id: string, d: Decision) => worst.set(id, worse(worst.get(id), d));
  for (const e of exposures) {
    if (e.suppressed) continue;
    const [ns] = e.workload.split('/');
    mark(`env:${e.environment}`, e.decision);
    mark(`ns:${e.environment}/${ns}`, e.decision);
    mark(`wl:${e.environment}/${e.workload}`, e.decision);
    mark(`art:${e.environment}/${e.workload}/${e.artifact}`, e.decision);
  }
  const blind = new Set<string>();
  // an image known by tag only, or without an SBOM: what runs there is unknown
  for (const r of rows)
    if (!r.digest || !r.sbom) {
      const workload = `${r.environment}/${r.namespace}/${r.workload}`;
      for (const id of [`env:${r.environment}`, `ns:${r.environment}/${r.namespace}`, `wl:${workload}`])
        blind.add(id);
      if (r.digest) blind.add(`art:${workload}/${r.digest}`);
    }
  const nodes = new Map<string, MapNode>();
  const add = (n: Omit<MapNode, 'worst' | 'blind'>) => {
    if (!nodes.has(n.id)) nodes.set(n.id, { ...n, worst: worst.get(n.id), blind: blind.has(n.id) });
  };
  for (const r of rows) {
    const env = `env:${r.environment}`;
    const ns = `ns:${r.environment}/${r.namespace}`;
    const workload = `${r.namespace}/${r.workload}`;
    const wl = `wl:${r.environment}/${workload}`;
    add({
      id: env,
      label: r.environment,
      level: 'environment',
      href: hrefOf('/exposures', { environment: r.environment }),
    });
    add({
      id: ns,
      label: r.namespace,
      level: 'namespace',
      parent: env,
      // the listing filters by workload, not namespace
      href: hrefOf('/exposures', { environment: r.environment }),
    });
    add({
      id: wl,
      label: `${r.workload}${r.internetFacing ? ' ⇄' : ''}`,
      level: 'workload',
      parent: ns,
      href: hrefOf('/exposures', { environment: r.environment, workload }),
    });
    if (r.digest)
      add({
        id: `art:${r.environment}/${workload}/${r.digest}`,
        label: `${r.image
          .replace(/@sha256:.*/, '')
          .split('/')
          .at(-1)}${r.sbom ? '' : ' (no SBOM)'}`,
        level: 'artifact',
        parent: wl,
        href: hrefOf('/exposures', { environment: r.environment, workload }),
      });
  }
  return [...nodes.values()];
}

/** A node's colour: its worst decision; else unknown when something below has no SBOM; else none. */
const colourOf = (n: MapNode): string =>
  n.worst ? DECISION_COLOURS[n.worst] : n.blind ? DECISION_COLOURS.unknown : DECISION_COLOURS.none;

const SHAPES = {
  environment: 'round-rectangle',
  namespace: 'round-rectangle',
  workload: 'ellipse',
  artifact: 'diamond',
};

/** Page 4: the twin as a graph; click (or Enter on the list below) goes to the exposures of that part. */
export function TwinMapPage() {
  useTitle('Twin map');
  const { query } = useLocation();
  const environment = query.get('environment') ?? '';
  const loaded = useApi(
    async (signal) => {
      const [rows, exposures] = await Promise.all([
        get('/api/v1/twin', { query: environment ? { environment } : {}, signal }),
        exportExposures(environment ? { environment } : {}, signal),
      ]);
      return mapOf(rows as unknown as TwinRow[], exposures);
    },
    [environment],
  );
  return (
    <section>
      <h1 tabIndex={-1}>Twin map</h1>
      <p className="legend">
        Coloured by the worst decision running below:{' '}
        {DECISIONS.map((d) => (
          <DecisionBadge key={d} decision={d} />
        ))}{' '}
        <span className="badge" style={{ background: DECISION_COLOURS.none }}>
          no exposure
        </span>
        <span className="badge" style={{ background: DECISION_COLOURS.unknown }}>
          unknown: no SBOM or digest
        </span>{' '}
        · ⇄ internet-facing
        {environment ? (
          <>
            {' '}
            · only <strong>{environment}</strong> (<Link href="/twin">all</Link>)
          </>
        ) : null}
      </p>
      {loaded.state === 'loading' ? <Loading what="the twin" /> : null}
      {loaded.state === 'error' ? <Failure error={loaded.error} retry={loaded.reload} /> : null}
      {loaded.state === 'ok' ? (
        loaded.data.length === 0 ? (
          <Empty command="vigil k8s import pods.json --env production">
            The twin is empty: no workload is known{environment ? ` in ${environment}` : ''}.
          </Empty>
        ) : (
          <>
            <Graph nodes={loaded.data} />
            <Outline nodes={loaded.data} />
          </>
        )
      ) : null}
    </section>
  );
}

function Graph({ nodes }: { nodes: readonly MapNode[] }) {
  const box = useRef<HTMLDivElement>(null);
  const elements = useMemo(
    () => [
      ...nodes.map((n) => ({
        data: {
          id: n.id,
          label: n.label,
          level: n.level,
          href: n.href,
          colour: colourOf(n),
          shape: SHAPES[n.level],
        },
      })),
      ...nodes
        .filter((n) => n.parent)
        .map((n) => ({ data: { id: `${n.parent}->${n.id}`, source: n.parent as string, target: n.id } })),
    ],
    [nodes],
  );
  useEffect(() => {
    if (!box.current) return;
    const cy = cytoscape({
      container: box.current,
      elements,
      layout: {
        name: 'breadthfirst',
        directed: true,
        roots: nodes.filter((n) => n.level === 'environment').map((n) => n.id),
        spacingFactor: 1.1,
        padding: 16,
      },
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            shape: 'data(shape)' as 'ellipse',
            label: 'data(label)',
            color: '#1c2833',
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-wrap': 'ellipsis',
            'text-max-width': '140px',
            width: 26,
            height: 26,
          },
        },
        { selector: 'node[level = "environment"]', style: { width: 44, height: 30, 'font-weight': 'bold' } },
        { selector: 'edge', style: { width: 1.5, 'line-color': '#aab7b8', 'curve-style': 'bezier' } },
      ],
      wheelSensitivity: 0.3,
      minZoom: 0.2,
      maxZoom: 3,
    });
    // where each node is drawn, for tests and tools that click through
    const publish = () => {
      if (box.current)
        box.current.dataset.nodes = JSON.stringify(
          cy.nodes().map((n) => ({ id: n.id(), ...n.renderedPosition() })),
        );
    };
    publish();
    cy.on('viewport resize', publish);
    cy.on('tap', 'node', (e) => navigate(e.target.data('href') as string));
    cy.on('mouseover', 'node', () => {
      if (box.current) box.current.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node', () => {
      if (box.current) box.current.style.cursor = '';
    });
    return () => cy.destroy();
  }, [elements, nodes]);
  return (
    <div
      ref={box}
      className="graph"
      data-testid="twin-graph"
      role="img"
      aria-label={`Graph of ${nodes.length} parts of the twin; the list below holds the same, as links`}
    />
  );
}

/** The same tree as links, for keyboards and screen readers. */
function Outline({ nodes }: { nodes: readonly MapNode[] }) {
  const children = (parent: string | undefined) => nodes.filter((n) => n.parent === parent);
  const tree = (parent: string | undefined) => {
    const below = children(parent);
    return below.length === 0 ? null : (
      <ul>
        {below.map((n) => (
          <li key={n.id}>
            <span className="dot" style={{ background: colourOf(n) }} />
            <Link href={n.href}>{n.label}</Link>{' '}
            <span className="meta">
              {n.level}
              {n.worst ? ` · worst ${n.worst}` : ''}
            </span>
            {tree(n.id)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <details className="outline">
      <summary>The twin as a list</summary>
      {tree(undefined)}
    </details>
  );
}
