import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALPINE_SBOM,
  alpineMirror,
  deployAlpine,
  opensslAdvisoryMirror,
} from '../../src/adapters/http/test-support/alpine-deployment.js';
import { readEvents } from '../../src/adapters/http/test-support/sse.js';
import {
  createPostgresTestDatabase,
  type TestDatabase,
} from '../../src/adapters/store/test-support/databases.js';
import { repoRoot, sharedData } from '../support/shared-data.js';

interface Serve {
  readonly child: ChildProcess;
  readonly url: string;
  stderr(): string;
}

/** A real `vigil serve` process on a free loopback port. */
async function startServe(
  env: Record<string, string>,
  opts: { readonly feedsEvery?: string } = {},
): Promise<Serve> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(repoRoot, 'src/adapters/cli/main.ts'),
      'serve',
      '--listen',
      '127.0.0.1:0',
      '--feeds-every',
      opts.feedsEvery ?? '0.05', // every 3 s, so that the schedule is seen to move within the test
      '--log-level',
      'silent',
    ],
    { cwd: repoRoot, env: { ...process.env, ...env } },
  );
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 60_000);
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    });
    child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${stderr}`)));
  });
  return { child, url, stderr: () => stderr };
}

const metric = async (s: Serve, pattern: RegExp): Promise<number> => {
  const text = await (await fetch(`${s.url}/metrics`)).text();
  const m = pattern.exec(text);
  return m ? Number(m[1]) : 0;
};
const leader = (s: Serve) => metric(s, /^vigil_scheduler_leader (\d+)$/m);
const daily = (s: Serve) => metric(s, /^vigil_jobs_total\{job="kev-epss-sync",outcome="ok"\} (\d+)$/m);
const syncs = (s: Serve) => metric(s, /^vigil_jobs_total\{job="osv-sync",outcome="ok"\} (\d+)$/m);

interface JobRow {
  readonly id: number;
  readonly state: string;
  readonly attempts: number;
  readonly worker: string | null;
  readonly dedupeKey: string | null;
}
const jobs = async (s: Serve): Promise<JobRow[]> =>
  (await (await fetch(`${s.url}/api/v1/jobs?limit=1000`)).json()) as JobRow[];
/** The schedule's jobs of one name that are over. */
const scheduledJobs = async (s: Serve, name: string) =>
  (await jobs(s)).filter(
    (j) => j.dedupeKey === `schedule:${name}` && j.state !== 'queued' && j.state !== 'running',
  );

/** Polls `check` every 250 ms until it holds, or fails after `ms`. */
async function eventually(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not within ${ms} ms: ${what}`);
}

