import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareApi } from '../../src/adapters/http/test-support/bare-api.js';
import { STORES, type TestDatabase } from '../../src/adapters/store/test-support/databases.js';
import { openVigil, readVigilConfig, type Vigil } from '../../src/adapters/wiring/index.js';

// Seeded fuzzing of the HTTP API (#16): every route, with hostile path parameters, query strings and bodies,
// answers a 2xx/4xx with a JSON error body — never a 500, never a stack — and the process keeps answering.
// The feed sync route is left out: a valid body would reach the live feeds, which this machine cannot.

const SEED = Number(process.env.VIGIL_FUZZ_SEED ?? 20261204);
const RUNS = Number(process.env.VIGIL_FUZZ_RUNS ?? 12);
const SKIP = new Set(['POST /api/v1/feeds/sync', 'GET /api/v1/events']);

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '..', '%00', '%', '__proto__', 'a'.repeat(5000), '-1', '1e309', 'null', '[]', '{}'),
);
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.constantFrom(
    '{"__proto__":{"polluted":1}}',
    '{',
    '',
    '\u0000',
    '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
    'null',
  ),
  text,
);

/** The API over a fresh embedded store, for the tests of one describe block. */
function withApi() {
  const held: { t?: TestDatabase; vigil?: Vigil; app?: Awaited<ReturnType<typeof bareApi>> } = {};
  beforeAll(async () => {
    held.t = await STORES[0].create();
    await held.t.db.close();
    held.vigil = await openVigil(readVigilConfig(held.t.env, '/'));
    held.app = await bareApi(held.vigil, 'fuzz');
  }, 60_000);
  afterAll(async () => {
    await held.app?.close();
    await held.vigil?.close();
    await held.t?.dispose();
  });
  return () => held.app as Awaited<ReturnType<typeof bareApi>>;
}

describe('fuzzing every API route (seeded, bounded)', () => {
  const api = withApi();

  it('answers every hostile request with a 2xx or 4xx and a JSON error, never a 500', async () => {
    const routes = [...new Set(api().vigilRoutes)].filter((r) => !SKIP.has(r) && !r.startsWith('HEAD '));
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes) {
      const [method, path] = route.split(' ') as [string, string];
      await fc.assert(
        fc.asyncProperty(
          fc.array(text, { minLength: 3, maxLength: 3 }),
          fc.dictionary(
            fc.constantFrom(
              'limit',
              'after',
              'at',
              'environment',
              'decision',
              'all',
              'state',
              'wait',
              'name',
              'x',
            ),
            text,
          ),
          body,
          fc.constantFrom('application/json', 'text/plain', 'application/x-yaml'),
          async (params, query, payload, type) => {
            let n = 0;
            const url = path.replace(/:[a-zA-Z]+/g, () => encodeURIComponent(params[n++] ?? 'x'));
            const answer = await api().inject({
              method: method as 'GET',
              url,
              query: query as Record<string, string>,
              ...(method === 'GET' || method === 'DELETE'
                ? {}
                : { payload, headers: { 'content-type': type } }),
            });
            expect(
              answer.statusCode,
              `${route} ${url} ${JSON.stringify(query)} ${payload.slice(0, 200)}: ${answer.body.slice(0, 400)}`,
            ).toBeLessThan(500);
            if (answer.statusCode >= 400) {
              const error = JSON.parse(answer.body) as { error?: { code?: string } };
              expect(
                error.error?.code ??
                  `no code in ${route} ${url}: ${answer.statusCode} ${answer.body.slice(0, 300)}`,
                answer.body,
              ).toMatch(/^[A-Z_]+$/);
              expect(answer.body).not.toMatch(/\n\s+at /); // no stack
            }
            expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    }
  }, 300_000);
});

describe('what the API fuzzing found, kept as cases', () => {
  const api = withApi();

  it('a NUL in a query parameter is a 400 naming it, not a database error', async () => {
    const answer = await api().inject({ method: 'GET', url: '/api/v1/plan?environment=%00' });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({
      error: { code: 'INPUT_INVALID', issues: [{ code: 'FIELD_INVALID', path: 'environment' }] },
    });
  });

  it('a path segment longer than any id is a 400 in the API’s error shape', async () => {
    const answer = await api().inject({ method: 'DELETE', url: `/api/v1/triage/${'a'.repeat(200)}` });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ error: { code: 'BAD_URL', requestId: expect.any(String) } });
  });
});
