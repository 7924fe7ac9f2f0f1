import { readFileSync } from 'node:fs';
import { packagePath } from '../package-root.js';

let version: string | undefined;

/** The installed package's version, read once. */
export function packageVersion(): string {
  if (version === undefined) {
    const manifest = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version?: unknown };
    version = typeof manifest.version === 'string' ? manifest.version : 'unknown';
  }
  return version;
}