// Scale-out is a PostgreSQL feature: the embedded store is one process by design (ADR 074).
describe('two vigil serve processes on one PostgreSQL database', () => {
  let t: TestDatabase;
  let mirror: string;
  let mirrorFolder: ReturnType<typeof alpineMirror> | undefined;
  const processes: Serve[] = [];

  beforeAll(async () => {
    t = await createPostgresTestDatabase();
    mirrorFolder = alpineMirror();
    mirror = mirrorFolder.dir;
    const env = {
      ...t.env,
      VIGIL_OSV_MIRROR: mirror,
      VIGIL_KEV: sharedData('kev'),
      VIGIL_EPSS: sharedData('epss'),
      VIGIL_JOB_LEASE_SECONDS: '2', // a dead leader's running job is taken over within seconds
    };
    processes.push(...(await Promise.all([startServe(env), startServe(env)])));
  }, 120_000);

  afterAll(async () => {
    for (const p of processes) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await t?.dispose();
    mirrorFolder?.dispose();
  });

  it('one leads the schedules, the other serves the same twin, and the survivor takes over when the leader dies', async () => {
    const [a, b] = processes as [Serve, Serve];
    await eventually(async () => (await leader(a)) + (await leader(b)) === 1, 15_000, 'one leader');
    const [lead, follow] = (await leader(a)) === 1 ? [a, b] : [b, a];
    // the leader queues the schedule's jobs; either process runs each, exactly once: the runs both processes
    // count are the jobs the queue holds as done, each with one try
    const both = async (count: (s: Serve) => Promise<number>) => (await count(a)) + (await count(b));
    await eventually(async () => (await both(syncs)) >= 1, 60_000, 'a scheduled sync');
    await eventually(
      async () => (await both(syncs)) === (await scheduledJobs(lead, 'osv-sync')).length,
      15_000,
      'every scheduled OSV sync job run once',
    );
    // KEV and EPSS: due once, then not for a day, however many OSV ticks pass
    await eventually(async () => (await both(daily)) >= 1, 60_000, 'the KEV and EPSS sync');
    const ticks = await both(syncs);
    await eventually(async () => (await both(syncs)) > ticks, 60_000, 'another OSV tick');
    expect(await both(daily)).toBe(1);
    const dailyJobs = await scheduledJobs(follow, 'kev-epss-sync');
    expect(dailyJobs.map((j) => [j.state, j.attempts])).toEqual([['done', 1]]);
    for (const j of await scheduledJobs(follow, 'osv-sync')) expect(j.attempts).toBe(1);

    // evidence posted to one process is in the other's very next answer
    const posted = await fetch(`${follow.url}/api/v1/sboms?name=alpine.json`, {
      method: 'POST',
      body: readFileSync(ALPINE_SBOM),
    });
    expect(posted.status).toBe(201);
    const deployed = await deployAlpine(follow.url);
    expect(deployed.status).toBe(200);
    const impact = (await (await fetch(`${lead.url}/api/v1/impact/CVE-2023-0286`)).json()) as {
      exposures: { workload: string }[];
    };
    expect(impact.exposures.map((e) => e.workload)).toContain('shop/web');

    // a new advisory synced by one process is pushed to the other's subscribers (through the change log)
    const delta = opensslAdvisoryMirror('ALPINE-VIGIL-SCALE-0001', 'CVE-2099-0002');
    try {
      const stream = await fetch(`${follow.url}/api/v1/events`, { headers: { accept: 'text/event-stream' } });
      const pushed = readEvents(
        stream,
        (e) => e.event === 'impact' && e.data.advisories.includes('ALPINE-VIGIL-SCALE-0001'),
      );
      const synced = await fetch(`${lead.url}/api/v1/feeds/sync`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ osvMirror: delta.dir }),
      });
      expect(synced.status).toBe(200);
      const event = await Promise.race([
        pushed,
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('no event on the other process')), 10_000),
        ),
      ]);
      expect(event.data.exposures.map((e) => e.workload)).toContain('shop/web');
    } finally {
      delta.dispose();
    }

    // the leader dies without a word: its lock goes with its connection, and the survivor takes the schedules
    lead.child.kill('SIGKILL');
    await eventually(async () => (await leader(follow)) === 1, 15_000, 'the survivor leads');
    const before = await syncs(follow);
    await eventually(async () => (await syncs(follow)) > before, 60_000, 'a scheduled sync on the survivor');
    // the dead leader's KEV and EPSS sync still counts: not due again
    expect((await scheduledJobs(follow, 'kev-epss-sync')).length).toBe(1);

    follow.child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => follow.child.on('exit', resolve));
    expect(code, follow.stderr()).toBe(0);
  }, 240_000);
});

