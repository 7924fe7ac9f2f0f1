import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rngOf } from '../../../bench/estate/prng.js';
import { SILENT_PROGRESS } from '../../app/feeds/index.js';
import { osvZip } from '../feeds/test-support/zip-writer.js';
import { STORES, type TestDatabase } from '../store/test-support/databases.js';
import { feedSyncRequest } from './feed-sources.js';
import { openVigil, type Vigil } from './open-vigil.js';
import { readVigilConfig } from './vigil-config.js';

const PACKAGES = ['left-pad', 'lodash', 'minimist', 'qs', 'ms', '@scope/util'];
const VERSIONS = ['1.0.0', '1.1.0', '1.2.0', '1.3.0', '2.0.0'];
const ARTIFACTS = 6;
const digestOf = (i: number): string =>
  `sha256:${createHash('sha256').update(`artifact-${i}`).digest('hex')}`;
const imageOf = (i: number): string => `reg.test/team/app${i}@${digestOf(i)}`;
const purlOf = (name: string, version: string): string =>
  `pkg:npm/${name.startsWith('@') ? `%40${name.slice(1)}` : name}@${version}`;

type Osv = { readonly id: string } & Record<string, unknown>;

/**
 * The store stays the truth (docs/adr/077): after any sequence of writes, the live index, settled, equals an
 * index read afresh from the store, and its answers equal the store's own SQL answers. A seeded random sequence
 * of every write that feeds it (SBOMs that supersede each other, pipeline deployments, Kubernetes snapshots
 * that end deployments and remove workloads, feed deltas that add, change and withdraw advisories, VEX).
 */
