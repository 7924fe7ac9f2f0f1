import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OsvFeed } from '../../app/feeds/index.js';
import { codePointOrder, osvArchiveWork } from './osv-archive-work.js';
import type { ZipLimits } from './zip-limits.js';

/**
 * An air-gapped OSV mirror: a folder holding `<Ecosystem>/all.zip`, as OSV.dev's bucket lays them out.
 * Every sync reads the whole archive; unchanged records cost a comparison, not a write.
 */
export function createOsvMirrorFeed(folder: string, limits?: ZipLimits): OsvFeed {
  return {
    location: folder,
    async ecosystems() {
      return readdirSync(folder, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(folder, d.name, 'all.zip')))
        .map((d) => d.name)
        .sort(codePointOrder);
    },
    async archive(ecosystem) {
      const path = join(folder, ecosystem, 'all.zip');
      return osvArchiveWork(readFileSync(path), path, limits);
    },
  };
}
