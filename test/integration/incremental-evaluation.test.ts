import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRiskConfig } from '../../src/adapters/config/load-risk-config.js';
import { createExposureRepository } from '../../src/adapters/store/exposure-repository.js';
import { createFeedRepositories } from '../../src/adapters/store/feed-repositories.js';
import { createFindingsRepository } from '../../src/adapters/store/findings-repository.js';
import { createSbomRepository } from '../../src/adapters/store/sbom-repository.js';
import { STORES, type TestDatabase } from '../../src/adapters/store/test-support/databases.js';
import { writeOsvRecord } from '../../src/adapters/store/test-support/write-osv-record.js';
import { createTwinRepository } from '../../src/adapters/store/twin-repository.js';
import { recordDeployment } from '../../src/app/evidence/index.js';
import { evaluateFindings, listExposures } from '../../src/app/exposures/index.js';
import { ingestSbom } from '../../src/app/sbom/index.js';
import type { SbomComponent } from '../../src/core/sbom/sbom-document.js';

// A small deterministic PRNG (mulberry32), so a failing sequence can be replayed from its seed.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PACKAGES = [
  { type: 'npm', namespace: '', name: 'left-pad', ecosystem: 'npm', osv: 'left-pad', distro: '' },
  { type: 'npm', namespace: '@acme', name: 'core', ecosystem: 'npm', osv: '@acme/core', distro: '' },
  { type: 'pypi', namespace: '', name: 'jinja2', ecosystem: 'PyPI', osv: 'Jinja2', distro: '' },
  {
    type: 'deb',
    namespace: 'debian',
    name: 'libssl3',
    ecosystem: 'Debian:12',
    osv: 'openssl',
    distro: 'debian-12',
  },
] as const;
const VERSIONS = ['1.0.0', '1.1.0', '1.2.0', '1.3.0', '2.0.0', '2.1.0'];
const debVersion = (v: string): string => `${v}-1`;

const config = loadRiskConfig();

describe.each(STORES)('incremental evaluation agrees with a full one: $kind', ({ create }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await create();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('over a randomised sequence of SBOMs, feed deltas, deployments and withdrawals', async () => {
    const random = prng(20261127);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const db = t.db;
    const feeds = createFeedRepositories(db);
    const sboms = createSbomRepository(db);
    const twin = createTwinRepository(db);
    const findings = createFindingsRepository(db);
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const tick = (): Date => {
      clock += 60_000;
      return new Date(clock);
    };
    const modified = new Map<string, number>();
    const artifacts: string[] = [];

    const writeAdvisory = async (id: string, withdrawn: boolean): Promise<void> => {
      const pkg = pick(PACKAGES);
      const ver = (v: string) => (pkg.type === 'deb' ? debVersion(v) : v);
      const lo = Math.floor(random() * 3);
      const hi = lo + 1 + Math.floor(random() * 3);
      const stamp = (modified.get(id) ?? Date.parse('2025-01-01T00:00:00Z')) + 86_400_000;
      modified.set(id, stamp);
      const record = {
        schema_version: '1.6.0',
        id,
        modified: new Date(stamp).toISOString(),
        ...(withdrawn ? { withdrawn: new Date(stamp).toISOString() } : {}),
        aliases: [`CVE-2026-${1000 + Number(id.slice(-2))}`],
        summary: `synthetic ${id}`,
        affected: [
          {
            package: { ecosystem: pkg.ecosystem, name: pkg.osv },
            ranges: [
              {
                type: pkg.type === 'npm' ? 'SEMVER' : 'ECOSYSTEM',
                events: [{ introduced: lo === 0 ? '0' : ver(VERSIONS[lo]!) }, { fixed: ver(VERSIONS[hi]!) }],
              },
            ],
            ...(random() < 0.3 ? { versions: [ver(pick(VERSIONS))] } : {}),
          },
        ],
      };
      await writeOsvRecord(feeds, record, id + stamp);
    };

    const addSbom = async (): Promise<void> => {
      const digest = `sha256:${Math.floor(random() * 2 ** 48)
        .toString(16)
        .padStart(64, '0')}`;
      const components: SbomComponent[] = [];
      for (let i = 0; i < 1 + Math.floor(random() * 4); i++) {
        const pkg = pick(PACKAGES);
        const v = pkg.type === 'deb' ? debVersion(pick(VERSIONS)) : pick(VERSIONS);
        components.push({
          ref: `c${i}`,
          name: pkg.name,
          version: v,
          type: 'library',
          licenses: [],
          hashes: [],
          scope: '',
          purl: {
            type: pkg.type,
            namespace: pkg.namespace,
            name: pkg.name,
            version: v,
            qualifiers: pkg.distro ? { distro: pkg.distro, upstream: 'openssl' } : {},
            subpath: '',
          },
        });
      }
      await ingestSbom(sboms, {
        document: {
          format: 'cyclonedx',
          specVersion: '1.5',
          encoding: 'json',
          tools: [],
          subject: { digest },
          components,
          dependencies: [],
        },
        documentSha256: digest,
        source: 'random',
      });
      artifacts.push(digest);
    };

    const steps: string[] = [];
    for (let step = 0; step < 40; step++) {
      const r = random();
      if (r < 0.3 || artifacts.length === 0) {
        await addSbom();
        steps.push('sbom');
      } else if (r < 0.7) {
        const id = `GHSA-test-00${Math.floor(random() * 12)
          .toString()
          .padStart(2, '0')}`;
        await writeAdvisory(id, random() < 0.15);
        steps.push('advisory');
      } else {
        await recordDeployment(
          { store: twin, clock: tick },
          {
            environment: pick(['production', 'staging']),
            workload: `shop/${pick(['web', 'api', 'worker'])}`,
            image: `registry.example.com/app@${pick(artifacts)}`,
            createEnvironment: true,
            at: tick().toISOString(),
          },
        );
        steps.push('deploy');
      }
      await evaluateFindings(findings, { full: false, now: tick });
    }
    expect(new Set(steps)).toEqual(new Set(['sbom', 'advisory', 'deploy']));
    // Nothing changed since: nothing is matched again (the feed watermark keeps PostgreSQL's microseconds).
    const idle = await evaluateFindings(findings, { full: false, now: tick });
    expect([idle.packageVersions, idle.advisories]).toEqual([0, 0]);

    const snapshot = async () => ({
      findings: await db.query(
        'SELECT package_version_id, advisory_id, status, reason, fixed_version FROM findings ORDER BY package_version_id, advisory_id',
      ),
      exposures: (await listExposures(createExposureRepository(db), config)).map((e) => [
        e.key,
        e.decision,
        e.score,
        e.fixedVersion,
      ]),
    });
    const incremental = await snapshot();
    expect(
      incremental.findings.filter((f) => (f as { status: string }).status === 'affected').length,
    ).toBeGreaterThan(5);
    expect(incremental.exposures.length).toBeGreaterThan(0);
    await evaluateFindings(findings, { full: true, now: tick });
    expect(await snapshot()).toEqual(incremental);
  });
});
