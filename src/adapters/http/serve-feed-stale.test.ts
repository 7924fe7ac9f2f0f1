import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedData } from '../../../test/support/shared-data.js';
import { type ReceivedRequest, type Receiver, startReceiver } from '../notify/test-support/receiver.js';
import { STORES, type TestDatabase } from '../store/test-support/databases.js';
import { opensslAdvisoryMirror } from './test-support/alpine-deployment.js';
import { type ServeInProcess, serveInProcess } from './test-support/serve-in-process.js';

type Received = ReceivedRequest;

interface StaleWebhook {
  type: string;
  data: {
    id: string;
    kind: string;
    feed: string;
    thresholdHours: number;
    scopes: { scope: string; lastSuccess: string | null; status: string }[];
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (what: () => boolean | Promise<boolean>, ms: number, why: string): Promise<void> => {
  const end = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms: ${why}`);
    await sleep(100);
  }
};

// OSV stale after 3.6 s without a successful sync (0.001 h), KEV and EPSS never: the schedule ticks every 0.6 s
// and syncs the OSV mirror each time; the test breaks and mends the mirror to make and end staleness.
const STALE_HOURS = 'osv=0.001,kev=0,epss=0';
const STALE_MS = 3_600;

describe.each(STORES)('feed staleness told by vigil serve on the $kind store', ({ kind, create }) => {
  let t: TestDatabase;
  let serve: ServeInProcess;
  let receiver: Receiver;
  let base: string;
  let mirror: ReturnType<typeof opensslAdvisoryMirror>;
  let epssDir: string;
  let archive: Buffer;
  let secret: string;
  const at = (path: string) => receiver.received.filter((r) => r.path === path);
  const json = async <T>(path: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const r = await fetch(`${serve.url}${path}`, {
      ...(body !== undefined
        ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
        : {}),
    });
    return { status: r.status, body: (await r.json()) as T };
  };
  const zip = () => join(mirror.dir, 'Alpine', 'all.zip');
  /** The newest successful OSV sync `feeds status` shows, in ms; 0 when none. */
  const osvDoneAt = async (): Promise<number> => {
    const rows = (await json<{ feed: string; status: string; lastSync: string }[]>('/api/v1/feeds')).body;
    const osv = rows.find((r) => r.feed === 'osv');
    return osv?.status === 'done' ? Date.parse(osv.lastSync) : 0;
  };

  beforeAll(async () => {
    receiver = await startReceiver();
    base = receiver.url;
    mirror = opensslAdvisoryMirror('ALPINE-VIGIL-STALE-1', 'CVE-2099-0301');
    archive = readFileSync(zip());
    epssDir = mkdtempSync(join(tmpdir(), 'vigil-epss-'));
    writeFileSync(
      join(epssDir, 'epss_scores-2026-08-09.csv'),
      '#model_version:v2025.03.14,score_date:2026-08-09T00:00:00+0000\ncve,epss,percentile\nCVE-2099-0301,0.5,0.9\n',
    );
    t = await create();
    if (kind === 'embedded') await t.db.close();
    serve = await serveInProcess(['--feeds-every', '0.01', '--kev-epss-every', '1440'], {
      ...t.env,
      VIGIL_OSV_MIRROR: mirror.dir,
      VIGIL_KEV: sharedData('kev', 'known_exploited_vulnerabilities.json'),
      VIGIL_EPSS: join(epssDir, 'epss_scores-2026-08-09.csv'),
      VIGIL_NOTIFY_ALLOW: '127.0.0.1',
      VIGIL_NOTIFY_FEED_STALE_HOURS: STALE_HOURS,
    });
    const made = await json<{ secret: string; kinds: string[] }>('/api/v1/notifications/subscriptions', {
      name: 'ops',
      url: `${base}/hook`,
    });
    expect(made.status).toBe(201);
    expect(made.body.kinds).toContain('feed_stale'); // a global subscription hears of feeds by default
    secret = made.body.secret;
    for (const [name, body] of [
      ['chat', { channel: 'slack', url: `${base}/slack`, kinds: ['feed_stale'] }],
      ['alerts', { channel: 'alertmanager', url: `${base}/alertmanager`, kinds: ['feed_stale'] }],
      ['shop', { url: `${base}/team`, team: 'shop' }], // a team's, without kinds: exposures only
      ['openings', { url: `${base}/opened`, kinds: ['opened'] }],
    ] as const)
      expect((await json('/api/v1/notifications/subscriptions', { name, ...body })).status).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await serve?.stop().catch(() => {});
    await t?.dispose();
    await receiver?.close();
    mirror?.dispose();
    if (epssDir) rmSync(epssDir, { recursive: true, force: true });
  });

  it('tells a feed that stopped syncing once per episode, to the subscriptions that want it, on every channel', async () => {
    // syncing fine for longer than the threshold: never stale
    await until(async () => (await osvDoneAt()) > 0, 30_000, 'a first OSV sync');
    await sleep(STALE_MS + 1_000);
    expect(receiver.received).toEqual([]);

    // the mirror breaks: no success any more, told once, however many checks follow
    writeFileSync(zip(), 'not a zip');
    const broke = Date.now();
    await until(() => at('/hook').length > 0, 30_000, 'a feed_stale message');
    expect(Date.now() - broke).toBeGreaterThan(STALE_MS - 1_000);
    await until(() => at('/slack').length > 0 && at('/alertmanager').length > 0, 10_000, 'all channels');
    await sleep(2_500);
    expect(receiver.received.map((r) => r.path).sort()).toEqual(['/alertmanager', '/hook', '/slack']);

    const first = at('/hook')[0] as Received;
    const told = new Webhook(secret).verify(
      first.body,
      first.headers as Record<string, string>,
    ) as StaleWebhook;
    expect(told.type).toBe('feed.stale');
    expect(told.data).toMatchObject({
      kind: 'feed_stale',
      feed: 'osv',
      thresholdHours: 0.001,
      scopes: [{ scope: 'Alpine' }],
    });
    expect(first.headers['webhook-id']).toBe(told.data.id);
    const lastSuccess = Date.parse(told.data.scopes[0]?.lastSuccess ?? '');
    expect(lastSuccess).toBeLessThanOrEqual(broke);
    // feeds status and /metrics age the scope from its last success, not from the failed syncs since
    const osvRow = (
      await json<{ feed: string; status: string; lastSuccess?: string }[]>('/api/v1/feeds')
    ).body.find((r) => r.feed === 'osv');
    expect(osvRow?.status).toBe('failed');
    expect(osvRow?.lastSuccess).toBe(told.data.scopes[0]?.lastSuccess);
    const metrics = await (await fetch(`${serve.url}/metrics`)).text();
    const age = Number(/^vigil_feed_age_seconds\{feed="osv",scope="Alpine"\} (\S+)$/m.exec(metrics)?.[1]);
    expect(age * 1000).toBeGreaterThanOrEqual(Date.now() - broke);
    expect(metrics).toMatch(/^vigil_feed_sync_failing\{feed="osv",scope="Alpine"\} 1$/m);
    const slack = JSON.parse((at('/slack')[0] as Received).body) as { text: string };
    expect(slack.text).toMatch(/^\*OSV feed is stale\*/);
    expect(JSON.stringify(slack)).toContain('Alpine: last success');
    const am = JSON.parse((at('/alertmanager')[0] as Received).body) as {
      status: string;
      commonLabels: Record<string, string>;
      alerts: { labels: Record<string, string>; annotations: Record<string, string> }[];
    };
    expect(am).toMatchObject({ status: 'firing', commonLabels: { alertname: 'VigilFeedStale' } });
    expect(am.alerts.map((a) => a.labels)).toEqual([
      { alertname: 'VigilFeedStale', kind: 'feed_stale', feed: 'osv', scope: 'Alpine' },
    ]);
    const deliveries = await json<
      { subscription: string; kind: string; vulnerability: string; state: string }[]
    >('/api/v1/notifications/deliveries');
    expect(
      deliveries.body
        .filter((d) => d.kind === 'feed_stale')
        .map((d) => `${d.subscription} ${d.vulnerability} ${d.state}`)
        .sort(),
    ).toEqual(['alerts osv delivered', 'chat osv delivered', 'ops osv delivered']);

    // mended: a success ends the episode; broken again, a new one is told
    writeFileSync(zip(), archive);
    const mended = Date.now();
    await until(async () => (await osvDoneAt()) > mended, 30_000, 'an OSV sync after the mend');
    await sleep(1_500); // a check sees the feed fresh
    expect(at('/hook')).toHaveLength(1);
    writeFileSync(zip(), 'not a zip again');
    await until(() => at('/hook').length > 1, 30_000, 'a second feed_stale message');
    const second = at('/hook')[1] as Received;
    const again = new Webhook(secret).verify(
      second.body,
      second.headers as Record<string, string>,
    ) as StaleWebhook;
    expect(again.data.id).not.toBe(told.data.id);
    expect(Date.parse(again.data.scopes[0]?.lastSuccess ?? '')).toBeGreaterThan(mended);
    expect(at('/team')).toEqual([]);
    expect(at('/opened')).toEqual([]);
  }, 120_000);
});
