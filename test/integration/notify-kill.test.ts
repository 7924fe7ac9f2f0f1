import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ALPINE_DIGEST,
  ALPINE_SBOM,
  opensslAdvisoryMirror,
} from '../../src/adapters/http/test-support/alpine-deployment.js';
import { STORES, type TestDatabase } from '../../src/adapters/store/test-support/databases.js';
import { feedSyncRequest, openVigil, readVigilConfig } from '../../src/adapters/wiring/index.js';
import { SILENT_PROGRESS } from '../../src/app/feeds/index.js';
import { repoRoot } from '../support/shared-data.js';

const until = async (what: () => boolean, ms: number, why: string): Promise<void> => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error(`${why}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** `vigil notify dispatch` as its own process, as an operator runs it beside the CLI. */
const dispatcher = (env: Record<string, string>): ChildProcess =>
  spawn(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'src/adapters/cli/main.ts'), 'notify', 'dispatch', '--every', '0.2'],
    {
      cwd: repoRoot,
      env: { ...process.env, ...env, VIGIL_NOTIFY_ALLOW: '127.0.0.1', VIGIL_NOTIFY_LEASE_SECONDS: '2' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );

// At least once: a dispatcher killed (SIGKILL) while its receiver holds the requests open leaves them claimed;
// a new dispatcher sends them again once the lease runs out, and every event arrives (the receiver dedupes on id).
describe.each(STORES)(
  'notification delivery survives a killed dispatcher on the $kind store',
  ({ create }) => {
    let t: TestDatabase | undefined;
    const children: ChildProcess[] = [];
    afterEach(async () => {
      for (const c of children.splice(0)) c.kill('SIGKILL');
      await t?.dispose();
    });

    it('delivers every event after a SIGKILL mid-delivery', async () => {
      let hold = true;
      const held: ServerResponse[] = [];
      const seen: string[] = [];
      const answered = new Set<string>();
      const receiver = createServer((req, res) => {
        req.resume();
        req.on('end', () => {
          const id = String(req.headers['webhook-id']);
          seen.push(id);
          if (hold) held.push(res);
          else {
            answered.add(id);
            res.writeHead(204).end();
          }
        });
      });
      await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
      try {
        t = await create();
        await t.db.close();
        const config = readVigilConfig(t.env, repoRoot);
        const vigil = await openVigil(config);
        const delta = opensslAdvisoryMirror('ALPINE-VIGIL-KILL-1', 'CVE-2099-0301');
        try {
          await vigil.notify.subscribe(
            { name: 'ops', url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook` },
            'test',
          );
          await vigil.sbom.ingest({
            bytes: readFileSync(ALPINE_SBOM),
            fileName: 'alpine.json',
            artifact: `docker.io/library/alpine@${ALPINE_DIGEST}`,
          });
          for (const environment of ['production', 'staging'])
            await vigil.twin.recordDeployment({
              environment,
              createEnvironment: true,
              workload: 'shop/web',
              image: `docker.io/library/alpine@${ALPINE_DIGEST}`,
            });
          await vigil.feeds.sync(feedSyncRequest(config, { osvMirror: delta.dir }), SILENT_PROGRESS);
          await vigil.exposures.evaluate();
          await vigil.lifecycle.track();
        } finally {
          delta.dispose();
          await vigil.close();
        }

        const first = dispatcher(t.env);
        children.push(first);
        await until(() => held.length >= 2, 60_000, 'the first dispatcher sends both events');
        const inFlight = [...new Set(seen)];
        expect(inFlight).toHaveLength(2); // one opened event per environment
        first.kill('SIGKILL');
        await new Promise((r) => first.once('exit', r));
        for (const res of held) res.destroy();
        hold = false;

        const second = dispatcher(t.env);
        children.push(second);
        await until(
          () => inFlight.every((id) => answered.has(id)),
          60_000,
          'the second dispatcher sends them again',
        );
        second.kill('SIGTERM');
        await new Promise((r) => second.once('exit', r));

        const after = await openVigil(config);
        try {
          const deliveries = await after.notify.deliveries(10);
          expect(deliveries.map((d) => d.state)).toEqual(['delivered', 'delivered']);
          expect(deliveries.every((d) => d.attempts >= 2)).toBe(true);
          expect(new Set(deliveries.map((d) => d.eventId))).toEqual(new Set(inFlight));
        } finally {
          await after.close();
        }
      } finally {
        await new Promise((r) => receiver.close(r));
      }
    }, 180_000);
  },
);
