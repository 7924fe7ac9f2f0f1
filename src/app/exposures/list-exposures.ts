import type { Purl } from '../../core/purl/index.js';
import {
  assessCvss,
  type CvssAssessment,
  compareScored,
  type Decision,
  type Reason,
  type RiskConfig,
  scoreExposure,
} from '../../core/risk/index.js';
import { indexVexStatements } from '../../core/vex/index.js';
import type { ExposureFilter, ExposureRepository, ExposureRow } from './ports.js';

/** An exposure: a finding placed in the twin, scored, with the reasons. */
export interface Exposure {
  /** Stable across runs: vulnerability, package version, artifact, workload. */
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
  readonly component: { readonly purl: string; readonly name: string; readonly version: string };
  readonly fixedVersion: string | null;
  readonly matched: string;
  /** Seen running (true) or only declared (false). */
  readonly running: boolean;
  readonly sources: readonly string[];
  readonly packageVersionId: number;
}

const CVE = /^CVE-\d{4}-\d+$/i;

const purlOf = (p: ExposureRow['package']): Purl => ({
  type: p.type,
  namespace: p.namespace,
  name: p.name,
  version: p.version,
  qualifiers: p.distro ? { distro: p.distro } : {},
  subpath: '',
});

const purlText = (p: ExposureRow['package']): string =>
  `pkg:${p.type}/${p.namespace ? `${p.namespace}/` : ''}${p.name}@${p.version}${p.distro ? `?distro=${p.distro}` : ''}`;

/**
 * Scores every exposure the filter selects and ranks them: decision, then score, then key. Rows of several
 * advisories for one vulnerability (GHSA and PYSEC for the same CVE) are one exposure with all their ids.
 */
export async function listExposures(
  repo: ExposureRepository,
  config: RiskConfig,
  filter: ExposureFilter = {},
): Promise<Exposure[]> {
  const rows = await repo.exposureRows(filter);
  const groups = new Map<string, ExposureRow[]>();
  for (const r of rows) {
    const key = `${r.vulnerabilityId}|${r.packageVersionId}|${r.artifact.digest}|${r.workload.id}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const vulnerabilityIds = [...new Set(rows.map((r) => r.vulnerabilityId))];
  const facts = await repo.advisoryFacts(vulnerabilityIds);
  const byVulnerability = new Map<string, typeof facts>();
  for (const f of facts)
    byVulnerability.set(f.vulnerabilityId, [...(byVulnerability.get(f.vulnerabilityId) ?? []), f]);
  const idsOf = (v: string): string[] => {
    const set = new Set<string>([v]);
    for (const f of byVulnerability.get(v) ?? []) {
      set.add(f.id);
      for (const a of f.aliases) set.add(a);
    }
    return [...set].sort();
  };
  const cves = [
    ...new Set(
      vulnerabilityIds
        .flatMap(idsOf)
        .filter((id) => CVE.test(id))
        .map((id) => id.toUpperCase()),
    ),
  ];
  const [kev, epss, statements] = await Promise.all([repo.kev(cves), repo.epss(cves), repo.vexStatements()]);
  const kevBy = new Map(kev.map((k) => [k.cve, k]));
  const epssBy = new Map(epss.map((e) => [e.cve, e]));
  const pickVex = indexVexStatements(statements);
  const cvssBy = new Map<string, CvssAssessment[]>();

  const out: Exposure[] = [];
  for (const [key, group] of groups) {
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
    const component = purlOf(first.package);
    const artifactPurls: Purl[] = first.artifact.repositories.map((r) => ({
      type: 'oci',
      namespace: '',
      name: (r.split(':')[0] ?? r).split('/').at(-1) ?? r,
      version: first.artifact.digest,
      qualifiers: { repository_url: r.split(':')[0] ?? r },
      subpath: '',
    }));
    const vex = pickVex({ ids, artifactDigest: first.artifact.digest, artifactPurls, component });
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
      },
      config,
    );
    const summary = (byVulnerability.get(v) ?? []).map((f) => f.summary).find((s) => s) ?? '';
    out.push({
      key,
      // shown by its CVE when it has one: the id people search for
      vulnerability: ids.find((id) => CVE.test(id)) ?? v,
      ids,
      advisories: [...new Set(group.map((g) => g.advisoryId))].sort(),
      summary,
      decision: scored.decision,
      score: scored.score,
      suppressed: scored.suppressed,
      reasons: scored.reasons,
      environment: first.environment.name,
      tier: first.environment.tier,
      workload: `${first.workload.namespace ? `${first.workload.namespace}/` : ''}${first.workload.name}`,
      kind: first.workload.kind,
      artifact: first.artifact.digest,
      artifactName: first.artifact.repositories[0] ?? first.artifact.name,
      component: { purl: purlText(first.package), name: first.package.name, version: first.package.version },
      fixedVersion: fixed,
      matched: first.reason,
      running: group.some((g) => g.observed),
      sources: [...new Set(group.flatMap((g) => g.sources))].sort(),
      packageVersionId: first.packageVersionId,
    });
  }
  return out.sort(compareScored);
}
