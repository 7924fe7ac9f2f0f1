import { afterEach, describe, expect, it } from 'vitest';
import type { Exposure } from '../../app/exposures/index.js';
import { STORES, type TestDatabase } from '../store/test-support/databases.js';
import type { Vigil } from './open-vigil.js';
import {
  deployFrontend,
  FRONTEND,
  type FrontendComponents,
  ingestFrontend,
  openWithExampleFeeds,
} from './test-support/example-feeds.js';

const DIGEST_A = `sha256:${'a'.repeat(64)}`;
const DIGEST_B = `sha256:${'b'.repeat(64)}`;
const lifeOf = (e: Exposure) => `${e.vulnerability}|${e.environment}/${e.workload}`;

/**
 * The CTEM loop's monitoring step on the example estate (OWASP Juice Shop's real SBOM, the real OSV, KEV and
 * EPSS records of examples/feeds): detected → the fixed build deployed → remediated → the old build back →
 * reopened with its first-seen time.
 */
describe.each(STORES)('exposure lifecycle on the $kind store', (store) => {
  let t: TestDatabase | undefined;
  let vigil: Vigil | undefined;
  afterEach(async () => {
    await vigil?.close().catch(() => {});
    await t?.dispose();
  });

  it('opens on detection, closes only when the fixed build runs, and reopens a regression', async () => {
    t = await store.create();
    vigil = await openWithExampleFeeds(t);
    const v = vigil;
    const ingest = (digest: string, components: FrontendComponents) => ingestFrontend(v, digest, components);
    const deploy = (digest: string, at: string) => deployFrontend(v, digest, 'shop/frontend', at);
    const step = async () => {
      await v.exposures.evaluate();
      return v.lifecycle.track();
    };

    await ingest(DIGEST_A, FRONTEND.components);
    await deploy(DIGEST_A, '2026-06-01T10:00:00Z');
    const first = await step();
    const before = await v.exposures.list();
    const lives = new Set(before.map(lifeOf));
    expect(lives.size).toBeGreaterThan(5);
    expect(first.transitions.opened).toBe(lives.size);
    const rows = await v.lifecycle.rows();
    expect(rows.map((r) => r.key).sort()).toEqual([...lives].sort());
    expect(rows.every((r) => r.state === 'open')).toBe(true);
    // detected when it could be known: the deployment, or a publication after it; never the time of the look
    for (const r of rows) expect(r.firstSeen >= '2026-06-01T10:00:00.000Z').toBe(true);
    expect(rows.some((r) => r.dueAt !== null)).toBe(true);
    // deployed months before the test's time: SLAs of 90 days or less are breached, and status says so
    const lookedAt = new Date().toISOString();
    const overdue = before.filter((e) => !e.suppressed && e.dueAt !== null && e.dueAt < lookedAt);
    expect(overdue.length).toBeGreaterThan(0);
    const status = await v.exposures.status();
    expect(status.totals.overdue).toBe(overdue.length);
    expect(status.byEnvironment.find((e) => e.environment === 'production')?.overdue).toBe(overdue.length);

    // nothing changed: nothing recorded
    const again = await step();
    expect(Object.values(again.transitions).every((n) => n === 0)).toBe(true);

    // The fixed build drops one vulnerable package: only the vulnerabilities it alone carried are remediated.
    const byPurl = new Map<string, Set<string>>();
    for (const e of before)
      byPurl.set(e.component.purl, (byPurl.get(e.component.purl) ?? new Set()).add(lifeOf(e)));
    const carriedBy = (life: string) => before.filter((e) => lifeOf(e) === life).map((e) => e.component.purl);
    const [dropped] = [...byPurl.entries()].sort((a, b) => b[1].size - a[1].size)[0] ?? [];
    if (!dropped) throw new Error('no vulnerable component');
    const name = before.find((e) => e.component.purl === dropped)?.component.name;
    const version = before.find((e) => e.component.purl === dropped)?.component.version;
    const fixedComponents = FRONTEND.components.filter((c) => !(c.name === name && c.version === version));
    expect(fixedComponents.length).toBeLessThan(FRONTEND.components.length);
    const gone = [...lives].filter((life) => carriedBy(life).every((p) => p === dropped)).sort();
    const kept = [...lives].filter((life) => !gone.includes(life)).sort();
    expect(gone.length).toBeGreaterThan(0);
    await ingest(DIGEST_B, fixedComponents);
    await deploy(DIGEST_B, '2026-11-20T10:00:00Z');
    const fixed = await step();
    expect(fixed.transitions.remediated).toBe(gone.length);
    expect(fixed.transitions.opened + fixed.transitions.reopened).toBe(0);
    const afterFix = new Map((await v.lifecycle.rows()).map((r) => [r.key, r]));
    for (const life of gone) {
      expect(afterFix.get(life)?.state).toBe('remediated');
      expect(afterFix.get(life)?.closedBy).toBe('fixed_deployed');
    }
    // the others stay open across the new artifact: the same lives, now on digest B
    for (const life of kept) {
      expect(afterFix.get(life)?.state).toBe('open');
      expect(afterFix.get(life)?.artifacts).toEqual([DIGEST_B]);
      expect(afterFix.get(life)?.firstSeen).toBe(rows.find((r) => r.key === life)?.firstSeen);
    }

    // The old build deployed again: a regression reopens each with its first detection kept.
    await deploy(DIGEST_A, '2026-11-25T10:00:00Z');
    const regressed = await step();
    expect(regressed.transitions.reopened).toBe(gone.length);
    const afterRegression = new Map((await v.lifecycle.rows()).map((r) => [r.key, r]));
    for (const life of gone) {
      const r = afterRegression.get(life);
      expect(r?.state).toBe('open');
      expect(r?.reopened).toBe(1);
      expect(r?.firstSeen).toBe(rows.find((x) => x.key === life)?.firstSeen);
      expect((r?.openedAt ?? '') >= '2026-11-25T10:00:00.000Z').toBe(true);
    }
    const events = await v.lifecycle.events([gone[0] as string]);
    expect(events.map((e) => e.kind)).toEqual(['opened', 'remediated', 'reopened']);
    // MTTR counts the remediation from its detection
    const mttr = await v.lifecycle.mttr({ since: '2026-01-01T00:00:00Z', period: 'month' });
    expect(mttr.reduce((n, m) => n + m.remediated, 0)).toBe(gone.length);
    expect(mttr.every((m) => m.environment === 'production' && m.meanHours > 0)).toBe(true);

    // Time travel: what ran at each moment, from the twin's history
    const livesAt = async (at: string) => new Set((await v.exposures.list({ at })).map(lifeOf));
    expect(await livesAt('2026-05-01T00:00:00Z')).toEqual(new Set());
    expect(await livesAt('2026-11-10T00:00:00Z')).toEqual(lives);
    expect(await livesAt('2026-11-22T00:00:00Z')).toEqual(new Set(kept));
    await expect(v.exposures.list({ at: 'last tuesday' })).rejects.toMatchObject({
      issues: [{ code: 'TIME_INVALID', path: 'at' }],
    });
    // … and one vulnerability's history: exposed until the fix ran, again from the regression
    const vulnerability = (gone[0] as string).split('|')[0] as string;
    const history = await v.lifecycle.history(vulnerability, { environment: 'production' });
    if (!history) throw new Error(`no history of ${vulnerability}`);
    expect(history.workloads.map((w) => `${w.environment}/${w.workload}`)).toEqual([
      'production/shop/frontend',
    ]);
    const [w] = history.workloads;
    expect(w?.exposed.map((x) => [x.from, x.to])).toEqual([
      ['2026-06-01T10:00:00.000Z', '2026-11-20T10:00:00.000Z'],
      ['2026-11-25T10:00:00.000Z', null],
    ]);
    expect(w?.exposed.every((x) => x.artifacts.length === 1 && x.artifacts[0] === DIGEST_A)).toBe(true);
    expect(w?.exposed[0]?.components).toContain(dropped);
    expect(w?.lifecycle).toMatchObject({ state: 'open', reopened: 1 });
    expect(w?.lifecycle?.events.map((e) => e.kind)).toEqual(['opened', 'remediated', 'reopened']);
    // a vulnerability the fix did not touch ran without a break, across both builds
    const keptVulnerability = (kept[0] as string).split('|')[0] as string;
    const keptHistory = await v.lifecycle.history(keptVulnerability);
    expect(keptHistory?.workloads[0]?.exposed.map((x) => [x.from, x.to])).toEqual([
      ['2026-06-01T10:00:00.000Z', null],
    ]);
    expect(keptHistory?.workloads[0]?.exposed[0]?.artifacts).toEqual([DIGEST_A, DIGEST_B].sort());
    expect(await v.lifecycle.history(vulnerability, { environment: 'staging' })).toMatchObject({
      workloads: [],
    });
    expect(await v.lifecycle.history('CVE-1999-0000000')).toBeUndefined();
  }, 240_000); // four evaluations and listings of a real estate: ~30 s on the embedded store, more on a busy CI
});
