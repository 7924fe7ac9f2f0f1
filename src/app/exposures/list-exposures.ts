import { ociPurl } from '../../core/artifact/image-reference.js';
import { InputError } from '../../core/input/index.js';
import type { PackageVersionRef } from '../../core/matching/index.js';
import { formatPurl, type Purl } from '../../core/purl/index.js';
import {
  assessCvss,
  type CvssAssessment,
  compareScored,
  type Decision,
  dueDate,
  type Reason,
  type RiskConfig,
  scoreExposure,
} from '../../core/risk/index.js';
import {
  compileTriageRules,
  pickTriage,
  type TriageJustification,
  type TriageState,
  type TriageTarget,
} from '../../core/triage/index.js';
import { parseInstant } from '../../core/twin/index.js';
import { indexVexStatements, type VexJustification, type VexStatus } from '../../core/vex/index.js';
import type { ExposureFilter, ExposureRepository, ExposureRow } from './ports.js';

/** An exposure: a finding placed in the twin, scored, with the reasons. */
export interface Exposure {
  /**
   * The natural key (docs/adr/072), the same in every store fed the same evidence:
   * `vulnerability|component.purl|artifact|environment/workload` (see `exposureKey`).
   */
  readonly key: string;
  readonly vulnerability: string;
  /** Every id of the vulnerability: record ids and aliases (CVE, GHSA, PYSEC, distro ids). */
  readonly ids: readonly string[];
  readonly advisories: readonly string[];
  readonly summary: string;
  readonly decision: Decision;
  readonly score: number;
  readonly suppressed: boolean;
  readonly reasons: readonly Reason[];
  readonly environment: string;
  readonly tier: string;
  readonly workload: string;
  readonly kind: string;
  readonly artifact: string;
  readonly artifactName: string;
  /** `purl` is canonical (`formatPurl`): `pkg:npm/%40scope/name@1.0.0`, qualifiers in key order. */
  readonly component: { readonly purl: string; readonly name: string; readonly version: string };
  readonly fixedVersion: string | null;
  readonly matched: string;
  /** Seen running (true) or only declared (false). */
  readonly running: boolean;
  /** Its vulnerability is in CISA KEV (known exploited). */
  readonly kev: boolean;
  /** The workload is reachable from the internet (Kubernetes evidence: LoadBalancer, NodePort, Ingress…). */
  readonly internetFacing: boolean;
  readonly sources: readonly string[];
  /**
   * When it could first be known: the later of the workload's first deployment of the artifact and the
   * vulnerability's earliest publication (docs/adr/079). The SLA clock starts here.
   */
  readonly detectedAt: string;
  /** The SLA due date (the risk config's `sla`, or the KEV due date when earlier); null: none applies. */
  readonly dueAt: string | null;
  /** The triage decision in force (or the acceptance that ran out, `expired`); null: untriaged. */
  readonly triage: ExposureTriage | null;
  /** The VEX statement that applies (the most specific, then the latest); null: none. */
  readonly vex: ExposureVex | null;
}

/** The VEX statement an exposure is matched with, and where it came from. */
export interface ExposureVex {
  readonly status: VexStatus;
  readonly justification?: VexJustification | undefined;
  readonly impactStatement?: string | undefined;
  readonly actionStatement?: string | undefined;
  readonly timestamp?: string | undefined;
  /** Where the document was read from (a file, a zip entry, an upload name). */
  readonly source: string;
  /** The document's own id ('' when it has none). */
  readonly document: string;
}

/** A triage decision as an exposure shows it (docs/adr/081). */
export interface ExposureTriage {
  /** The decision's id (`vigil triage list`). */
  readonly rule: number;
  readonly state: TriageState;
  readonly justification?: TriageJustification | undefined;
  readonly reason: string;
  readonly by: string;
  readonly at: string;
  readonly expiresAt?: string | undefined;
  /** An acceptance that ran out: the exposure is back on the list. */
  readonly expired: boolean;
  /** Decided for this exposure alone (its key), not by a portfolio rule. */
  readonly own: boolean;
}

