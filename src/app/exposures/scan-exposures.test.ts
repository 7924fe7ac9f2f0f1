import { describe, expect, it } from 'vitest';
import { ROUND_CONFIG } from '../../core/risk/test-support/round-config.js';
import { listExposures } from './list-exposures.js';
import type { AdvisoryFacts, ExposureRepository, ExposureRow } from './ports.js';
import { forEachExposureChunk, pageExposures } from './scan-exposures.js';
import { checkExposureSelection, selectExposures } from './select-exposures.js';
import { memoryExposureRepository } from './test-support/memory-exposure-repository.js';

const config = ROUND_CONFIG;

/** A seeded pseudo-random estate: vulnerability groups of 1–3 advisories over package versions and workloads. */
function estate(seed: number): { rows: ExposureRow[]; advisories: AdvisoryFacts[] } {
  let s = seed >>> 0;
  const rand = (n: number): number => {
    s = (Math.imul(s, 1_103_515_245) + 12_345) >>> 0;
    return (s >>> 8) % n;
  };
  const tiers = [
    { name: 'production', tier: 'production', criticality: 'high' },
    { name: 'staging', tier: 'staging', criticality: 'medium' },
    { name: 'dev', tier: 'development', criticality: 'low' },
  ] as const;
  const rows: ExposureRow[] = [];
  const advisories: AdvisoryFacts[] = [];
  for (let v = 0; v < 40; v++) {
    const vulnerabilityId = `CVE-2024-${1000 + v}`;
    const ids = Array.from({ length: 1 + rand(3) }, (_, i) => `GHSA-${v}-${i}`);
    for (const id of ids)
      advisories.push({
        id,
        vulnerabilityId,
        summary: `summary of ${id}`,
        published: null,
        severity: rand(2) ? [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }] : [],
        aliases: [vulnerabilityId],
      });
    for (let p = 0, n = 1 + rand(4); p < n; p++) {
      const pv = rand(12);
      for (let w = 0, m = 1 + rand(5); w < m; w++) {
        const env = tiers[rand(3)] as (typeof tiers)[number];
        const workload = `w${rand(8)}`;
        for (const advisoryId of ids.filter(() => rand(3) > 0).concat(ids[0] as string))
          rows.push({
            packageVersionId: pv,
            advisoryId,
            vulnerabilityId,
            reason: 'in range',
            fixedVersion: rand(2) ? `${pv}.0.1` : null,
            package: { type: 'npm', namespace: '', name: `p${pv}`, version: '1.0.0', distro: '', source: '' },
            artifact: { digest: `sha256:${String(pv % 5).repeat(64)}`, name: `app${pv % 5}`, aliases: [] },
            workload: {
              namespace: 'shop',
              name: workload,
              kind: 'Deployment',
              labels: {},
              attributes: { internetFacing: workload === 'w0' },
            },
            environment: { ...env, labels: {} },
            observed: rand(4) > 0,
            sources: ['kubernetes'],
            firstSeen: '2026-01-01T00:00:00.000Z',
          });
      }
    }
  }
  return { rows, advisories };
}

const repoOf = ({ rows, advisories }: ReturnType<typeof estate>): ExposureRepository =>
  memoryExposureRepository(rows, advisories, {
    // every third vulnerability in KEV, every other one likely exploited: the ranking spans every decision
    kev: (cves) =>
      cves
        .filter((c) => Number(c.slice(-4)) % 3 === 0)
        .map((cve) => ({ cve, dateAdded: '2025-01-01', dueDate: null, ransomware: false })),
    epss: (cves) =>
      cves
        .filter((c) => Number(c.slice(-4)) % 2 === 0)
        .map((cve) => ({ cve, date: '2026-01-01', probability: 0.6, percentile: 0.97 })),
  });

describe.each([1, 2, 3])('a whole-estate scan in chunks (seed %i)', (seed) => {
  const data = estate(seed);
  const repo = repoOf(data);

  it.each([1, 7, 100_000])('chunks of %i findings hold every exposure once, none split', async (size) => {
    const whole = await listExposures(repo, config);
    expect(whole.length).toBeGreaterThan(50);
    expect(new Set(whole.map((e) => e.decision)).size).toBe(4); // every decision, to rank across
    const seen: string[] = [];
    let chunks = 0;
    await forEachExposureChunk(
      repo,
      config,
      {},
      (chunk) => {
        chunks++;
        for (const r of chunk) seen.push(JSON.stringify(r.exposure));
      },
      size,
    );
    if (size === 1) expect(chunks).toBe(40); // one vulnerability group per chunk
    if (size === 100_000) expect(chunks).toBe(1);
    expect(seen.sort()).toEqual(whole.map((e) => JSON.stringify(e)).sort());
  });

  it.each([
    [{ limit: 7 }, 3],
    [{ limit: 3, decision: 'Attend' }, 5],
    [{ limit: 4, all: true, failOn: 'attend' }, 1],
  ] as const)('pages %j of chunks of %i findings as the whole ranking pages', async (asked, size) => {
    const whole = await listExposures(repo, config);
    let after: string | undefined;
    let pages = 0;
    do {
      const selection = checkExposureSelection({ ...asked, ...(after ? { after } : {}) });
      const expected = selectExposures(whole, selection);
      const got = await pageExposures(repo, config, {}, selection, size);
      expect(got).toEqual(expected);
      after = got.next;
      pages++;
    } while (after && pages < 100);
    expect(pages).toBeGreaterThan(1);
  });
});