describe('the job queue shared by two vigil serve processes', () => {
  let t: TestDatabase;
  let small: ReturnType<typeof opensslAdvisoryMirror> | undefined;
  let server: Server | undefined;
  let stalled = 0;
  const processes: Serve[] = [];

  beforeAll(async () => {
    t = await createPostgresTestDatabase();
    small = opensslAdvisoryMirror('ALPINE-VIGIL-JOBS-0001', 'CVE-2099-0003');
    const zip = readFileSync(join(small.dir, 'Alpine', 'all.zip'));
    // An OSV bucket whose first archive download hangs (the process fetching it is killed meanwhile); later ones
    // get the archive.
    server = createServer((req, res) => {
      if (req.url !== '/slow/Alpine/all.zip') return void res.writeHead(404).end();
      if (stalled++ === 0)
        return void res.writeHead(200, { 'content-length': String(zip.length) }).write(zip.subarray(0, 10));
      res.writeHead(200, { 'content-type': 'application/zip' }).end(zip);
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    // leases of 2 s: a dead worker's job is taken over within seconds; no schedule, only requested work
    const env = { ...t.env, VIGIL_JOB_LEASE_SECONDS: '2', VIGIL_OSV_MIRROR: small.dir };
    processes.push(
      ...(await Promise.all([startServe(env, { feedsEvery: '0' }), startServe(env, { feedsEvery: '0' })])),
    );
  }, 120_000);

  afterAll(async () => {
    for (const p of processes) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    server?.closeAllConnections();
    server?.close();
    await t?.dispose();
    small?.dispose();
  });

  const runs = (s: Serve) => metric(s, /^vigil_jobs_total\{job="feeds\.sync",outcome="ok"\} (\d+)$/m);

  it('runs each job once, whichever process takes it, and joins a request to the same job in flight', async () => {
    const [a, b] = processes as [Serve, Serve];
    // six different requests (the same mirror, spelt six ways), queued through both processes at once
    const spellings = ['', '/', '/.', '//', '/./', '/Alpine/..'];
    const queued = await Promise.all(
      spellings.map(async (tail, i) => {
        const r = await fetch(`${(i % 2 ? a : b).url}/api/v1/feeds/sync?wait=false`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ osvMirror: `${small?.dir}${tail}`, ecosystems: ['Alpine'] }),
        });
        expect(r.status).toBe(202);
        return ((await r.json()) as JobRow).id;
      }),
    );
    expect(new Set(queued).size).toBe(6);
    const over = async () => (await jobs(a)).filter((j) => queued.includes(j.id) && j.state === 'done');
    await eventually(async () => (await over()).length === 6, 60_000, 'the six jobs done');
    for (const j of await over()) expect(j.attempts).toBe(1);
    // each ran exactly once: the runs the two processes count add up to the jobs
    expect((await runs(a)) + (await runs(b))).toBe(6);
    // and a request that waits gets the sync's result
    const waited = await fetch(`${b.url}/api/v1/feeds/sync`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ osvMirror: small?.dir, ecosystems: ['Alpine'] }),
    });
    expect(waited.status).toBe(200);
    expect(((await waited.json()) as { osv: { ecosystem: string }[] }).osv.map((o) => o.ecosystem)).toEqual([
      'Alpine',
    ]);
  }, 120_000);

  it('a job whose process dies mid-run is taken over by the other once its lease runs out', async () => {
    const [a, b] = processes as [Serve, Serve];
    const body = JSON.stringify({
      osvUrl: `http://127.0.0.1:${((server as Server).address() as AddressInfo).port}/slow`,
      ecosystems: ['Alpine'],
    });
    const queue = (s: Serve) =>
      fetch(`${s.url}/api/v1/feeds/sync?wait=false`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const r = await queue(a);
    expect(r.status).toBe(202);
    const { id } = (await r.json()) as JobRow;
    const job = async (s: Serve) => (await jobs(s)).find((j) => j.id === id);
    await eventually(
      async () => (await job(b))?.state === 'running' && stalled === 1,
      30_000,
      'the job running',
    );
    // the same request while it runs joins it
    const again = await queue(b);
    expect(((await again.json()) as JobRow).id).toBe(id);
    const runner = (await job(b))?.worker ?? '';
    const [dies, survives] = runner.split(':')[1] === String(a.child.pid) ? [a, b] : [b, a];
    dies.child.kill('SIGKILL');
    await eventually(async () => (await job(survives))?.state === 'done', 30_000, 'taken over and done');
    const done = await job(survives);
    expect(done?.attempts).toBe(2);
    expect(done?.worker?.split(':')[1]).toBe(String(survives.child.pid));
    expect(stalled).toBe(2); // the archive was fetched again, by the survivor
    // the record the survivor synced is in its answers
    const advisory = await fetch(`${survives.url}/api/v1/advisories/ALPINE-VIGIL-JOBS-0001`);
    expect(advisory.status).toBe(200);
  }, 90_000);
});
