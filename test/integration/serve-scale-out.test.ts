import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
async function startServe(env: Record<string, string>): Promise<Serve> {
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
      '0.05', // every 3 s, so that the schedule is seen to move within the test
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
    await eventually(async () => (await syncs(lead)) >= 1, 60_000, 'a scheduled sync on the leader');
    expect(await syncs(follow)).toBe(0); // a schedule runs once per database, not once per process
    // KEV and EPSS: due once, then not for a day, however many OSV ticks pass
    await eventually(async () => (await daily(lead)) >= 1, 60_000, 'the KEV and EPSS sync on the leader');
    const ticks = await syncs(lead);
    await eventually(async () => (await syncs(lead)) > ticks, 60_000, 'another OSV tick on the leader');
    expect(await daily(lead)).toBe(1);
    expect(await daily(follow)).toBe(0);

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
    await eventually(async () => (await syncs(follow)) >= 1, 60_000, 'a scheduled sync on the survivor');
    expect(await daily(follow)).toBe(0); // the dead leader's KEV and EPSS sync still counts: not due again

    follow.child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => follow.child.on('exit', resolve));
    expect(code, follow.stderr()).toBe(0);
  }, 240_000);
});
