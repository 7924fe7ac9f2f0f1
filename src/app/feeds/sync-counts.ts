import type { SyncCounts } from './ports.js';

/** Adds two sets of sync counts. */
export function addCounts(a: SyncCounts, b: SyncCounts): SyncCounts {
  return {
    new: a.new + b.new,
    modified: a.modified + b.modified,
    unchanged: a.unchanged + b.unchanged,
    withdrawn: a.withdrawn + b.withdrawn,
    rejected: a.rejected + b.rejected,
  };
}
