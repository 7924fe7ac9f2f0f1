import type { CompiledRange } from './ordered-range.js';
import type { RangeEvent } from './osv-events.js';
import { quote, type RangeAnswer } from './verdict.js';

/**
 * A repository's commit graph, supplied by the caller (core does no I/O). `isAncestor(repo, a, b)` is true
 * when commit `a` is `b` or one of its ancestors, false when it is not, undefined when unknown.
 */
export interface GitHistory {
  isAncestor(repo: string, ancestor: string, descendant: string): boolean | undefined;
}

// Components often carry abbreviated hashes: a prefix of 7 or more hex digits identifies a commit.
function sameCommit(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  return Math.min(x.length, y.length) >= 7 && (x.startsWith(y) || y.startsWith(x));
}

/**
 * Compiles a GIT range. Without a commit the component cannot be placed in it. Without history, a commit
 * that is one of the range's events is answered (introduced / last_affected: affected; fixed / limit: not);
 * any other commit needs the graph. With `history`, OSV's rule on the graph: some `introduced` is an
 * ancestor of the commit with no `fixed` between them (nor a `last_affected` strictly between), and the
 * commit is strictly before a `limit` when there are limits.
 */
export function compileGitRange(
  events: readonly RangeEvent[],
  repo: string,
  history?: GitHistory,
): CompiledRange {
  const of = (kind: RangeEvent['kind']): string[] =>
    events.filter((e) => e.kind === kind).map((e) => e.value);
  const introduced = of('introduced');
  const fixed = of('fixed');
  const lastAffected = of('last_affected');
  const limits = of('limit');
  return {
    type: 'GIT',
    events,
    test(version): RangeAnswer {
      const commit = version.commit;
      if (commit === undefined) return { unknown: `the GIT range of ${repo} needs the component's commit` };
      if (history) return onGraph(commit, history);
      if ([...introduced, ...lastAffected].some((c) => sameCommit(c, commit))) return true;
      if ([...fixed, ...limits].some((c) => sameCommit(c, commit))) return false;
      return {
        unknown: `commit ${quote(commit)} is not an event of the GIT range of ${repo}; placing it needs the repository history`,
      };
    },
  };

  function onGraph(commit: string, graph: GitHistory): RangeAnswer {
    let unknown = false;
    // Three-valued ancestry: undefined poisons the answer only when it could change it.
    const anc = (a: string, b: string): boolean | undefined =>
      a === '0' ? true : sameCommit(a, b) ? true : graph.isAncestor(repo, a, b);
    const strictlyBefore = (a: string, b: string): boolean | undefined =>
      sameCommit(a, b) ? false : anc(a, b);
    if (limits.length > 0) {
      const before = limits.map((l) => strictlyBefore(commit, l));
      if (!before.includes(true))
        return before.includes(undefined) ? { unknown: `ancestry in ${repo} unknown` } : false;
    }
    for (const start of introduced) {
      const opened = anc(start, commit);
      if (opened === false) continue;
      const closedBy = [
        ...fixed.map((f) => and(anc(f, commit), anc(start, f))),
        ...lastAffected.map((l) => and(strictlyBefore(l, commit), anc(start, l))),
      ];
      if (closedBy.includes(true)) continue;
      if (opened === true && !closedBy.includes(undefined)) return true;
      unknown = true;
    }
    return unknown ? { unknown: `ancestry of ${quote(commit)} in ${repo} is unknown` } : false;
  }
}

function and(a: boolean | undefined, b: boolean | undefined): boolean | undefined {
  if (a === false || b === false) return false;
  return a === true && b === true ? true : undefined;
}
