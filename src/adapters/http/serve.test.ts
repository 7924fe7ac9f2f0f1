import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedData } from '../../../test/support/shared-data.js';
import { commandModules } from '../cli/commands/index.js';
import { runCli } from '../cli/test-support/run-cli.js';
import { STORES, type TestDatabase } from '../store/test-support/databases.js';
import { ALPINE_DIGEST, ALPINE_SBOM, alpineMirror, deployAlpine } from './test-support/alpine-deployment.js';
import { type ServeInProcess, serveInProcess } from './test-support/serve-in-process.js';
import { readEvents } from './test-support/sse.js';

interface ErrorBody {
  error: { code: string; message: string; requestId: string; issues?: { code: string; path: string }[] };
}

// `vigil serve` run in process, as a user runs it, on a free loopback port; stopped through its signal.
describe.each(STORES)('vigil serve and the HTTP API on the $kind store', ({ kind, create }) => {
  let t: TestDatabase;
  let mirror: string;
  let mirrorFolder: ReturnType<typeof alpineMirror> | undefined;
  let url: string;
  let serve: ServeInProcess;
  const api = (path: string, init?: RequestInit) => fetch(`${url}${path}`, init);
  const json = async <T>(path: string, init?: RequestInit): Promise<{ status: number; body: T }> => {
    const r = await api(path, init);
    return { status: r.status, body: (await r.json()) as T };
  };

  beforeAll(async () => {
    t = await create();
    if (kind === 'embedded') await t.db.close();
    mirrorFolder = alpineMirror();
    mirror = mirrorFolder.dir;
    serve = await serveInProcess(['--feeds-every', '0'], {
      ...t.env,
      VIGIL_MAX_SBOM_BYTES: String(4 * 1024 * 1024),
    });
    url = serve.url;
  }, 120_000);

  afterAll(async () => {
    await serve?.stop().catch(() => {});
    await t?.dispose();
    mirrorFolder?.dispose();
  });

  it('is live and ready, and says so on /healthz and /readyz', async () => {
    expect(await json('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await json('/readyz')).toEqual({ status: 200, body: { status: 'ok', store: kind } });
  });

  it('takes an SBOM, a deploy event and a feed sync, then ranks exposures, paged by keyset', async () => {
    const sbom = await api(`/api/v1/sboms?name=alpine.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.cyclonedx+json' },
      body: readFileSync(ALPINE_SBOM),
    });
    expect(sbom.status).toBe(201);
    const again = await api('/api/v1/sboms?name=alpine.json', {
      method: 'POST',
      body: readFileSync(ALPINE_SBOM),
    });
    expect(again.status).toBe(200); // the same bytes twice are one SBOM
    const deployed = await deployAlpine(url);
    expect(deployed.status).toBe(200);
    expect(((await deployed.json()) as { status: string }).status).toBe('new');
    // subscribed before the feeds arrive: the change is pushed as impact on the running workload
    const stream = await api('/api/v1/events', { headers: { accept: 'text/event-stream' } });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const pushed = readEvents(stream, (e) => e.event === 'impact' && e.data.ids.includes('CVE-2023-0286'));
    const synced = await json<{ failures: unknown[]; osv: { ecosystem: string }[] }>('/api/v1/feeds/sync', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ osvMirror: mirror, epss: [sharedData('epss')] }),
    });
    expect(synced.status).toBe(200);
    expect(synced.body.failures).toEqual([]);
    expect(synced.body.osv.map((o) => o.ecosystem)).toContain('Alpine');
    const event = await pushed;
    expect(event.id).toMatch(/^\d+$/);
    expect(event.data.exposures.map((e) => `${e.environment}/${e.workload}`)).toContain(
      'production/shop/web',
    );
    expect(event.data.advisories.length).toBeGreaterThan(0);

    const all: { key: string }[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await json<{ exposures: { key: string }[]; next?: string; total: number }>(
        `/api/v1/exposures?limit=5${after ? `&after=${after}` : ''}`,
      );
      expect(page.status).toBe(200);
      all.push(...page.body.exposures);
      after = page.body.next;
      pages++;
    } while (after && pages < 50);
    expect(pages).toBeGreaterThan(2);
    expect(new Set(all.map((e) => e.key)).size).toBe(all.length);

    // one use case behind every interface: the export equals the pages, and the CLI's JSON
    const ndjson = await api('/api/v1/exposures', { headers: { accept: 'application/x-ndjson' } });
    expect(ndjson.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const exported = (await ndjson.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { key: string });
    expect(exported.map((e) => e.key)).toEqual(all.map((e) => e.key));
    const impact = await json<{ exposures: { workload: string }[]; ids: string[] }>(
      '/api/v1/impact/CVE-2023-0286',
    );
    expect(impact.status).toBe(200);
    expect(impact.body.ids).toContain('CVE-2023-0286');
    expect(impact.body.exposures.map((e) => e.workload)).toContain('shop/web');
    const status = await json<{ totals: Record<string, number> }>('/api/v1/status');
    expect(Object.values(status.body.totals).reduce((a, b) => a + b, 0)).toBe(all.length);
    const findings = await json<{ vulnerability: string; status: string; purl: string }[]>(
      `/api/v1/artifacts/${ALPINE_DIGEST}/findings`,
    );
    expect(findings.status).toBe(200);
    const openssl = findings.body.filter((f) => f.vulnerability === 'CVE-2023-0286');
    expect(openssl.length).toBeGreaterThan(0);
    expect(openssl.every((f) => f.status === 'affected' && f.purl.startsWith('pkg:apk/alpine/'))).toBe(true);
    expect((await api('/api/v1/artifacts/sha256:0000/findings')).status).toBe(404);
  }, 300_000);

  it("travels in time, tells one vulnerability's history, and reports MTTR", async () => {
    const keys = async (q: string) => {
      const r = await json<{ exposures: { key: string }[]; total: number }>(
        `/api/v1/exposures?limit=500${q}`,
      );
      expect(r.status).toBe(200);
      return r.body.exposures.map((e) => e.key);
    };
    const now = await keys('');
    expect(now.length).toBeGreaterThan(0);
    expect(await keys(`&at=${encodeURIComponent(new Date().toISOString())}`)).toEqual(now);
    expect(await keys('&at=2000-01-01')).toEqual([]); // nothing was deployed then
    const bad = await json<ErrorBody>('/api/v1/exposures?at=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues).toEqual([expect.objectContaining({ code: 'TIME_INVALID', path: 'at' })]);

    const history = await json<{
      ids: string[];
      workloads: { environment: string; workload: string; exposed: { to: string | null }[] }[];
    }>('/api/v1/exposures/history/CVE-2023-0286');
    expect(history.status).toBe(200);
    expect(history.body.ids).toContain('CVE-2023-0286');
    const web = history.body.workloads.find(
      (w) => `${w.environment}/${w.workload}` === 'production/shop/web',
    );
    expect(web?.exposed.map((x) => x.to)).toEqual([null]); // exposed since its deployment, still
    expect((await api('/api/v1/exposures/history/CVE-1999-0000000')).status).toBe(404);

    // the export as one SARIF log: one result per exposure, the same ranking
    const sarif = await api('/api/v1/exposures', { headers: { accept: 'application/sarif+json' } });
    expect(sarif.headers.get('content-type')).toMatch(/application\/sarif\+json/);
    const log = (await sarif.json()) as { version: string; runs: { results: unknown[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results).toHaveLength(now.length);
    // no KEV catalog was synced here: the KEV filter keeps nothing
    expect(await keys('&kev=true')).toEqual([]);

    // the plan: the Alpine image's packages are one rebuild on an updated base image
    const plan = await json<{
      actions: {
        kind: string;
        artifact: string;
        exposures: number;
        upgrades: { purl: string; to: string | null }[];
      }[];
    }>('/api/v1/plan');
    expect(plan.status).toBe(200);
    const rebuild = plan.body.actions.find((a) => a.kind === 'base-image' && a.artifact === ALPINE_DIGEST);
    expect(rebuild?.upgrades.some((u) => u.purl.startsWith('pkg:apk/alpine/libcrypto1.1@') && u.to)).toBe(
      true,
    );
    expect(rebuild?.exposures).toBeGreaterThan(0);
    expect(plan.body.actions.reduce((n, a) => n + a.exposures, 0)).toBeLessThanOrEqual(now.length);

    const mttr = await json<unknown[]>('/api/v1/mttr?period=month');
    expect(mttr).toEqual({ status: 200, body: [] }); // nothing remediated yet
    const badPeriod = await json<ErrorBody>('/api/v1/mttr?period=year');
    expect(badPeriod.status).toBe(400);
  });

  it('triages through the API: a rule suppresses what it covers, is listed, audited and revoked', async () => {
    const send = (path: string, body: unknown, method = 'POST') =>
      json<Record<string, unknown> & ErrorBody>(path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    type Page = {
      exposures: {
        key: string;
        environment: string;
        ids: string[];
        suppressed: boolean;
        triage: { rule: number } | null;
      }[];
    };
    const listed = async () => (await json<Page>('/api/v1/exposures?limit=500&all=true')).body.exposures;
    const hits = (await listed()).filter((e) => e.ids.includes('CVE-2023-0286'));
    expect(hits.length).toBeGreaterThan(0);
    const set = await send('/api/v1/triage', {
      vulnerability: 'CVE-2023-0286',
      environment: 'production',
      state: 'not_affected',
      justification: 'vulnerable_code_not_in_execute_path',
      reason: 'no X.400 addresses are parsed',
    });
    expect(set.status).toBe(201);
    const rule = (set.body as unknown as { rule: { id: number; by: string }; covers: number }).rule;
    const inProduction = hits.filter((e) => e.environment === 'production');
    expect((set.body as unknown as { covers: number }).covers).toBe(inProduction.length);
    const after = (await listed()).filter(
      (e) => e.ids.includes('CVE-2023-0286') && e.environment === 'production',
    );
    expect(after.every((e) => e.suppressed && e.triage?.rule === rule.id)).toBe(true);
    expect((await json<{ id: number }[]>('/api/v1/triage')).body.map((r) => r.id)).toContain(rule.id);
    // bad input: 400 naming the fields; a scope covering nothing; an unknown id
    const bad = await send('/api/v1/triage', { vulnerability: 'CVE-2023-0286', state: 'accepted_risk' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues?.map((i) => `${i.code} ${i.path}`).sort()).toEqual([
      'TRIAGE_EXPIRY expires',
      'TRIAGE_REASON reason',
    ]);
    const none = await send('/api/v1/triage', {
      vulnerability: 'CVE-1999-0001',
      state: 'affected',
      reason: 'x',
    });
    expect(none.body.error.issues?.map((i) => i.code)).toEqual(['TRIAGE_NO_MATCH']);
    expect((await send(`/api/v1/triage/${rule.id}`, {}, 'DELETE')).status).toBe(400);
    const revoked = await send(`/api/v1/triage/${rule.id}`, { reason: 'wrong call' }, 'DELETE');
    expect(revoked.status).toBe(200);
    expect((await send(`/api/v1/triage/${rule.id}`, { reason: 'again' }, 'DELETE')).status).toBe(404);
    const trail = await json<{ action: string; rule: number; reason: string }[]>('/api/v1/triage/audit');
    expect(trail.body.slice(0, 2)).toEqual([
      expect.objectContaining({ action: 'revoked', rule: rule.id, reason: 'wrong call' }),
      expect.objectContaining({ action: 'set', rule: rule.id }),
    ]);
    expect((await listed()).filter((e) => e.triage !== null)).toEqual([]);
    // VEX out: the environment's exposures as a document, in the format asked
    const cdx = await api('/api/v1/vex/export?environment=production&format=cyclonedx');
    expect(cdx.status).toBe(200);
    expect(cdx.headers.get('content-type')).toMatch(/application\/vnd\.cyclonedx\+json/);
    const bom = (await cdx.json()) as { bomFormat: string; vulnerabilities: unknown[] };
    expect(bom.bomFormat).toBe('CycloneDX');
    expect(bom.vulnerabilities.length).toBeGreaterThan(0);
    const openvex = await json<{ statements: { status: string }[] }>(
      '/api/v1/vex/export?environment=production',
    );
    expect(openvex.body.statements.length).toBe(bom.vulnerabilities.length);
    const badFormat = await json<ErrorBody>('/api/v1/vex/export?environment=production&format=spdx');
    expect(badFormat.status).toBe(400);
    expect(badFormat.body.error.issues).toEqual([
      expect.objectContaining({ code: 'OPTION_INVALID', path: 'format' }),
    ]);
  });

  it('answers bad input with 400 naming fields (never a CLI flag), 404, 413 and 415, each with a request id', async () => {
    const bad = await json<ErrorBody>('/api/v1/exposures?decision=urgent&limit=0');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('INPUT_INVALID');
    expect(bad.body.error.issues?.map((i) => i.path)).toEqual(['decision', 'limit']);
    expect(JSON.stringify(bad.body)).not.toMatch(/--[a-z]/);
    const deploy = await json<ErrorBody>('/api/v1/deployments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ environment: 'prod uction', workload: 'a/b/c', image: 'x@sha256:zz' }),
    });
    expect(deploy.status).toBe(400);
    expect(deploy.body.error.issues?.map((i) => i.path).sort()).toEqual(['environment', 'image', 'workload']);
    const broken = await json<ErrorBody>('/api/v1/deployments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"environment":',
    });
    expect(broken.status).toBe(400);
    const sbom = await json<ErrorBody>('/api/v1/sboms?name=bad.json', {
      method: 'POST',
      body: '{"bomFormat":"CycloneDX"}',
    });
    expect(sbom.status).toBe(400);
    expect(sbom.body.error.issues?.[0]?.path).toMatch(/^bad\.json/);
    const unknown = await json<ErrorBody>('/api/v1/impact/CVE-1999-99999');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
    expect((await json<ErrorBody>('/api/v1/nothing-here')).status).toBe(404);
    const huge = await api('/api/v1/sboms', { method: 'POST', body: Buffer.alloc(5 * 1024 * 1024, 32) });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as ErrorBody).error.code).toBe('BODY_TOO_LARGE');
    const text = await api('/api/v1/deployments', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x',
    });
    expect(text.status).toBe(415);
    for (const r of [bad, deploy, unknown]) expect(r.body.error.requestId).toMatch(/\S/);
    const traced = await api('/api/v1/impact/CVE-1999-99999', { headers: { 'x-request-id': 'trace-42' } });
    expect(traced.headers.get('x-request-id')).toBe('trace-42');
    expect((await json<{ status: string }>('/readyz')).status).toBe(200); // and the process survived it all
  });

  it('takes VEX and Kubernetes documents as raw bodies, and answers the twin, feed and advisory queries', async () => {
    const vex = await json<{ status: string; format: string }[]>('/api/v1/vex?name=go-vex.json', {
      method: 'POST',
      body: readFileSync(sharedData('vex', 'openvex', 'go-vex_v0.2.0.json')),
    });
    expect(vex.status).toBe(200);
    expect(vex.body[0]).toMatchObject({ format: 'openvex' });
    const notVex = await json<ErrorBody>('/api/v1/vex?name=x.json', { method: 'POST', body: '{"hello":1}' });
    expect(notVex.status).toBe(400);
    expect(notVex.body.error.issues?.[0]?.code).toMatch(/^VEX_/);
    expect((await json<unknown[]>('/api/v1/vex')).body.length).toBe(1);

    const manifests = readFileSync(sharedData('k8s', 'manifests', 'guestbook', 'guestbook-all-in-one.yaml'));
    const snapshot = await json<{ workloads: number; environment: string }>(
      '/api/v1/kubernetes/snapshots?cluster=lab&environment=dev-lab&at=2026-01-01T00:00:00Z',
      { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: manifests },
    );
    expect(snapshot.status).toBe(200);
    expect(snapshot.body).toMatchObject({ environment: 'dev-lab' });
    expect(snapshot.body.workloads).toBeGreaterThan(0);
    const broken = await json<ErrorBody>('/api/v1/kubernetes/snapshots?cluster=lab', {
      method: 'POST',
      body: 'kind: [unclosed',
    });
    expect(broken.status).toBe(400);
    const stale = await json<ErrorBody>('/api/v1/kubernetes/snapshots?cluster=lab&at=2025-01-01T00:00:00Z', {
      method: 'POST',
      body: manifests,
    });
    expect(stale.status).toBe(400); // older than the cluster's last snapshot: the twin is unchanged

    const twin = await json<{ environment: string }[]>('/api/v1/twin?environment=dev-lab');
    expect(twin.status).toBe(200);
    expect(twin.body.length).toBe(snapshot.body.workloads);
    expect(new Set(twin.body.map((r) => r.environment))).toEqual(new Set(['dev-lab']));
    const history = await json<{ environment: string }[]>('/api/v1/twin/history?workload=shop/web');
    expect(history.status).toBe(200);
    expect(history.body.map((h) => h.environment)).toContain('production');
    expect((await json<unknown[]>('/api/v1/twin/gaps')).status).toBe(200);
    expect((await json<ErrorBody>('/api/v1/twin/history?workload=a/b/c')).status).toBe(400);

    const feeds = await json<{ feed: string; scope: string }[]>('/api/v1/feeds');
    expect(feeds.body.map((f) => `${f.feed}/${f.scope}`)).toContain('osv/Alpine');
    const advisory = await json<{ ids: string[] }>('/api/v1/advisories/CVE-2023-0286');
    expect(advisory.status).toBe(200);
    expect(advisory.body.ids).toContain('CVE-2023-0286');
    expect((await json<ErrorBody>('/api/v1/advisories/CVE-1999-99999')).status).toBe(400);
    const query = await json<{ vulnerabilities: { ids: string[] }[] }>(
      `/api/v1/advisories?purl=${encodeURIComponent('pkg:apk/alpine/openssl@1.1.1q-r0?distro=alpine-3.16')}`,
    );
    expect(query.status).toBe(200);
    expect(query.body.vulnerabilities.some((v) => v.ids.includes('CVE-2023-0286'))).toBe(true);
    const sboms = await json<{ artifact: string }[]>('/api/v1/sboms');
    expect(sboms.body.map((b) => b.artifact)).toContain(ALPINE_DIGEST);
    const artifact = await json<{ digest: string }>(`/api/v1/artifacts/${ALPINE_DIGEST}`);
    expect(artifact).toMatchObject({ status: 200, body: { digest: ALPINE_DIGEST } });
  });

  it('publishes an OpenAPI 3.1 document that validates, covering the routes', async () => {
    const doc = await json<{ openapi: string; paths: Record<string, unknown> }>('/api/v1/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc.body as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/exposures',
        '/api/v1/impact/{id}',
        '/api/v1/sboms',
        '/api/v1/deployments',
        '/api/v1/kubernetes/snapshots',
        '/api/v1/vex',
        '/api/v1/feeds/sync',
        '/api/v1/advisories/{id}',
        '/api/v1/twin/gaps',
      ]),
    );
  });

  it('exposes Prometheus metrics: request latency, exposures by decision, feed age, queue depth', async () => {
    const text = await (await api('/metrics')).text();
    expect(text).toMatch(
      /^vigil_http_request_duration_seconds_count\{.*route="\/api\/v1\/exposures".*\} \d+$/m,
    );
    expect(text).toMatch(/^vigil_exposures\{decision="Act"\} \d+$/m);
    expect(text).toMatch(/^vigil_feed_age_seconds\{feed="osv",scope="Alpine"\} [\d.e+-]+$/m);
    expect(text).toMatch(/^vigil_evaluation_queue_depth \d+$/m);
  });

  it('a CLI command beside serve: refused on the embedded store, saying where serve is; fine on PostgreSQL', async () => {
    const r = await runCli(['exposures', '--format', 'json'], { env: t.env, modules: commandModules });
    if (kind === 'embedded') {
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`held by \`vigil serve\` at ${url}`);
    } else {
      expect(r.code, r.stderr).toBe(0);
      const api = await json<{ exposures: { key: string }[] }>('/api/v1/exposures?limit=1000');
      expect((JSON.parse(r.stdout) as { key: string }[]).map((e) => e.key)).toEqual(
        api.body.exposures.map((e) => e.key),
      );
    }
  });

  it('stops on its signal: in-flight work finishes, the store is released', async () => {
    // A request the server has begun to read when the signal comes: its body arrives after the stop.
    const bytes = Buffer.concat([readFileSync(ALPINE_SBOM), Buffer.from('\n')]); // other bytes: a new SBOM
    let sendRest: () => void = () => {};
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 1024));
        sendRest = () => {
          controller.enqueue(bytes.subarray(1024));
          controller.close();
        };
      },
    });
    const inFlight = fetch(
      `${url}/api/v1/sboms?name=late.json&artifact=docker.io/library/late@${ALPINE_DIGEST}`,
      {
        method: 'POST',
        body,
        duplex: 'half',
      } as RequestInit,
    );
    await new Promise((r) => setTimeout(r, 200));
    const stopped = serve.stop();
    await new Promise((r) => setTimeout(r, 200));
    sendRest();
    expect((await inFlight).status).toBe(201);
    const r = await stopped;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/vigil serve: stopped\n$/);
    if (kind === 'embedded') {
      expect(existsSync(join(t.env.VIGIL_HOME as string, 'vigil.lock'))).toBe(false);
      expect(existsSync(join(t.env.VIGIL_HOME as string, 'serve.json'))).toBe(false);
    }
    // what the in-flight request stored is there: the store was closed after it, not under it
    const listed = await runCli(['sbom', 'list', '--json', '--all'], { env: t.env });
    expect(listed.stdout).toContain('api:late.json');
  });
});
