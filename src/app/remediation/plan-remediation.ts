import {
  compileAdvisory,
  indexCompiled,
  osvPackageOf,
  type PackageVersionRef,
  packageVersionRefOf,
} from '../../core/matching/index.js';
import { parsePurl } from '../../core/purl/index.js';
import { type SmallestFix, smallestFix } from '../../core/remediation/index.js';
import type { AdvisoryRecord, Exposure } from '../exposures/index.js';

/** One package upgrade in one artifact. */
export interface PackageUpgrade {
  /** The canonical purl running now. */
  readonly purl: string;
  readonly name: string;
  readonly from: string;
  /** The smallest version no stored advisory affects; null: none exists (`why` says so). */
  readonly to: string | null;
  readonly why?: string | undefined;
}

/** What an action removes: exposures (and how many Act), in how many workloads and environments. */
export interface ActionEffect {
  readonly exposures: number;
  readonly act: number;
  /** Sum of the scores removed: the rank. */
  readonly risk: number;
  readonly workloads: number;
  readonly environments: readonly string[];
  readonly vulnerabilities: readonly string[];
}

/**
 * One thing to do: upgrade a package in an artifact, or (distro packages) rebuild an image on an updated base with
 * the listed package upgrades. Closing needs the rebuilt artifact deployed where the old one runs.
 */
export interface RemediationAction extends ActionEffect {
  readonly kind: 'upgrade' | 'base-image';
  readonly artifact: string;
  readonly artifactName: string;
  readonly upgrades: readonly PackageUpgrade[];
  /** One line: `upgrade pkg:npm/lodash 4.17.20 → 4.17.21 in X: closes N exposures (M Act) in K workloads`. */
  readonly text: string;
}

export interface RemediationPlan {
  /** Actions with a fix, most risk removed first. */
  readonly actions: readonly RemediationAction[];
  /** What has no fix (no fixed version, or every one still affected): what it would close, for the record. */
  readonly withoutFix: readonly RemediationAction[];
}

export interface PlanDeps {
  /** The ranked exposures to plan for (VEX-suppressed ones are not counted as risk). */
  readonly exposures: () => Promise<readonly Exposure[]>;
  /** Every stored advisory naming these packages. */
  readonly advisoriesFor: (keys: readonly { ecosystem: string; key: string }[]) => Promise<AdvisoryRecord[]>;
}

const DISTRO_TYPES = new Set(['deb', 'apk', 'rpm']);

/** The package version a canonical purl names, as the store keeps it (the inverse of `packagePurl`). */
function packageRef(purl: string): PackageVersionRef | undefined {
  const parsed = parsePurl(purl);
  return parsed.ok ? packageVersionRefOf(parsed.value) : undefined;
}

function effectOf(exposures: readonly Exposure[]): ActionEffect {
  return {
    exposures: exposures.length,
    act: exposures.filter((e) => e.decision === 'Act').length,
    risk: exposures.reduce((n, e) => n + e.score, 0),
    workloads: new Set(exposures.map((e) => `${e.environment}/${e.workload}`)).size,
    environments: [...new Set(exposures.map((e) => e.environment))].sort(),
    vulnerabilities: [...new Set(exposures.map((e) => e.vulnerability))].sort(),
  };
}

const describe = (a: Omit<RemediationAction, 'text'>): string => {
  const effect = `closes ${a.exposures} exposures (${a.act} Act) in ${a.workloads} workloads`;
  const arrow = (u: PackageUpgrade) => `${u.purl.replace(/@[^@]*$/, '')} ${u.from} → ${u.to ?? 'no fix'}`;
  if (a.kind === 'upgrade')
    return `upgrade ${arrow(a.upgrades[0] as PackageUpgrade)} in ${a.artifactName}: ${effect}`;
  return `rebuild ${a.artifactName} on an updated base image (${a.upgrades.length} packages: ${a.upgrades.map(arrow).join(', ')}): ${effect}`;
};

const byRisk = (a: RemediationAction, b: RemediationAction) =>
  b.act - a.act || b.risk - a.risk || a.artifact.localeCompare(b.artifact) || a.text.localeCompare(b.text);

/** Appends to the list under `key`, creating it: grouping without copying the list on every row. */
function append<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/**
 * The remediation plan: for each vulnerable component of each running artifact, the smallest upgrade that no
 * stored advisory affects (`smallestFix`), with the exposures it closes wherever that artifact runs; distro
 * packages grouped per image. Ranked by Act exposures removed, then by the risk (score) removed.
 */
export async function planRemediation(deps: PlanDeps): Promise<RemediationPlan> {
  const exposures = (await deps.exposures()).filter((e) => !e.suppressed);
  const groups = new Map<string, Exposure[]>(); // artifact|purl
  for (const e of exposures) {
    append(groups, `${e.artifact}|${e.component.purl}`, e);
  }
  const refs = new Map<string, PackageVersionRef>();
  for (const e of exposures) {
    const ref = packageRef(e.component.purl);
    if (ref) refs.set(e.component.purl, ref);
  }
  const keys = [...refs.values()].flatMap((ref) => {
    const pkg = osvPackageOf(ref);
    return 'unknown' in pkg ? [] : pkg.keys.map((key) => ({ ecosystem: pkg.ecosystem, key }));
  });
  const lookup = indexCompiled((await deps.advisoriesFor(keys)).map((a) => compileAdvisory(a.record)));
  const fixes = new Map<string, SmallestFix>();
  for (const [purl, ref] of refs) fixes.set(purl, smallestFix(ref, lookup));

  const upgradeOf = (e: Exposure): PackageUpgrade => {
    const fix = fixes.get(e.component.purl);
    return {
      purl: e.component.purl,
      name: e.component.name,
      from: e.component.version,
      to: fix?.to ?? null,
      ...(fix && fix.to === null ? { why: fix.why } : {}),
    };
  };
  const actions: RemediationAction[] = [];
  const withoutFix: RemediationAction[] = [];
  const push = (a: Omit<RemediationAction, 'text'>, fixed: boolean) =>
    (fixed ? actions : withoutFix).push({ ...a, text: describe(a) });
  // distro packages of one artifact: one rebuild on an updated base image
  const distro = new Map<string, Exposure[][]>();
  for (const list of groups.values()) {
    const first = list[0] as Exposure;
    const type = refs.get(first.component.purl)?.type ?? '';
    const fixed = fixes.get(first.component.purl)?.to != null;
    if (DISTRO_TYPES.has(type) && fixed) {
      append(distro, first.artifact, list);
      continue;
    }
    push(
      {
        kind: 'upgrade',
        artifact: first.artifact,
        artifactName: first.artifactName,
        upgrades: [upgradeOf(first)],
        ...effectOf(list),
      },
      fixed,
    );
  }
  for (const lists of distro.values()) {
    const first = (lists[0] as Exposure[])[0] as Exposure;
    const upgrades = lists.map((l) => upgradeOf(l[0] as Exposure)).sort((a, b) => (a.purl < b.purl ? -1 : 1));
    push(
      {
        kind: 'base-image',
        artifact: first.artifact,
        artifactName: first.artifactName,
        upgrades,
        ...effectOf(lists.flat()),
      },
      true,
    );
  }
  return { actions: actions.sort(byRisk), withoutFix: withoutFix.sort(byRisk) };
}
