import type { CompiledAffected } from './compile-affected.js';
import type { ComponentVersion } from './component-version.js';

/**
 * Whether an entry whose verdict is "cannot evaluate" only because of its GIT ranges (the component has no commit)
 * has already answered "not affected" through its version ranges or versions list. GIT ranges of OSV records
 * restate the same vulnerability in commit space (PyPI, crates.io, OSS-Fuzz conversions); when the version
 * order already rules the version out, reporting "unknown" would be noise (docs/adr/051-correlation.md).
 */
export function decidedWithoutGit(entry: CompiledAffected, version: ComponentVersion): boolean {
  const ordered = entry.ranges.filter((r) => r.type !== 'GIT');
  if (ordered.length === 0 && entry.versions.length === 0) return false;
  if (version.commit !== undefined) return false;
  return ordered.every((r) => r.test(version) === false) && !entry.listed(version);
}
