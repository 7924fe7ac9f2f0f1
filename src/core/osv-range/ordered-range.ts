import type { VersionKey, VersionScheme } from '../version/index.js';
import type { ComponentVersion } from './component-version.js';
import type { RangeEvent } from './osv-events.js';
import { quote, type RangeAnswer } from './verdict.js';

/** A compiled range: events parsed to keys once; `test` answers per component version. */
export interface CompiledRange {
  readonly type: string;
  readonly events: readonly RangeEvent[];
  test(version: ComponentVersion): RangeAnswer;
}

interface KeyedEvent {
  readonly kind: 'introduced' | 'fixed' | 'last_affected';
  /** null: "introduced 0", before every version. */
  readonly key: VersionKey | null;
}

// At one version a fix is applied before a (re-)introduction, so intervals listed out of order join:
// [introduced 0, fixed 3.1.1, introduced 3.1.1, fixed 3.1.3] covers 3.1.1 (as PYSEC records mean it).
const TIE_ORDER = { fixed: 0, last_affected: 1, introduced: 2 } as const;

/** A range that cannot be evaluated, and why. */
export function unevaluable(type: string, events: readonly RangeEvent[], reason: string): CompiledRange {
  return { type, events, test: () => ({ unknown: reason }) };
}

/**
 * Compiles a SEMVER or ECOSYSTEM range with the scheme that orders it. Evaluation is the OSV schema's:
 * sort events by version; walking them, `introduced` ≤ v opens, `fixed` ≤ v closes, `last_affected` < v
 * closes; with `limit` events, v must also be below one of them (`limit: "*"` is infinity).
 * An event that is not a version of the scheme, or a range without `introduced`, makes the range unevaluable.
 */
export function compileOrderedRange(
  type: string,
  events: readonly RangeEvent[],
  scheme: VersionScheme,
): CompiledRange {
  const keyed: KeyedEvent[] = [];
  const limits: (VersionKey | null)[] = [];
  for (const event of events) {
    // OSV: introduced "0" sorts before every version; limit "*" is infinity.
    if (
      (event.kind === 'introduced' && event.value === '0') ||
      (event.kind === 'limit' && event.value === '*')
    ) {
      if (event.kind === 'limit') limits.push(null);
      else keyed.push({ kind: 'introduced', key: null });
      continue;
    }
    const parsed = scheme.parse(event.value);
    if (!parsed.ok)
      return unevaluable(
        type,
        events,
        `${event.kind} ${quote(event.value)} is not a ${scheme.title} version: ${parsed.reason}`,
      );
    if (event.kind === 'limit') limits.push(parsed.key);
    else keyed.push({ kind: event.kind, key: parsed.key });
  }
  if (!keyed.some((e) => e.kind === 'introduced'))
    return unevaluable(type, events, 'the range has no "introduced" event (OSV requires one)');
  keyed.sort((a, b) =>
    a.key === b.key
      ? TIE_ORDER[a.kind] - TIE_ORDER[b.kind]
      : a.key === null
        ? -1
        : b.key === null
          ? 1
          : a.key < b.key
            ? -1
            : 1,
  );
  const contains = (k: VersionKey): boolean => {
    if (limits.length > 0 && !limits.some((l) => l === null || k < l)) return false;
    let vulnerable = false;
    for (const e of keyed) {
      if (e.key !== null && e.key > k) break;
      if (e.kind === 'introduced') vulnerable = true;
      else if (e.kind === 'fixed') vulnerable = false;
      else if (e.key !== k) vulnerable = false;
    }
    return vulnerable;
  };
  return {
    type,
    events,
    test(version) {
      const parsed = version.keyIn(scheme);
      if (!parsed.ok)
        return { unknown: `${quote(version.version)} is not a ${scheme.title} version: ${parsed.reason}` };
      return contains(parsed.key);
    },
  };
}
