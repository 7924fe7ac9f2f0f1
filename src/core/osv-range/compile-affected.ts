import { lookupEcosystem, SCHEMES, type VersionKey, type VersionScheme } from '../version/index.js';
import type { ComponentVersion } from './component-version.js';
import { compileGitRange, type GitHistory } from './git-range.js';
import { type CompiledRange, compileOrderedRange, unevaluable } from './ordered-range.js';
import { type OsvEcosystem, parseOsvEcosystem } from './osv-ecosystem.js';
import { describeEvents, readEvents } from './osv-events.js';
import { isUnknown, quote, type RangeAnswer, type Verdict } from './verdict.js';

/** One `affected[]` entry of an OSV record, compiled once and tested against many component versions. */
export interface CompiledAffected {
  /** The entry's package ecosystem, or undefined when the entry has no package. */
  readonly ecosystem: OsvEcosystem | undefined;
  readonly name: string | undefined;
  readonly ranges: readonly CompiledRange[];
  readonly versions: readonly string[];
  /** Listed in `versions`, by key equality in the scheme (`1.0` = `1.0.0` in PyPI), else exact text. */
  listed(version: ComponentVersion): boolean;
  /** Inside any range: true, false, or undefined when no range includes it and one could not be evaluated. */
  inRanges(version: ComponentVersion): boolean | undefined;
  /** The fast path: `listed || inRanges`, without building reasons. */
  matches(version: ComponentVersion): boolean | undefined;
  /** The answer with its reason. */
  evaluate(version: ComponentVersion): Verdict;
  /** The ranges' answer alone, ignoring `versions` (conformance checks compare the two). */
  evaluateRanges(version: ComponentVersion): Verdict;
}

export interface CompileOptions {
  /** The commit graph for GIT ranges. */
  readonly git?: GitHistory;
}

/**
 * Compiles an `affected[]` entry with the scheme of its own ecosystem (see `compileRanges`).
 * @example compileAffected(record.affected[0]).matches(new ComponentVersion('4.17.20'))
 */
export function compileAffected(entry: unknown, options: CompileOptions = {}): CompiledAffected {
  const ecosystem = readPackage(entry)?.ecosystem;
  const scheme = ecosystem === undefined ? undefined : lookupEcosystem(ecosystem.base)?.scheme;
  return compileRanges(entry, scheme, options);
}

/**
 * Compiles an `affected[]` entry: `ECOSYSTEM` ranges with `scheme` (null or undefined: they cannot be
 * evaluated), `SEMVER` ranges with SemVer, `GIT` ranges on commits. Malformed parts become ranges that
 * answer "cannot evaluate" with the reason; nothing throws.
 */
export function compileRanges(
  entry: unknown,
  scheme: VersionScheme | null | undefined,
  options: CompileOptions = {},
): CompiledAffected {
  const pkg = readPackage(entry);
  const record = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
  const versions = Array.isArray(record.versions)
    ? record.versions.filter((v): v is string => typeof v === 'string')
    : [];
  const rawRanges = Array.isArray(record.ranges) ? record.ranges : [];
  const ranges = rawRanges.map((range, i) => compileRange(range, i, scheme, options.git));
  const listedKeys = new Set<VersionKey>();
  const listedText = new Set(versions);
  if (scheme)
    for (const v of versions) {
      const parsed = scheme.parse(v);
      if (parsed.ok) listedKeys.add(parsed.key);
    }

  const listed = (version: ComponentVersion): boolean => {
    if (listedText.has(version.version)) return true;
    if (!scheme || listedKeys.size === 0) return false;
    const parsed = version.keyIn(scheme);
    return parsed.ok && listedKeys.has(parsed.key);
  };
  const answers = (version: ComponentVersion): RangeAnswer[] => ranges.map((r) => r.test(version));
  const inRanges = (version: ComponentVersion): boolean | undefined => {
    let unknown = false;
    for (const range of ranges) {
      const answer = range.test(version);
      if (answer === true) return true;
      if (answer !== false) unknown = true;
    }
    return unknown ? undefined : false;
  };
  const evaluateRanges = (version: ComponentVersion): Verdict => {
    if (ranges.length === 0) return { affected: false, reason: 'the entry has no ranges' };
    const results = answers(version);
    const hit = results.indexOf(true);
    const v = quote(version.version);
    if (hit >= 0) {
      const range = ranges[hit] as CompiledRange;
      return {
        affected: true,
        reason: `${v} is inside the ${range.type} range [${describeEvents(range.events)}]`,
      };
    }
    const unknown = results.filter(isUnknown);
    if (unknown.length > 0) return { unknown: unknown.map((u) => u.unknown).join('; ') };
    const all = ranges.map((r) => `${r.type} [${describeEvents(r.events)}]`).join(', ');
    return { affected: false, reason: `${v} is outside the range${ranges.length > 1 ? 's' : ''} ${all}` };
  };
  return {
    ecosystem: pkg?.ecosystem,
    name: pkg?.name,
    ranges,
    versions,
    listed,
    inRanges,
    matches: (version) => (listed(version) ? true : inRanges(version)),
    evaluate(version) {
      if (listed(version))
        return { affected: true, reason: `${quote(version.version)} is listed in the affected versions` };
      if (ranges.length === 0)
        return {
          affected: false,
          reason: `${quote(version.version)} is not among the ${versions.length} affected versions listed`,
        };
      return evaluateRanges(version);
    },
    evaluateRanges,
  };
}

function readPackage(entry: unknown): { ecosystem: OsvEcosystem; name: string } | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const pkg = (entry as Record<string, unknown>).package;
  if (typeof pkg !== 'object' || pkg === null) return undefined;
  const { ecosystem, name } = pkg as Record<string, unknown>;
  if (typeof ecosystem !== 'string' || typeof name !== 'string') return undefined;
  return { ecosystem: parseOsvEcosystem(ecosystem), name };
}

function compileRange(
  range: unknown,
  index: number,
  scheme: VersionScheme | null | undefined,
  git: GitHistory | undefined,
): CompiledRange {
  const record = typeof range === 'object' && range !== null ? (range as Record<string, unknown>) : {};
  const type = typeof record.type === 'string' ? record.type : `range ${index}`;
  const events = readEvents(record.events);
  if (typeof events === 'string') return unevaluable(type, [], `range ${index}: ${events}`);
  if (type === 'GIT') {
    if (typeof record.repo !== 'string') return unevaluable(type, events, 'the GIT range has no repo');
    return compileGitRange(events, record.repo, git);
  }
  if (type === 'SEMVER') return compileOrderedRange(type, events, SCHEMES.semver);
  if (type !== 'ECOSYSTEM') return unevaluable(type, events, `unknown range type ${quote(type)}`);
  if (!scheme) return unevaluable(type, events, 'the ecosystem has no version order Vigil knows');
  return compileOrderedRange(type, events, scheme);
}