/** An exposure with the store's id of its package version, for further look-ups in that store; never shown. */
export interface RankedExposure {
  readonly exposure: Exposure;
  readonly packageVersionId: number;
  /** What a triage rule is matched against (it holds the workload's labels, which exposures do not show). */
  readonly target: TriageTarget;
}

/**
 * The natural key of an exposure: vulnerability, canonical purl, artifact digest and the workload's identity
 * (environment, namespace, name: docs/adr/003), joined by `|`. No part but the vulnerability id can hold a `|`
 * (purls percent-encode it, names and digests have no such character), so splitting from the right is exact.
 * @example exposureKey({ vulnerability: 'CVE-2021-23337', purl: 'pkg:npm/lodash@4.17.20', artifact: 'sha256:…',
 *   environment: 'production', workload: 'shop/web' }) // 'CVE-2021-23337|pkg:npm/lodash@4.17.20|sha256:…|production/shop/web'
 */
export function exposureKey(parts: {
  readonly vulnerability: string;
  readonly purl: string;
  readonly artifact: string;
  readonly environment: string;
  readonly workload: string;
}): string {
  return `${parts.vulnerability}|${parts.purl}|${parts.artifact}|${parts.environment}/${parts.workload}`;
}

const CVE = /^CVE-\d{4}-\d+$/i;

// The qualifiers a package version is stored with (migrations/001_twin.sql); the others are not kept.
/** The purl of a stored package version, with the qualifiers the store keeps: one definition for every output. */
export const packagePurl = (p: PackageVersionRef): Purl => ({
  type: p.type,
  namespace: p.namespace,
  name: p.name,
  version: p.version,
  qualifiers: { ...(p.distro ? { distro: p.distro } : {}), ...(p.source ? { upstream: p.source } : {}) },
  subpath: '',
});

const imageName = (a: { readonly repository: string; readonly tag: string }): string =>
  a.tag ? `${a.repository}:${a.tag}` : a.repository;

const ociPurlsOf = (artifact: ExposureRow['artifact']): Purl[] =>
  [...new Set(artifact.aliases.map((a) => a.repository))].map((repository) =>
    ociPurl(repository, artifact.digest),
  );

const workloadRef = (w: ExposureRow['workload']): string =>
  `${w.namespace ? `${w.namespace}/` : ''}${w.name}`;

/**
 * Scores every exposure the filter selects and ranks them: decision, then score, then key. Rows of several
 * advisories for one vulnerability (GHSA and PYSEC for the same CVE) are one exposure with all their ids.
 */
export async function listExposures(
  repo: ExposureRepository,
  config: RiskConfig,
  filter: ExposureFilter = {},
): Promise<Exposure[]> {
  return (await rankExposures(repo, config, filter)).map((r) => r.exposure);
}

/** The filter with `at` checked and normalised to ISO 8601 UTC. @throws InputError (field `at`). */
function checkFilter(filter: ExposureFilter): ExposureFilter {
  if (filter.at === undefined) return filter;
  const at = parseInstant(filter.at, 'at');
  if (!at.ok) throw new InputError(at.issues);
  return { ...filter, at: at.value };
}

