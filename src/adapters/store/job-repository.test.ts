import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob, type JobDeps, listJobs, runNextJob } from '../../app/jobs/index.js';
import { createJobRepository } from './job-repository.js';
import { STORES, type TestDatabase } from './test-support/databases.js';

describe.each(STORES)('the job queue on the $kind store', ({ create }) => {
  let t: TestDatabase;
  let clock = new Date('2026-12-01T10:00:00Z');
  const advance = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };
  beforeAll(async () => {
    t = await create();
  });
  afterAll(() => t?.dispose());

  const deps = (handlers: JobDeps['handlers'], leaseMs = 10_000): JobDeps => ({
    repo: createJobRepository(t.db),
    handlers,
    now: () => clock,
    leaseMs,
    random: () => 0.5, // no jitter: the backoff is its base
  });

  it('runs a job once, keeps its result, and joins a second request of the same key while it waits', async () => {
    const ran: unknown[] = [];
    const d = deps({
      echo: async (p) => {
        ran.push(p);
        return { got: p };
      },
    });
    const first = await enqueueJob(d, {
      kind: 'echo',
      payload: { n: 1 },
      dedupeKey: 'k',
      requestedBy: 'test',
    });
    const second = await enqueueJob(d, {
      kind: 'echo',
      payload: { n: 1 },
      dedupeKey: 'k',
      requestedBy: 'test',
    });
    expect(first.joined).toBe(false);
    expect(second).toMatchObject({ joined: true, job: { id: first.job.id } });
    const done = await runNextJob(d, 'w1');
    expect(done).toMatchObject({
      id: first.job.id,
      state: 'done',
      attempts: 1,
      worker: 'w1',
      result: { got: { n: 1 } },
    });
    expect(await runNextJob(d, 'w2')).toBeUndefined(); // nothing left: it ran once
    expect(ran).toEqual([{ n: 1 }]);
    // over: the key is free again
    expect(
      (await enqueueJob(d, { kind: 'echo', payload: {}, dedupeKey: 'k', requestedBy: 'test' })).joined,
    ).toBe(false);
    await runNextJob(d, 'w1');
  });

  it('tries a failing job again after its backoff, then fails it for good after its last try', async () => {
    let tries = 0;
    const d = deps({
      flaky: async () => {
        tries++;
        throw new Error(`try ${tries} broke`);
      },
    });
    const { job } = await enqueueJob(d, {
      kind: 'flaky',
      payload: null,
      maxAttempts: 2,
      requestedBy: 'test',
    });
    const once = await runNextJob(d, 'w1');
    expect(once).toMatchObject({ state: 'queued', attempts: 1, error: 'try 1 broke' });
    // 5 s backoff before the second try
    expect(Date.parse(once?.runAt ?? '') - clock.getTime()).toBe(5_000);
    expect(await runNextJob(d, 'w1')).toBeUndefined();
    advance(5_000);
    expect(await runNextJob(d, 'w1')).toMatchObject({
      id: job.id,
      state: 'failed',
      attempts: 2,
      error: 'try 2 broke',
    });
    advance(60_000);
    expect(await runNextJob(d, 'w1')).toBeUndefined();
    expect((await listJobs(d.repo, { state: 'failed', limit: 10 })).map((j) => j.id)).toContain(job.id);
    expect(() => listJobs(d.repo, { state: 'stuck', limit: 10 })).toThrow(
      /state.*"stuck" is not a job state/,
    );
    await expect(async () =>
      enqueueJob(d, { kind: 'nope', payload: null, requestedBy: 'test' }),
    ).rejects.toThrow(/"nope" is not a job kind/);
  });

  it("takes over a dead worker's job once its lease runs out, and the dead one's late outcome is ignored", async () => {
    const repo = createJobRepository(t.db);
    const { job } = await repo.enqueue({
      kind: 'slow',
      payload: null,
      maxAttempts: 2,
      requestedBy: 'test',
      now: clock.toISOString(),
    });
    const at = (ms: number) => new Date(clock.getTime() + ms).toISOString();
    const claimed = await repo.claim({ worker: 'dead', kinds: ['slow'], now: at(0), leaseUntil: at(1_000) });
    expect(claimed).toMatchObject({ id: job.id, state: 'running', attempts: 1, worker: 'dead' });
    // one of a kind at a time: while the lease holds, no one else gets a job of this kind
    await repo.enqueue({
      kind: 'slow',
      payload: 2,
      maxAttempts: 1,
      requestedBy: 'test',
      now: clock.toISOString(),
    });
    expect(
      await repo.claim({ worker: 'live', kinds: ['slow'], now: at(500), leaseUntil: at(1_500) }),
    ).toBeUndefined();
    // the lease runs out: the running job is taken over before the queued one
    advance(2_000);
    const taken = await repo.claim({ worker: 'live', kinds: ['slow'], now: at(0), leaseUntil: at(1_000) });
    expect(taken).toMatchObject({ id: job.id, attempts: 2, worker: 'live' });
    expect(await repo.extend(job.id, 'dead', at(5_000))).toBe(false);
    expect(await repo.finish(job.id, 'dead', { state: 'done', result: 'late' }, at(0))).toBe(false);
    expect(await repo.finish(job.id, 'live', { state: 'done', result: 'ok' }, at(0))).toBe(true);
    expect(await repo.get(job.id)).toMatchObject({ state: 'done', result: 'ok', worker: 'live' });
    // a job whose worker dies on its last try fails instead of running once more
    const last = await repo.claim({ worker: 'dead', kinds: ['slow'], now: at(0), leaseUntil: at(1_000) });
    expect(last?.maxAttempts).toBe(1);
    advance(2_000);
    expect(
      await repo.claim({ worker: 'live', kinds: ['slow'], now: at(0), leaseUntil: at(1_000) }),
    ).toBeUndefined();
    expect(await repo.get(last?.id ?? 0)).toMatchObject({
      state: 'failed',
      error: expect.stringMatching(/lease ran out/),
    });
  });

  it('keeps a running job while its worker is alive, however long it runs', async () => {
    let release: () => void = () => {};
    const d = deps(
      {
        long: () =>
          new Promise((r) => {
            release = () => r('finished');
          }),
      },
      90,
    );
    await enqueueJob(d, { kind: 'long', payload: null, requestedBy: 'test' });
    const running = runNextJob({ ...d, now: () => new Date() }, 'alive');
    await new Promise((r) => setTimeout(r, 400)); // four leases long: the heartbeat extends it
    const other = await d.repo.claim({
      worker: 'other',
      kinds: ['long'],
      now: new Date().toISOString(),
      leaseUntil: new Date(Date.now() + 90).toISOString(),
    });
    expect(other).toBeUndefined();
    release();
    expect(await running).toMatchObject({ state: 'done', result: 'finished', attempts: 1, worker: 'alive' });
  });
});
