import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SILENT_PROGRESS } from '../../../app/feeds/index.js';
import type { TestDatabase } from '../../store/test-support/databases.js';
import { feedSyncRequest } from '../feed-sources.js';
import { openVigil, type Vigil } from '../open-vigil.js';
import { readVigilConfig } from '../vigil-config.js';

export const examples = (...p: string[]): string => join(process.cwd(), 'examples', ...p);

/** Vigil on a test store with the example feeds (the real OSV, KEV and EPSS records of examples/feeds) synced. */
export async function openWithExampleFeeds(t: TestDatabase): Promise<Vigil> {
  await t.db.close();
  const config = readVigilConfig(t.env, process.cwd());
  const vigil = await openVigil(config);
  await vigil.feeds.sync(
    feedSyncRequest(config, {
      osvMirror: examples('feeds', 'osv'),
      kev: examples('feeds', 'kev.json'),
      epss: [examples('feeds', 'epss_scores-2026-08-16.csv')],
    }),
    SILENT_PROGRESS,
  );
  return vigil;
}

/** The example estate's frontend: OWASP Juice Shop's real CycloneDX SBOM. */
export const FRONTEND = JSON.parse(
  readFileSync(examples('estate', 'sboms', 'frontend.cdx.json'), 'utf8'),
) as {
  components: { purl?: string; name: string; version: string }[];
} & Record<string, unknown>;
export type FrontendComponents = typeof FRONTEND.components;
export const FRONTEND_IMAGE = 'registry.example.com/shop/juice-shop';

/** Ingests the frontend's SBOM, with these components (default: its own), as the build `digest`. */
export const ingestFrontend = (
  v: Vigil,
  digest: string,
  components: FrontendComponents = FRONTEND.components,
) =>
  v.sbom.ingest({
    bytes: Buffer.from(JSON.stringify({ ...FRONTEND, components })),
    fileName: 'frontend.cdx.json',
    artifact: `${FRONTEND_IMAGE}@${digest}`,
  });

/** Records the build `digest` deployed to a workload of production (created if need be), now or `at`. */
export const deployFrontend = (v: Vigil, digest: string, workload = 'shop/frontend', at?: string) =>
  v.twin.recordDeployment({
    environment: 'production',
    createEnvironment: true,
    workload,
    image: `${FRONTEND_IMAGE}@${digest}`,
    ...(at ? { at } : {}),
  });
