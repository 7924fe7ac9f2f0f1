import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedData } from '../../../../test/support/shared-data.js';
import { runCli } from '../test-support/run-cli.js';

const home = mkdtempSync(join(tmpdir(), 'vigil-scan-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('scan with nothing to rank says why and what to run next', () => {
  it('tag-only manifests, a pinned image without SBOM and no feeds: one hint for each, and exit 0', async () => {
    const r = await runCli(
      [
        'scan',
        sharedData('sbom', 'cyclonedx', 'cdx-1.4_image_alpine-latest_syft.json'),
        sharedData('k8s', 'manifests', 'online-boutique'),
        '--env',
        'production',
        '--no-sync',
        '--no-kube',
      ],
      { env: { VIGIL_HOME: join(home, 'store'), VIGIL_DATABASE_URL: undefined } },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^0 of 0 exposures$/m);
    const hints = r.stderr.split('\n').filter((l) => l.startsWith('hint: '));
    expect(hints).toEqual([
      expect.stringMatching(/^hint: no advisories are stored: run `vigil feeds sync`/),
      expect.stringMatching(
        /^hint: \d+ containers name their image by tag only.*`vigil twin gaps` lists them$/,
      ),
      // the loadgenerator's init container pins busybox by digest, and no SBOM of it was given
      expect.stringMatching(/^hint: 1 running digests have no SBOM: `vigil registry sbom IMAGE`/),
    ]);
  });
});