describe.each(STORES)('live index on the $kind store', (store) => {
  let t: TestDatabase | undefined;
  let vigil: Vigil | undefined;
  let other: Vigil | undefined;
  let mirror: string | undefined;
  afterEach(async () => {
    await vigil?.close().catch(() => {});
    await other?.close().catch(() => {});
    await t?.dispose();
    if (mirror) rmSync(mirror, { recursive: true, force: true });
  });

  it('after a random sequence of writes equals the index rebuilt from the store, and answers as SQL does', async () => {
    t = await store.create();
    await t.db.close();
    const config = readVigilConfig(t.env, process.cwd());
    vigil = await openVigil(config, { liveIndex: true });
    // On PostgreSQL a second process shares the database: the writes go to either, and both indexes must agree.
    other = store.kind === 'postgres' ? await openVigil(config, { liveIndex: true }) : undefined;
    const processes = [vigil, ...(other ? [other] : [])];
    for (const p of processes) await p.index?.load();
    const index = vigil.index;
    if (!index) throw new Error('no live index');
    mirror = mkdtempSync(join(tmpdir(), 'vigil-live-index-'));
    mkdirSync(join(mirror, 'npm'));

    const rng = rngOf(`live-index-${store.kind}`);
    const base = Date.parse('2026-01-01T00:00:00Z');
    let minute = 0;
    const at = (): string => new Date(base + ++minute * 60_000).toISOString();
    const advisories = new Map<string, Osv>();
    let published = 0;
    const counts: Record<string, number> = {};
    const done = (kind: string) => {
      counts[kind] = (counts[kind] ?? 0) + 1;
    };

    const events = {
      async sbom(v: Vigil) {
        const i = rng.int(ARTIFACTS);
        const components = rng.shuffle(PACKAGES).slice(0, 1 + rng.int(PACKAGES.length - 1));
        const doc = {
          bomFormat: 'CycloneDX',
          specVersion: '1.5',
          version: 1,
          metadata: { timestamp: at(), component: { type: 'container', name: `app${i}` } },
          components: components.map((name) => {
            const version = rng.pick(VERSIONS);
            return {
              type: 'library',
              'bom-ref': purlOf(name, version),
              name,
              version,
              purl: purlOf(name, version),
            };
          }),
        };
        await v.sbom.ingest({
          bytes: Buffer.from(JSON.stringify(doc)),
          fileName: `app${i}.cdx.json`,
          artifact: imageOf(i),
        });
        done('sbom');
      },
      async deployment(v: Vigil) {
        await v.twin.recordDeployment({
          environment: rng.pick(['production', 'staging']),
          createEnvironment: true,
          workload: `shop/w${rng.int(5)}`,
          // a deployment may name the image anew: the rows show every name an artifact was seen under
          image: rng.chance(0.5)
            ? imageOf(rng.int(ARTIFACTS))
            : `mirror.test/app:v${minute}@${digestOf(rng.int(ARTIFACTS))}`,
          at: at(),
        });
        done('deployment');
      },
      async snapshot(v: Vigil) {
        const cluster = rng.pick(['prod-1', 'stage-1']);
        const workloads = rng.shuffle([0, 1, 2, 3, 4]).slice(0, rng.int(5));
        await v.twin.importSnapshot({
          cluster,
          environment: cluster === 'prod-1' ? 'production' : 'staging',
          at: at(),
          defaultNamespace: 'default',
          allowEmpty: true,
          documents: workloads.map((w) => ({
            where: `${cluster}/w${w}`,
            value: {
              apiVersion: 'apps/v1',
              kind: 'Deployment',
              metadata: { name: `k${w}`, namespace: rng.pick(['shop', 'edge']) },
              spec: {
                template: { spec: { containers: [{ name: 'app', image: imageOf(rng.int(ARTIFACTS)) }] } },
              },
            },
          })),
        });
        done('snapshot');
      },
      async feed(v: Vigil) {
        // add an advisory, change one, or withdraw one: the mirror's archive holds them all each time
        const ids = [...advisories.keys()];
        if (ids.length > 2 && rng.chance(0.15)) advisories.delete(rng.pick(ids));
        else {
          const id = ids.length > 0 && rng.chance(0.3) ? rng.pick(ids) : `VIGIL-LI-${++published}`;
          const fixed = rng.pick(VERSIONS.slice(1));
          advisories.set(id, {
            id,
            modified: at(),
            aliases: [`CVE-2099-${1000 + Number(id.split('-').at(-1))}`],
            affected: [
              {
                package: { ecosystem: 'npm', name: rng.pick(PACKAGES) },
                ranges: [{ type: 'SEMVER', events: [{ introduced: rng.pick(['0', '1.1.0']) }, { fixed }] }],
              },
            ],
          });
        }
        writeFileSync(join(mirror as string, 'npm', 'all.zip'), osvZip([...advisories.values()]));
        await v.feeds.sync(feedSyncRequest(config, { osvMirror: mirror as string }), SILENT_PROGRESS);
        done('feed');
      },
      async vex(v: Vigil) {
        const name = rng.pick(PACKAGES);
        const statement = {
          '@context': 'https://openvex.dev/ns/v0.2.0',
          '@id': `https://vigil.test/vex/${minute}`,
          author: 'test',
          timestamp: at(),
          version: 1,
          statements: [
            {
              vulnerability: { name: `CVE-2099-${1001 + rng.int(Math.max(1, advisories.size))}` },
              products: [{ '@id': purlOf(name, rng.pick(VERSIONS)) }],
              status: 'not_affected',
              justification: 'vulnerable_code_not_in_execute_path',
            },
          ],
        };
        await v.vex.add([{ name: `vex-${minute}.json`, bytes: Buffer.from(JSON.stringify(statement)) }]);
        done('vex');
      },
      async evaluate(v: Vigil) {
        await v.exposures.evaluate();
        done('evaluate');
      },
    };
    const weighted = [
      ...Array(4).fill(events.sbom),
      ...Array(3).fill(events.deployment),
      ...Array(2).fill(events.snapshot),
      ...Array(3).fill(events.feed),
      events.vex,
      ...Array(3).fill(events.evaluate),
    ] as ((v: Vigil) => Promise<void>)[];

    // each kind of write once, in a random order, then a random mix
    const kinds = Object.values(events) as ((v: Vigil) => Promise<void>)[];
    const sequence = [...rng.shuffle(kinds), ...Array.from({ length: 54 }, () => rng.pick(weighted))];
    for (const [i, write] of sequence.entries()) {
      const step = i + 1;
      await write(rng.pick(processes));
      if (step % 15 === 0) {
        await rng.pick(processes).exposures.evaluate();
        const rebuilt = await index.rebuilt();
        for (const p of processes) {
          await p.index?.settle();
          expect(p.index?.snapshot()).toEqual(rebuilt);
        }
      }
    }
    // every kind of write happened, and the estate is not trivially empty
    expect(Object.keys(counts).sort()).toEqual(['deployment', 'evaluate', 'feed', 'sbom', 'snapshot', 'vex']);
    const live = await vigil.exposures.list();
    expect(live.length).toBeGreaterThan(0);
    const impacts = await Promise.all([...advisories.keys()].map((id) => vigil?.exposures.impact(id)));

    // the same questions, answered by the store's SQL alone
    if (other) expect(await other.exposures.list()).toEqual(live);
    await other?.close();
    other = undefined;
    await vigil.close();
    vigil = await openVigil(config);
    expect(vigil.index).toBeUndefined();
    expect(await vigil.exposures.list()).toEqual(live);
    expect(await Promise.all([...advisories.keys()].map((id) => vigil?.exposures.impact(id)))).toEqual(
      impacts,
    );
  }, 120_000);
});
