import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A path inside the installed package (`migrations/`, `config/`, `package.json`). Adapter modules sit two levels
 * below the root's `src/` or `dist/`, in the sources and in the build alike.
 */
export function packagePath(...parts: string[]): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', ...parts);
}
