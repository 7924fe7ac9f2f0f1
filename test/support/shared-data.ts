import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is test/support/shared-data.ts). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Path to a file or folder under ../shared/data (beside the clone, as in CI), or $VIGIL_SHARED_DATA.
 * A missing data folder fails loudly: tests never skip for lack of data.
 */
export function sharedData(...parts: string[]): string {
  const base = process.env.VIGIL_SHARED_DATA ?? join(repoRoot, '..', 'shared', 'data');
  const path = join(base, ...parts);
  if (!existsSync(path))
    throw new Error(
      `shared test data missing: ${path} (set VIGIL_SHARED_DATA or place shared/ beside the clone)`,
    );
  return path;
}
