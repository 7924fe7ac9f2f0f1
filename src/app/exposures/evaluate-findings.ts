import {
  type CompiledAdvisory,
  compileAdvisory,
  type Finding,
  indexCompiled,
  matchOsvPackage,
  type OsvPackage,
  osvPackageOf,
  packageIndexKey,
} from '../../core/matching/index.js';
import type { AdvisoryRecord, FindingRow, FindingsRepository } from './ports.js';

/** Rows written by one evaluation from which the planner's statistics are refreshed. */
const ANALYZE_AFTER_ROWS = 5_000;

export interface EvaluationSummary {
  readonly mode: 'full' | 'incremental';
  /** Distinct package versions matched now. */
  readonly packageVersions: number;
  /** Advisories re-matched because the feeds changed them. */
  readonly advisories: number;
  readonly affected: number;
  readonly unknown: number;
  /** Package versions that cannot be matched at all (no OSV ecosystem, no version). */
  readonly unmatchable: number;
  readonly millis: number;
  /** The advisories the feeds changed that this (incremental) evaluation re-matched: what pushed impact is about. */
  readonly changedAdvisories: readonly string[];
}

/** The steps of an evaluation, in order. */
export const EVALUATION_STEPS = ['reading', 'matching', 'writing'] as const;
export type EvaluationStep = (typeof EVALUATION_STEPS)[number];

/** Package versions matched between two progress reports. */
const PROGRESS_EVERY = 500;

/**
 * Brings findings up to date. Incremental (default): only package versions never matched (new SBOMs) and
 * advisories written since the last evaluation (feed deltas) are matched; `full` re-matches everything and
 * must give the same findings. Deployments and VEX statements change no finding: exposures are derived
 * from findings and the twin when they are read.
 */
export async function evaluateFindings(
  repo: FindingsRepository,
  opts: {
    full: boolean;
    now: () => Date;
    /** Told each step as it starts, and the matching's count as it goes (for a progress line). */
    progress?: (step: EvaluationStep, done?: number, total?: number) => void;
  },
): Promise<EvaluationSummary> {
  const progress = opts.progress ?? (() => {});
  progress('reading');
  const started = opts.now().getTime();
  const state = await repo.state();
  // Read the delta first: advisories written after this read are left for the next evaluation.
  const delta = await repo.advisoriesChangedSince(opts.full ? null : state.advisoriesThrough);
  const fresh = await repo.packageVersions(opts.full ? 'all' : 'unevaluated');
  // Nothing new since the last evaluation: nothing is written (a long-running process evaluates before every read).
  if (!opts.full && fresh.length === 0 && delta.ids.length === 0 && state.advisoriesThrough !== null)
    return {
      mode: 'incremental',
      packageVersions: 0,
      advisories: 0,
      affected: 0,
      unknown: 0,
      unmatchable: 0,
      millis: opts.now().getTime() - started,
      changedAdvisories: [],
    };
  const freshIds = new Set(fresh.map((p) => p.id));
  const findings: FindingRow[] = [];
  const add = (pvId: number, list: readonly Finding[]): void => {
    for (const f of list) {
      findings.push({
        packageVersionId: pvId,
        advisoryId: f.advisoryId,
        status: f.status,
        reason: f.reason,
        ...(f.status === 'affected' && f.fixedVersion ? { fixedVersion: f.fixedVersion } : {}),
      });
    }
  };

  // 1. New package versions against every advisory that names their package.
  const named = fresh.map((pv) => ({ pv, pkg: osvPackageOf(pv) }));
  const keys = new Map<string, { ecosystem: string; key: string }>();
  for (const { pkg } of named) {
    if ('unknown' in pkg) continue;
    for (const key of pkg.keys)
      keys.set(packageIndexKey(pkg.ecosystem, key), { ecosystem: pkg.ecosystem, key });
  }
  const index = indexAdvisories(await repo.advisoriesFor([...keys.values()]));
  const evaluated: { id: number; note: string }[] = [];
  progress('matching', 0, named.length);
  for (const { pv, pkg } of named) {
    if (evaluated.length % PROGRESS_EVERY === 0) progress('matching', evaluated.length, named.length);
    if ('unknown' in pkg) {
      evaluated.push({ id: pv.id, note: pkg.unknown });
      continue;
    }
    add(pv.id, matchOsvPackage(pkg, index));
    evaluated.push({ id: pv.id, note: '' });
  }

  // 2. Advisories the feeds changed, against the package versions already matched before.
  let rematched = 0;
  if (!opts.full && delta.ids.length > 0) {
    const changed = (await repo.advisoriesById(delta.ids)).map((a) => compileAdvisory(a.record));
    rematched = changed.length;
    const changedIndex = indexCompiled(changed);
    const names = new Set<string>();
    for (const c of changed) for (const p of c.packages) names.add(simpleName(p));
    for (const pv of await repo.packageVersionsNamed([...names])) {
      if (freshIds.has(pv.id)) continue;
      const pkg = osvPackageOf(pv);
      if (!('unknown' in pkg)) add(pv.id, matchOsvPackage(pkg, changedIndex));
    }
  }

  progress('writing');
  await repo.saveFindings({
    full: opts.full,
    replaceAdvisories: opts.full ? [] : delta.ids,
    findings,
    evaluated,
    // Never null once evaluated: advisories imported later must count as changed.
    advisoriesThrough: delta.through ?? state.advisoriesThrough ?? new Date(0).toISOString(),
    at: opts.now().toISOString(),
  });
  // Large writes change the data's shape: refresh the planner's statistics, or the exposure joins are planned on
  // defaults (the embedded store runs no autovacuum; measured: impact of a wide advisory 301 s → 4 s at 2M components).
  if (findings.length + evaluated.length >= ANALYZE_AFTER_ROWS) await repo.analyze();
  return {
    mode: opts.full ? 'full' : 'incremental',
    packageVersions: fresh.length,
    advisories: rematched,
    affected: findings.filter((f) => f.status === 'affected').length,
    unknown: findings.filter((f) => f.status === 'unknown').length,
    unmatchable: evaluated.filter((e) => e.note !== '').length,
    millis: opts.now().getTime() - started,
    changedAdvisories: opts.full ? [] : delta.ids,
  };
}

type Lookup = (ecosystem: string, key: string) => readonly CompiledAdvisory[];

function indexAdvisories(records: readonly AdvisoryRecord[]): Lookup {
  return indexCompiled(records.map((r) => compileAdvisory(r.record)));
}

/**
 * The last segment of an index key, lower case: how the store names the package (`group:artifact` →
 * `artifact`, `golang.org/x/net` → `net`, `@babel/core` → `core`), to preselect candidate package versions.
 */
function simpleName(indexKey: string): string {
  const key = indexKey.slice(indexKey.indexOf('\u0000') + 1);
  return key.slice(Math.max(key.lastIndexOf('/'), key.lastIndexOf(':')) + 1).toLowerCase();
}

export type { OsvPackage };
