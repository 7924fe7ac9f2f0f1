import { readFileSync } from 'node:fs';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReceivedRequest, type Receiver, startReceiver } from '../notify/test-support/receiver.js';
import { STORES, type TestDatabase } from '../store/test-support/databases.js';
import { ALPINE_SBOM, deployAlpine, opensslAdvisoryMirror } from './test-support/alpine-deployment.js';
import { type ServeInProcess, serveInProcess } from './test-support/serve-in-process.js';

type Received = ReceivedRequest;

const until = async (what: () => boolean, ms: number): Promise<void> => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

// `vigil serve` in process; real receivers on 127.0.0.1 (allowed by VIGIL_NOTIFY_ALLOW, as an operator would).
describe.each(STORES)('notifications from vigil serve on the $kind store', ({ kind, create }) => {
  let t: TestDatabase;
  let serve: ServeInProcess;
  let receiver: Receiver;
  let base: string;
  const json = async <T>(path: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const r = await fetch(`${serve.url}${path}`, {
      ...(body !== undefined
        ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
        : {}),
    });
    return { status: r.status, body: (await r.json()) as T };
  };

  beforeAll(async () => {
    receiver = await startReceiver();
    base = receiver.url;
    t = await create();
    if (kind === 'embedded') await t.db.close();
    serve = await serveInProcess(['--feeds-every', '0'], { ...t.env, VIGIL_NOTIFY_ALLOW: '127.0.0.1' });
  }, 120_000);
  afterAll(async () => {
    await serve?.stop().catch(() => {});
    await t?.dispose();
    await receiver?.close();
  });

  it('a new advisory synced from a mirror delta: one signed message per subscription, once', async () => {
    const cve = 'CVE-2099-0201';
    const hook = await json<{ id: number; secret: string }>('/api/v1/notifications/subscriptions', {
      name: 'ops',
      url: `${base}/hook`,
      advisory: cve,
    });
    expect(hook.status).toBe(201);
    expect(hook.body.secret).toMatch(/^whsec_/);
    for (const [name, channel] of [
      ['chat', 'slack'],
      ['alerts', 'alertmanager'],
    ])
      expect(
        (
          await json('/api/v1/notifications/subscriptions', {
            name,
            channel,
            url: `${base}/${channel}`,
            advisory: cve,
          })
        ).status,
      ).toBe(201);
    // a destination the allowlist does not cover: never reached, the delivery keeps the reason
    expect(
      (
        await json('/api/v1/notifications/subscriptions', {
          name: 'metadata',
          url: 'http://169.254.169.254/latest',
          advisory: cve,
        })
      ).status,
    ).toBe(201);
    const bad = await json<{ error: { issues: { path: string }[] } }>('/api/v1/notifications/subscriptions', {
      name: 'x',
      url: 'file:///etc/passwd',
      channel: 'pager',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i) => i.path).sort()).toEqual(['channel', 'url']);
    const listed = await json<{ name: string; secret?: string }[]>('/api/v1/notifications/subscriptions');
    expect(listed.body.map((s) => s.name).sort()).toEqual(['alerts', 'chat', 'metadata', 'ops']);
    expect(listed.body.some((s) => 'secret' in s)).toBe(false);

    const sbom = await fetch(`${serve.url}/api/v1/sboms?name=alpine.json`, {
      method: 'POST',
      body: readFileSync(ALPINE_SBOM),
    });
    expect(sbom.status).toBe(201);
    expect((await deployAlpine(serve.url)).status).toBe(200);
    const delta = opensslAdvisoryMirror('ALPINE-VIGIL-NOTIFY-1', cve);
    try {
      const synced = Date.now();
      expect((await json('/api/v1/feeds/sync', { osvMirror: delta.dir })).status).toBe(200);
      await until(() => receiver.received.length >= 3, 20_000);
      const seconds = (Date.now() - synced) / 1000;
      expect(seconds).toBeLessThan(20);
      // one per subscription, and no more after a while, nor after the same delta again
      await new Promise((r) => setTimeout(r, 2500));
      expect((await json('/api/v1/feeds/sync', { osvMirror: delta.dir })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 2500));
      expect(receiver.received.map((r) => r.path).sort()).toEqual(['/alertmanager', '/hook', '/slack']);
    } finally {
      delta.dispose();
    }

    const webhook = receiver.received.find((r) => r.path === '/hook') as Received;
    const verified = new Webhook(hook.body.secret).verify(
      webhook.body,
      webhook.headers as Record<string, string>,
    ) as {
      type: string;
      data: {
        id: string;
        vulnerability: string;
        ids: string[];
        environment: string;
        workloads: { workload: string }[];
      };
    };
    expect(verified.type).toBe('exposure.opened');
    expect(verified.data).toMatchObject({
      vulnerability: cve,
      environment: 'production',
      workloads: [{ workload: 'shop/web' }],
    });
    expect(verified.data.ids).toEqual(expect.arrayContaining([cve, 'ALPINE-VIGIL-NOTIFY-1']));
    expect(webhook.headers['webhook-id']).toBe(verified.data.id);
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(24, 7).toString('base64')}`).verify(
        webhook.body,
        webhook.headers as Record<string, string>,
      ),
    ).toThrow();
    const slack = JSON.parse((receiver.received.find((r) => r.path === '/slack') as Received).body) as {
      text: string;
    };
    expect(slack.text).toContain(cve);
    const am = JSON.parse((receiver.received.find((r) => r.path === '/alertmanager') as Received).body) as {
      version: string;
      status: string;
      alerts: { labels: Record<string, string> }[];
    };
    expect(am).toMatchObject({ version: '4', status: 'firing' });
    expect(am.alerts[0]?.labels).toMatchObject({
      vulnerability: cve,
      workload: 'shop/web',
      alertname: 'VigilExposure',
    });

    const deliveries = await json<{ subscription: string; state: string; lastError: string | null }[]>(
      '/api/v1/notifications/deliveries',
    );
    const states = Object.fromEntries(deliveries.body.map((d) => [d.subscription, d]));
    for (const name of ['ops', 'chat', 'alerts']) expect(states[name]?.state).toBe('delivered');
    expect(states.metadata?.state).toBe('pending');
    expect(states.metadata?.lastError).toMatch(/169\.254\.169\.254, a linkLocal address: refused/);
  }, 120_000);
});
