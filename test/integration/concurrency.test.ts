import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALPINE_DIGEST, ALPINE_SBOM } from '../../src/adapters/http/test-support/alpine-deployment.js';
import {
  type ServeInProcess,
  serveInProcess,
} from '../../src/adapters/http/test-support/serve-in-process.js';
import {
  createPostgresTestDatabase,
  type TestDatabase,
} from '../../src/adapters/store/test-support/databases.js';

const COPIES = 50;

// Concurrency is a PostgreSQL matter: the embedded store is one process with one connection.
describe('concurrent writes through two vigil serve processes on one PostgreSQL database', () => {
  let t: TestDatabase;
  const serves: ServeInProcess[] = [];
  beforeAll(async () => {
    t = await createPostgresTestDatabase();
    serves.push(
      await serveInProcess(['--feeds-every', '0'], t.env),
      await serveInProcess(['--feeds-every', '0'], t.env),
    );
  }, 120_000);
  afterAll(async () => {
    for (const s of serves) await s.stop();
    await t?.dispose();
  });
  /** `COPIES` requests at once, alternating between the processes. */
  const burst = (path: string, init: () => RequestInit) =>
    Promise.all(Array.from({ length: COPIES }, (_, i) => fetch(`${serves[i % 2]?.url}${path}`, init())));

  it(`${COPIES} uploads of one SBOM at once: one artifact, one current SBOM, and every caller told so`, async () => {
    const sbom = readFileSync(ALPINE_SBOM);
    const answers = await burst(
      `/api/v1/sboms?name=alpine.json&artifact=docker.io/library/alpine@${ALPINE_DIGEST}`,
      () => ({
        method: 'POST',
        body: sbom,
      }),
    );
    const bodies = await Promise.all(answers.map((r) => r.text()));
    expect(
      answers.map((r) => r.status).filter((s) => s !== 200 && s !== 201),
      [...new Set(bodies.filter((b) => b.includes('error')))].join('\n'),
    ).toEqual([]);
    expect(answers.filter((r) => r.status === 201)).toHaveLength(1);
    expect(
      await t.db.query('SELECT count(*)::int AS n FROM artifacts WHERE digest = $1', [ALPINE_DIGEST]),
    ).toEqual([{ n: 1 }]);
    expect(await t.db.query('SELECT count(*)::int AS n FROM sboms')).toEqual([{ n: 1 }]);
    const components = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM components');
    expect(components[0]?.n).toBeGreaterThan(10);
    // once, not 50 times over
    const parsed = JSON.parse(sbom.toString('utf8')) as { components: unknown[] };
    expect(components[0]?.n).toBeLessThanOrEqual(parsed.components.length + 1);
  }, 120_000);

  it(`${COPIES} different images sharing their packages at once: each stored, no unique violation reaches a caller`, async () => {
    const sbom = readFileSync(ALPINE_SBOM);
    const digest = (i: number) => `sha256:${i.toString(16).padStart(64, 'e')}`;
    let i = 0;
    const answers = await burst('/api/v1/sboms?name=alpine.json', () => ({ method: 'POST', body: sbom }));
    // the same bytes with no artifact named: the image the SBOM names, already known
    expect(answers.map((r) => r.status)).toEqual(Array(COPIES).fill(200));
    const distinct = await Promise.all(
      Array.from({ length: COPIES }, () => {
        const n = i++;
        return fetch(
          `${serves[n % 2]?.url}/api/v1/sboms?name=img-${n}.json&artifact=registry.example/app-${n}@${digest(n)}`,
          { method: 'POST', body: sbom },
        );
      }),
    );
    const bodies = await Promise.all(distinct.map((r) => r.text()));
    expect(
      distinct.map((r) => r.status).filter((s) => s !== 201),
      [...new Set(bodies.filter((b) => b.includes('error')))].join('\n'),
    ).toEqual([]);
    // the alpine image (the digest-less uploads name it: the SBOM's subject is that image) and the fifty
    expect(await t.db.query('SELECT count(*)::int AS n FROM artifacts')).toEqual([{ n: COPIES + 1 }]);
    const perImage = await t.db.query<{ n: number }>(
      'SELECT count(DISTINCT c.sbom_id)::int AS n FROM components c',
    );
    expect(perImage[0]?.n).toBeGreaterThanOrEqual(COPIES + 1);
  }, 120_000);

  it(`${COPIES} identical deploy events at once: one deployment`, async () => {
    const event = {
      environment: 'production',
      createEnvironment: true,
      workload: 'shop/web',
      image: `docker.io/library/alpine@${ALPINE_DIGEST}`,
      commit: 'a1b2c3d4e5f6',
      pipelineRun: 'run-42',
      at: '2026-12-01T10:00:00Z',
    };
    const answers = await burst('/api/v1/deployments', () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    }));
    const bodies = await Promise.all(answers.map((r) => r.text()));
    expect(
      answers.map((r) => r.status).filter((s) => s !== 200 && s !== 201),
      [...new Set(bodies.filter((b) => b.includes('error')))].join('\n'),
    ).toEqual([]);
    expect(await t.db.query('SELECT count(*)::int AS n FROM deployments')).toEqual([{ n: 1 }]);
    expect(await t.db.query('SELECT count(*)::int AS n FROM environments')).toEqual([{ n: 1 }]);
    expect(await t.db.query('SELECT count(*)::int AS n FROM workloads')).toEqual([{ n: 1 }]);
  }, 120_000);

  it('both processes answer the same findings after evaluating at once', async () => {
    const [a, b] = await Promise.all(
      serves.map(async (s) => (await fetch(`${s.url}/api/v1/artifacts/${ALPINE_DIGEST}/findings`)).json()),
    );
    expect(a).toEqual(b);
  });
});
