import { compareScored, type RiskConfig } from '../../core/risk/index.js';
import { type Exposure, type RankedExposure, rankExposures } from './list-exposures.js';
import type { ExposureFilter, ExposureRepository } from './ports.js';
import {
  type CheckedSelection,
  encodeCursor,
  GATE_LEVELS,
  type SelectedExposures,
  selectExposures,
} from './select-exposures.js';

/**
 * Affected findings read per chunk of a whole-estate scan. A chunk's rows are its findings times their placements:
 * at bench scale 1 (13.4 M exposure rows) a chunk holds some 10^5 rows instead of the estate.
 */
export const CHUNK_FINDINGS = 4_000;

/**
 * Ranks every exposure the filter selects chunk by chunk, each chunk whole vulnerability groups (an exposure is
 * the rows of one group, so none is split across chunks): for callers that count, or keep a bounded part, the
 * memory held is one chunk's, not the estate's. Each chunk is ranked in itself; chunks come in no rank order.
 * With `advisoryIds` in the filter (one vulnerability's impact) it is one chunk.
 */
export async function forEachExposureChunk(
  repo: ExposureRepository,
  config: RiskConfig,
  filter: ExposureFilter,
  each: (chunk: readonly RankedExposure[]) => void | Promise<void>,
  findingsPerChunk = CHUNK_FINDINGS,
): Promise<void> {
  if (filter.advisoryIds) {
    await each(await rankExposures(repo, config, filter));
    return;
  }
  const groups = new Map<string, { advisories: string[]; findings: number }>();
  for (const a of await repo.affectedAdvisories()) {
    const g = groups.get(a.vulnerabilityId);
    if (g) {
      g.advisories.push(a.advisoryId);
      g.findings += a.findings;
    } else groups.set(a.vulnerabilityId, { advisories: [a.advisoryId], findings: a.findings });
  }
  let advisoryIds: string[] = [];
  let weight = 0;
  const flush = async (): Promise<void> => {
    if (advisoryIds.length > 0) await each(await rankExposures(repo, config, { ...filter, advisoryIds }));
    advisoryIds = [];
    weight = 0;
  };
  for (const vulnerability of [...groups.keys()].sort()) {
    const g = groups.get(vulnerability) as { advisories: string[]; findings: number };
    if (weight > 0 && weight + g.findings > findingsPerChunk) await flush();
    advisoryIds.push(...g.advisories);
    weight += g.findings;
  }
  await flush();
}

/**
 * `selectExposures` over the whole ranking without holding it: each chunk is filtered and only the best
 * `limit + 1` exposures after the cursor are kept, while totals and the gate count everything. Without a limit
 * every match is kept (an export), and memory follows the matches.
 */
export async function pageExposures(
  repo: ExposureRepository,
  config: RiskConfig,
  filter: ExposureFilter,
  selection: CheckedSelection,
  findingsPerChunk = CHUNK_FINDINGS,
): Promise<SelectedExposures> {
  const { limit, ...unlimited } = selection;
  let kept: Exposure[] = [];
  let total = 0;
  let suppressed = 0;
  let tripped = 0;
  await forEachExposureChunk(
    repo,
    config,
    filter,
    (chunk) => {
      const part = selectExposures(
        chunk.map((r) => r.exposure),
        unlimited,
      );
      total += part.total;
      suppressed += part.suppressed;
      tripped += part.gate?.tripped ?? 0;
      if (part.shown.length === 0) return;
      kept = kept.concat(part.shown);
      if (limit !== undefined && kept.length > limit + 1) kept = kept.sort(compareScored).slice(0, limit + 1);
    },
    findingsPerChunk,
  );
  kept.sort(compareScored);
  let next: string | undefined;
  if (limit !== undefined && kept.length > limit) {
    kept = kept.slice(0, limit);
    const last = kept.at(-1);
    if (last) next = encodeCursor(last);
  }
  return {
    shown: kept,
    ...(next ? { next } : {}),
    total,
    suppressed,
    ...(selection.failOn
      ? {
          gate: {
            level: selection.failOn,
            decisions: GATE_LEVELS[selection.failOn],
            tripped,
          },
        }
      : {}),
  };
}