/** `listExposures`, each with the store's id of its package version (for `componentPaths`). */
export async function rankExposures(
  repo: ExposureRepository,
  config: RiskConfig,
  asked: ExposureFilter = {},
): Promise<RankedExposure[]> {
  const filter = checkFilter(asked);
  const rows = await repo.exposureRows(filter);
  // One exposure per vulnerability group, package version (one canonical purl), artifact and workload.
  const groups = new Map<string, ExposureRow[]>();
  for (const r of rows) {
    const key = `${r.vulnerabilityId}|${r.packageVersionId}|${r.artifact.digest}|${r.environment.name}/${workloadRef(r.workload)}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  // rows in advisory order, so that the reason and fixed version shown do not depend on the store's row order
  for (const group of groups.values())
    if (group.length > 1) group.sort((a, b) => compareText(a.advisoryId, b.advisoryId));
  const vulnerabilityIds = [...new Set(rows.map((r) => r.vulnerabilityId))];
  const facts = await repo.advisoryFacts(vulnerabilityIds);
  const byVulnerability = new Map<string, typeof facts>();
  for (const f of facts)
    byVulnerability.set(f.vulnerabilityId, [...(byVulnerability.get(f.vulnerabilityId) ?? []), f]);
  // Per vulnerability, package version and artifact, not per exposure: a wide advisory has thousands of rows.
  const memo = <K, V>(f: (k: K) => V): ((k: K) => V) => {
    const cache = new Map<K, V>();
    return (k) => {
      if (cache.has(k)) return cache.get(k) as V;
      const v = f(k);
      cache.set(k, v);
      return v;
    };
  };
  const idsOf = memo((v: string): string[] => {
    const set = new Set<string>([v]);
    for (const f of byVulnerability.get(v) ?? []) {
      set.add(f.id);
      for (const a of f.aliases) set.add(a);
    }
    return [...set].sort();
  });
  const cves = [
    ...new Set(
      vulnerabilityIds
        .flatMap(idsOf)
        .filter((id) => CVE.test(id))
        .map((id) => id.toUpperCase()),
    ),
  ];
  // the clock of expiries: the instant asked, else now
  const asOf = filter.at ?? new Date().toISOString();
  const [kev, epss, statements, triageRules] = await Promise.all([
    repo.kev(cves),
    repo.epss(cves),
    repo.vexStatements(),
    repo.triageRules(asOf),
  ]);
  const rules = compileTriageRules(triageRules);
  // as known at the time: a CVE added to KEV later was not known exploited then (EPSS and VEX are today's)
  const knownKev = filter.at ? kev.filter((k) => k.dateAdded <= (filter.at as string).slice(0, 10)) : kev;
  const kevBy = new Map(knownKev.map((k) => [k.cve, k]));
  const epssBy = new Map(epss.map((e) => [e.cve, e]));
  const pickVex = indexVexStatements(statements);
  const cvssBy = new Map<string, CvssAssessment[]>();
  const rowOf = new Map<number, ExposureRow>();
  for (const r of rows) if (!rowOf.has(r.packageVersionId)) rowOf.set(r.packageVersionId, r);
  const artifactOf = new Map<string, ExposureRow>();
  for (const r of rows) if (!artifactOf.has(r.artifact.digest)) artifactOf.set(r.artifact.digest, r);
  const componentOf = memo((pv: number) => {
    const row = rowOf.get(pv) as ExposureRow;
    const component = packagePurl(row.package);
    return { component, purl: formatPurl(component) };
  });
  const artifactPurlsOf = memo((digest: string) =>
    ociPurlsOf((artifactOf.get(digest) as ExposureRow).artifact),
  );
  const summaryOf = memo(
    (v: string) => (byVulnerability.get(v) ?? []).map((f) => f.summary).find((s) => s) ?? '',
  );
  const publishedOf = memo(
    (v: string) =>
      (byVulnerability.get(v) ?? [])
        .map((f) => f.published)
        .filter((p): p is string => Boolean(p))
        .map((p) => new Date(p).toISOString())
        .sort()[0] ?? null,
  );

  const out: RankedExposure[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const v = first.vulnerabilityId;
    const ids = idsOf(v);
    const cveIds = ids.filter((id) => CVE.test(id)).map((id) => id.toUpperCase());
    let cvss = cvssBy.get(v);
    if (!cvss) {
      cvss = (byVulnerability.get(v) ?? [])
        .flatMap((f) => f.severity.map((s) => assessCvss(s.score)))
        .filter((c) => c !== undefined);
      cvssBy.set(v, cvss);
    }
    const k = cveIds.map((c) => kevBy.get(c)).find((x) => x !== undefined);
    const e = cveIds
      .map((c) => epssBy.get(c))
      .filter((x) => x !== undefined)
      .sort((a, b) => b.probability - a.probability)[0];
    const fixed = group.map((g) => g.fixedVersion).find((f) => f !== null) ?? null;
    const { component, purl } = componentOf(first.packageVersionId);
    const artifactPurls = artifactPurlsOf(first.artifact.digest);
    const vex = pickVex({ ids, artifactDigest: first.artifact.digest, artifactPurls, component });
    const environment = first.environment.name;
    const workload = workloadRef(first.workload);
    const target: TriageTarget = {
      ids,
      component,
      artifact: first.artifact.digest,
      environment,
      workload,
      labels: first.workload.labels,
    };
    const picked = rules.length > 0 ? pickTriage(rules, target, asOf) : {};
    const decided = picked.rule ?? picked.expired;
    const scored = scoreExposure(
      {
        running: group.some((g) => g.observed),
        environment: first.environment,
        workload: { labels: first.workload.labels, attributes: first.workload.attributes },
        ...(k
          ? {
              kev: {
                dateAdded: k.dateAdded,
                ...(k.dueDate ? { dueDate: k.dueDate } : {}),
                ransomware: k.ransomware,
              },
            }
          : {}),
        ...(e ? { epss: { probability: e.probability, percentile: e.percentile, date: e.date } } : {}),
        cvss,
        ...(fixed ? { fixedVersion: fixed } : {}),
        ...(vex
          ? {
              vex: {
                status: vex.statement.status,
                ...(vex.statement.justification ? { justification: vex.statement.justification } : {}),
                source: vex.statement.origin.source,
              },
            }
          : {}),
        ...(decided
          ? {
              triage: {
                state: decided.state,
                ...(decided.justification ? { justification: decided.justification } : {}),
                by: decided.by,
                ...(decided.expiresAt ? { expiresAt: decided.expiresAt } : {}),
                expired: picked.rule === undefined,
              },
            }
          : {}),
      },
      config,
    );
    const summary = summaryOf(v);
    // shown by its CVE when it has one: the id people search for
    const vulnerability = ids.find((id) => CVE.test(id)) ?? v;
    const deployedAt = group.map((g) => g.firstSeen).sort()[0] ?? first.firstSeen;
    const published = publishedOf(v);
    const detectedAt = published && published > deployedAt ? published : deployedAt;
    const exposure: Exposure = {
      key: exposureKey({ vulnerability, purl, artifact: first.artifact.digest, environment, workload }),
      vulnerability,
      ids,
      advisories: [...new Set(group.map((g) => g.advisoryId))].sort(),
      summary,
      decision: scored.decision,
      score: scored.score,
      suppressed: scored.suppressed,
      reasons: scored.reasons,
      environment,
      tier: first.environment.tier,
      workload,
      kind: first.workload.kind,
      artifact: first.artifact.digest,
      artifactName: first.artifact.aliases[0] ? imageName(first.artifact.aliases[0]) : first.artifact.name,
      component: { purl, name: first.package.name, version: first.package.version },
      fixedVersion: fixed,
      matched: first.reason,
      running: group.some((g) => g.observed),
      kev: k !== undefined,
      internetFacing: first.workload.attributes.internetFacing === true,
      sources: [...new Set(group.flatMap((g) => g.sources))].sort(),
      detectedAt,
      dueAt: dueDate(config.sla, {
        decision: scored.decision,
        tier: first.environment.tier,
        firstSeen: detectedAt,
        kevDueDate: k?.dueDate ?? null,
      }),
      triage: decided
        ? {
            rule: decided.id,
            state: decided.state,
            ...(decided.justification ? { justification: decided.justification } : {}),
            reason: decided.reason,
            by: decided.by,
            at: decided.at,
            ...(decided.expiresAt ? { expiresAt: decided.expiresAt } : {}),
            expired: picked.rule === undefined,
            own: ['environment', 'workload', 'artifact', 'package'].every(
              (part) => decided.scope[part as keyof typeof decided.scope] !== undefined,
            ),
          }
        : null,
      vex: vex
        ? {
            status: vex.statement.status,
            ...(vex.statement.justification ? { justification: vex.statement.justification } : {}),
            ...(vex.statement.impactStatement ? { impactStatement: vex.statement.impactStatement } : {}),
            ...(vex.statement.actionStatement ? { actionStatement: vex.statement.actionStatement } : {}),
            ...(vex.statement.timestamp ? { timestamp: vex.statement.timestamp } : {}),
            source: vex.statement.origin.source,
            document: vex.statement.origin.documentId,
          }
        : null,
    };
    out.push({ exposure, packageVersionId: first.packageVersionId, target });
  }
  return out.sort((a, b) => compareScored(a.exposure, b.exposure));
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
