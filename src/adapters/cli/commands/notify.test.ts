import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALPINE_DIGEST,
  ALPINE_SBOM,
  opensslAdvisoryMirror,
} from '../../http/test-support/alpine-deployment.js';
import { type ReceivedRequest, type Receiver, startReceiver } from '../../notify/test-support/receiver.js';
import { openEmbeddedDatabase } from '../../store/index.js';
import type { SqlDatabase } from '../../store/sql-client.js';
import { STORES, type TestDatabase } from '../../store/test-support/databases.js';
import { runCli } from '../test-support/run-cli.js';

interface Received extends ReceivedRequest {
  /** Whether the signature verified with the subscription's secret. */
  readonly verified: boolean;
}

interface DeliveryRow {
  eventId: string;
  subscription: string;
  kind: string;
  vulnerability: string;
  environment: string;
  state: string;
  attempts: number;
  lastError: string | null;
}

const CVE = 'CVE-2099-0401';

// `vigil notify` through the CLI's run(argv), on each store, with a real receiver on 127.0.0.1 (allowed by
// VIGIL_NOTIFY_ALLOW) that verifies the Standard Webhooks signature of what it gets.
describe.each(STORES)('vigil notify on the $kind store', ({ kind, create }) => {
  let t: TestDatabase;
  let env: Record<string, string>;
  let receiver: Receiver;
  let base: string;
  let mirror: ReturnType<typeof opensslAdvisoryMirror>;
  /** The signing secret of each receiving path, and whether /flaky answers 500. */
  const secrets = new Map<string, string>();
  let failing = true;
  /** Whether a request's Standard Webhooks signature verifies with its path's secret. */
  const verifies = (r: ReceivedRequest): boolean => {
    try {
      new Webhook(secrets.get(r.path) ?? '').verify(r.body, r.headers as Record<string, string>);
      return true;
    } catch {
      return false;
    }
  };
  const received = (): Received[] => receiver.received.map((r) => ({ ...r, verified: verifies(r) }));
  const cli = (...argv: string[]) => runCli(argv, { env });
  /** SQL on the store the CLI uses, between two runs (the embedded store has one opener at a time). */
  const withStore = async <T>(work: (db: SqlDatabase) => Promise<T>): Promise<T> => {
    if (kind === 'postgres') return work(t.db);
    const db = await openEmbeddedDatabase(env.VIGIL_HOME as string);
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  };
  const deliveries = async () =>
    JSON.parse((await cli('notify', 'deliveries', '--json')).stdout) as DeliveryRow[];

  beforeAll(async () => {
    receiver = await startReceiver((r) => (!verifies(r) ? 400 : r.path === '/flaky' && failing ? 500 : 204));
    base = receiver.url;
    mirror = opensslAdvisoryMirror('ALPINE-VIGIL-CLI-NOTIFY-1', CVE);
    t = await create();
    env = { ...t.env, VIGIL_NOTIFY_ALLOW: '127.0.0.1' };
    if (kind === 'embedded') await t.db.close();
  }, 120_000);
  afterAll(async () => {
    await t?.dispose();
    mirror?.dispose();
    await receiver?.close();
  });

  it.each([
    [['--url', 'not a url'], '--url', /"not a url" is not a URL/],
    [['--url', 'ftp://hooks.example.com/'], '--url', /ftp: URLs are refused/],
    [['--url', 'https://u:p@hooks.example.com/'], '--url', /credentials in the URL/],
    [['--url', 'https://hooks.example.com/', '--kind', 'weather'], '--kind', /"weather": expected opened/],
    [
      ['--url', 'https://hooks.example.com/', '--min-decision', 'Urgent'],
      '--min-decision',
      /"Urgent" is not a decision/,
    ],
    [['--url', 'https://hooks.example.com/', '--digest', '0'], '--digest', /between 1 and 1440/],
    [['--url', 'https://hooks.example.com/', '--channel', 'pager'], '--channel', /"pager" is not a channel/],
  ])('refuses subscribe %j with exit 2, naming %s', async (args, flag, message) => {
    const r = await cli('notify', 'subscribe', 'bad', ...args);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^error: ${flag}: `));
    expect(lines[0]).toMatch(message);
    expect(lines[0]).toMatch(/\[OPTION_INVALID\]$/);
  });

  it('refuses every bad option of one call at once, a bad name, and stores nothing', async () => {
    const r = await cli(
      'notify',
      'subscribe',
      'no name',
      '--url',
      'nope',
      '--kind',
      'opened',
      '--kind',
      'rain',
    );
    expect(r.code).toBe(2);
    expect(r.stderr.match(/^error: (\S+):/gm)).toEqual(['error: NAME:', 'error: --url:', 'error: --kind:']);
    const list = await cli('notify', 'list', '--json');
    expect(list).toMatchObject({ code: 0, stdout: '[]\n' });
  });

  it('subscribes, lists without secrets, and removes', async () => {
    const hook = await cli('notify', 'subscribe', 'hook', '--url', `${base}/hook`, '--json');
    expect(hook.code).toBe(0);
    const made = JSON.parse(hook.stdout) as { id: number; secret: string; kinds: string[] };
    expect(made.secret).toMatch(/^whsec_/);
    expect(made.kinds).toContain('feed_stale');
    secrets.set('/hook', made.secret);
    const flaky = await cli(
      'notify',
      'subscribe',
      'flaky',
      '--url',
      `${base}/flaky`,
      '--min-decision',
      'track',
    );
    expect(flaky.code).toBe(0);
    const [line, secretLine] = flaky.stdout.trim().split('\n');
    expect(line).toMatch(new RegExp(`^#\\d+ flaky: webhook → ${base}/flaky$`));
    const secret = /^signing secret \(shown once\): (whsec_\S+)$/.exec(secretLine ?? '')?.[1];
    expect(secret).toBeDefined();
    secrets.set('/flaky', secret as string);
    expect(
      (await cli('notify', 'subscribe', 'feeds', '--url', `${base}/feeds`, '--kind', 'feed_stale')).code,
    ).toBe(0);
    const gone = await cli('notify', 'subscribe', 'gone', '--url', `${base}/gone`, '--env', 'staging');
    expect(gone.code).toBe(0);

    const listed = JSON.parse((await cli('notify', 'list', '--json')).stdout) as Record<string, unknown>[];
    expect(listed.map((s) => s.name)).toEqual(['hook', 'flaky', 'feeds', 'gone']);
    expect(listed.some((s) => 'secret' in s)).toBe(false);
    expect(listed.find((s) => s.name === 'flaky')).toMatchObject({ minDecision: 'Track' });
    const text = await cli('notify', 'list');
    expect(text.stdout.split('\n')[0]).toMatch(/^ID +NAME +CHANNEL +URL +FILTERS +CREATEDBY$/);
    expect(text.stdout).toMatch(/gone +webhook +\S+\/gone +env staging +cli:/);
    expect(text.stdout).not.toContain('whsec_');

    const id = listed.find((s) => s.name === 'gone')?.id as number;
    expect(await cli('notify', 'remove', 'abc')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^error: ID: "abc"/),
    });
    expect(await cli('notify', 'remove', '999999')).toMatchObject({
      code: 1,
      stderr: 'error: no subscription has the id 999999\n',
    });
    expect(await cli('notify', 'remove', String(id))).toMatchObject({ code: 0, stdout: `removed #${id}\n` });
    expect(
      (JSON.parse((await cli('notify', 'list', '--json')).stdout) as { name: string }[]).map((s) => s.name),
    ).toEqual(['hook', 'flaky', 'feeds']);
  });

  it('an exposure recorded by the CLI is dispatched, signed, to the subscriptions that want it', async () => {
    expect((await cli('sbom', 'add', ALPINE_SBOM)).code).toBe(0);
    const deployed = await cli(
      'deploy',
      'record',
      '--env',
      'production',
      '--create-env',
      '--workload',
      'shop/web',
      '--image',
      `docker.io/library/alpine@${ALPINE_DIGEST}`,
    );
    expect(deployed.code).toBe(0);
    expect((await cli('feeds', 'sync', '--osv-mirror', mirror.dir)).code).toBe(0);
    expect((await cli('exposures')).code).toBe(0); // brings findings and the exposures' lives up to date
    const pending = await deliveries();
    expect(pending.map((d) => `${d.subscription} ${d.kind} ${d.vulnerability} ${d.state}`).sort()).toEqual([
      `flaky opened ${CVE} pending`,
      `hook opened ${CVE} pending`,
    ]);
    expect(await cli('notify', 'dispatch', '--every', '0')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^error: --every: /),
    });
    expect(await cli('notify', 'deliveries', '--limit', '0')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^error: --limit: /),
    });

    const once = await cli('notify', 'dispatch', '--once');
    expect(once).toMatchObject({ code: 0, stderr: 'sent 1, failed 1 (dead 0)\n' });
    expect(
      received()
        .map((r) => `${r.path} ${r.verified}`)
        .sort(),
    ).toEqual(['/flaky true', '/hook true']);
    const hook = received().find((r) => r.path === '/hook') as Received;
    const message = JSON.parse(hook.body) as { type: string; data: { id: string; vulnerability: string } };
    expect(message).toMatchObject({ type: 'exposure.opened', data: { vulnerability: CVE } });
    expect(hook.headers['webhook-id']).toBe(message.data.id);
    const after = Object.fromEntries((await deliveries()).map((d) => [d.subscription, d]));
    expect(after.hook).toMatchObject({ state: 'delivered', attempts: 1, lastError: null });
    expect(after.flaky).toMatchObject({ state: 'pending', attempts: 1, lastError: 'answered 500' });
    // nothing due: the failed one waits out its backoff, the delivered one is done
    expect(await cli('notify', 'dispatch', '--once')).toMatchObject({ code: 0, stderr: '' });
    expect(received()).toHaveLength(2);
  });

  it('replays a dead delivery: sent again with the same id, once the receiver is back', async () => {
    // as if its 8 tries had failed (the backoff would take hours)
    await withStore((db) =>
      db.query(
        `UPDATE notification_deliveries d SET state = 'dead' FROM notification_subscriptions s
         WHERE s.id = d.subscription_id AND s.name = 'flaky'`,
      ),
    );
    const dead = (await deliveries()).find((d) => d.subscription === 'flaky');
    expect(dead).toMatchObject({ state: 'dead', lastError: 'answered 500' });
    expect(await cli('notify', 'dispatch', '--once')).toMatchObject({ code: 0, stderr: '' }); // dead: never sent
    expect(await cli('notify', 'replay')).toMatchObject({ code: 0, stdout: '1 deliveries queued again\n' });
    expect((await deliveries()).find((d) => d.subscription === 'flaky')).toMatchObject({
      state: 'pending',
      attempts: 0,
      lastError: null,
    });
    failing = false;
    expect(await cli('notify', 'dispatch', '--once')).toMatchObject({
      code: 0,
      stderr: 'sent 1, failed 0 (dead 0)\n',
    });
    const flaky = received().filter((r) => r.path === '/flaky');
    expect(flaky).toHaveLength(2);
    expect(flaky.every((r) => r.verified)).toBe(true);
    expect(flaky[1]?.headers['webhook-id']).toBe(flaky[0]?.headers['webhook-id']);
    expect((await deliveries()).map((d) => `${d.subscription} ${d.state}`).sort()).toEqual([
      'flaky delivered',
      'hook delivered',
    ]);
    // nothing dead left: a second replay queues nothing; --all queues the delivered ones too
    expect((await cli('notify', 'replay')).stdout).toBe('0 deliveries queued again\n');
    expect((await cli('notify', 'replay', '--all')).stdout).toBe('2 deliveries queued again\n');
    expect(received().filter((r) => r.path === '/feeds')).toEqual([]);
  });
});
