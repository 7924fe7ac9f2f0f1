import { afterEach, describe, expect, it } from 'vitest';
import { STORES, type TestDatabase } from '../store/test-support/databases.js';
import type { Vigil } from './open-vigil.js';
import {
  deployFrontend,
  FRONTEND,
  type FrontendComponents,
  ingestFrontend,
  openWithExampleFeeds,
} from './test-support/example-feeds.js';

const DIGEST_A = `sha256:${'a'.repeat(64)}`;
const DIGEST_B = `sha256:${'b'.repeat(64)}`;
const WORKLOADS = ['shop/frontend', 'shop/frontend-canary'];

/**
 * The plan on the example estate (OWASP Juice Shop's real SBOM, the real OSV records of examples/feeds), then its
 * first action applied for real: the SBOM rebuilt with the target version, deployed where the old build ran.
 */
describe.each(STORES)('the remediation plan on the $kind store', (store) => {
  let t: TestDatabase | undefined;
  let vigil: Vigil | undefined;
  afterEach(async () => {
    await vigil?.close().catch(() => {});
    await t?.dispose();
  });

  it('ranks upgrades by the risk they remove, and its first action removes exactly what it promised', async () => {
    t = await store.create();
    vigil = await openWithExampleFeeds(t);
    const v = vigil;
    const ingest = (digest: string, components: FrontendComponents) => ingestFrontend(v, digest, components);
    const deployEverywhere = async (digest: string) => {
      for (const workload of WORKLOADS) await deployFrontend(v, digest, workload);
    };
    await ingest(DIGEST_A, FRONTEND.components);
    await deployEverywhere(DIGEST_A);
    await v.exposures.evaluate();
    const before = (await v.exposures.list()).filter((e) => !e.suppressed);

    const plan = await v.remediation.plan();
    expect(plan.actions.length).toBeGreaterThan(1);
    // ranked: Act removed first, then risk
    for (let i = 1; i < plan.actions.length; i++) {
      const [a, b] = [plan.actions[i - 1], plan.actions[i]];
      expect(a && b && (a.act > b.act || (a.act === b.act && a.risk >= b.risk))).toBe(true);
    }
    const first = plan.actions[0];
    const upgrade = first?.upgrades[0];
    if (!first || !upgrade?.to) throw new Error('no fixable action');
    expect(first.kind).toBe('upgrade');
    expect(first.text).toMatch(
      /^upgrade pkg:npm\/\S+ \S+ → \S+ in .*: closes \d+ exposures \(\d+ Act\) in 2 workloads$/,
    );
    // the promise, counted independently from the listing
    const promised = before.filter((e) => e.component.purl === upgrade.purl && e.artifact === DIGEST_A);
    expect(first.exposures).toBe(promised.length);
    expect(first.workloads).toBe(2);

    // apply it: the same SBOM with that one component at the target version, deployed where the old build ran
    const rebuilt = FRONTEND.components.map((c) =>
      c.name === upgrade.name && c.version === upgrade.from
        ? {
            ...c,
            version: upgrade.to as string,
            ...(c.purl ? { purl: c.purl.replace(`@${upgrade.from}`, `@${upgrade.to}`) } : {}),
          }
        : c,
    );
    expect(rebuilt).not.toEqual(FRONTEND.components);
    await ingest(DIGEST_B, rebuilt);
    await deployEverywhere(DIGEST_B);
    await v.exposures.evaluate();
    const after = (await v.exposures.list()).filter((e) => !e.suppressed);
    const pkg = upgrade.purl.replace(/@[^@]*$/, '');
    // every promised exposure is gone, and the package opens none at its new version (other copies of the
    // package in the image, at other versions, are other actions)
    expect(after.filter((e) => e.component.purl === upgrade.purl)).toEqual([]);
    expect(after.filter((e) => e.component.purl === `${pkg}@${upgrade.to}`)).toEqual([]);
    expect(before.length - after.length).toBe(promised.length);
  }, 240_000);
});
