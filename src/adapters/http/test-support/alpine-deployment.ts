import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedData } from '../../../../test/support/shared-data.js';
import { osvZip } from '../../feeds/test-support/zip-writer.js';

/** The digest the shared Alpine SBOM describes, and the SBOM itself. */
export const ALPINE_DIGEST = 'sha256:cbaa390ec61abd889dfa5146a411c11717c19ef9e5e18458dbdc06439076ffe7';
export const ALPINE_SBOM = sharedData('sbom', 'cyclonedx', 'cdx-1.4_image_alpine-latest_syft.json');

/** Records, through the API at `url`, that a pipeline deployed the Alpine image to production's shop/web. */
export function deployAlpine(url: string): Promise<Response> {
  return fetch(`${url}/api/v1/deployments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      environment: 'production',
      createEnvironment: true,
      workload: 'shop/web',
      image: `docker.io/library/alpine@${ALPINE_DIGEST}`,
    }),
  });
}

/** An OSV mirror folder holding the shared Alpine archive (a link, not a copy); `dispose` removes the folder. */
export function alpineMirror(): { readonly dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-alpine-mirror-'));
  mkdirSync(join(dir, 'Alpine'));
  symlinkSync(sharedData('osv', 'Alpine', 'all.zip'), join(dir, 'Alpine', 'all.zip'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * An OSV mirror folder holding one advisory `id` (alias `cve`) for the openssl the Alpine image holds, affecting
 * every version before 9.9.9-r0: exposures wherever the image runs, without the whole Alpine archive. `dispose`
 * removes the folder.
 */
export function opensslAdvisoryMirror(id: string, cve: string): { readonly dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-openssl-mirror-'));
  mkdirSync(join(dir, 'Alpine'));
  const record = {
    id,
    modified: new Date().toISOString(),
    upstream: [cve],
    affected: [
      {
        package: { ecosystem: 'Alpine:v3.16', name: 'openssl' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '9.9.9-r0' }] }],
      },
    ],
  };
  writeFileSync(join(dir, 'Alpine', 'all.zip'), osvZip([record]));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
