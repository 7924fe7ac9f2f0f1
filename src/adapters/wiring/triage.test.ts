import { afterEach, describe, expect, it } from 'vitest';
import type { Exposure } from '../../app/exposures/index.js';
import { type InputError, isInputError } from '../../core/input/index.js';
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
const WORKLOADS = ['shop/frontend', 'shop/frontend-canary'];
const ALICE = { actor: 'cli:alice' };

const issueCodes = async (work: Promise<unknown>): Promise<string[]> => {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isInputError(error)) throw new Error(`expected an InputError, got ${String(error)}`);
  return (error as InputError).issues.map((i) => i.code);
};

/**
 * Triage on the example estate (OWASP Juice Shop's real SBOM and the real OSV records of examples/feeds), in
 * two workloads of production: one exposure decided by its key, portfolio rules, a more specific decision over
 * a wider one, replacement, revocation, expiry, time travel, the audit trail, and a fix deployed for real.
 */
describe.each(STORES)('triage on the $kind store', (store) => {
  let t: TestDatabase | undefined;
  let vigil: Vigil | undefined;
  afterEach(async () => {
    await vigil?.close().catch(() => {});
    await t?.dispose();
  });

  it('decides exposures one by one and by rules, keeps the trail, and is not a remediation', async () => {
    t = await store.create();
    vigil = await openWithExampleFeeds(t);
    const v = vigil;
    const ingest = (digest: string, components: FrontendComponents) => ingestFrontend(v, digest, components);
    const deploy = (digest: string, workload: string) => deployFrontend(v, digest, workload);
    await ingest(DIGEST_A, FRONTEND.components);
    for (const w of WORKLOADS) await deploy(DIGEST_A, w);
    await v.exposures.evaluate();
    const beforeTriage = new Date().toISOString();
    const all = await v.exposures.list();
    expect(all.every((e) => e.triage === null)).toBe(true);
    const byKey = async () => new Map((await v.exposures.list()).map((e) => [e.key, e]));

    // 1. one exposure, by its key: not_affected with a justification suppresses it, and only it
    const target = all.find((e) => !e.suppressed && e.workload === 'shop/frontend') as Exposure;
    const twin = all.find(
      (e) =>
        e.workload === 'shop/frontend-canary' &&
        e.vulnerability === target.vulnerability &&
        e.component.purl === target.component.purl,
    ) as Exposure;
    expect(twin).toBeDefined();
    const own = await v.triage.set(
      {
        exposure: target.key,
        state: 'not_affected',
        justification: 'vulnerable_code_not_in_execute_path',
        reason: 'the template engine is never given user input',
      },
      ALICE,
    );
    expect(own.covers).toBe(1);
    let now = await byKey();
    expect(now.get(target.key)).toMatchObject({
      suppressed: true,
      triage: { rule: own.rule.id, state: 'not_affected', by: 'cli:alice', own: true, expired: false },
    });
    expect(
      now.get(target.key)?.reasons.some((r) => r.question === 'triage' && /suppressed/.test(r.text)),
    ).toBe(true);
    expect(now.get(twin.key)).toMatchObject({ suppressed: false, triage: null });

    // 2. a portfolio rule: one vulnerability on one package, any version, everywhere; counted independently
    const other = all.find((e) => !e.suppressed && e.vulnerability !== target.vulnerability) as Exposure;
    const pkg = other.component.purl.replace(/@[^@]*$/, '');
    const covered = all.filter(
      (e) => e.ids.includes(other.vulnerability) && e.component.purl.startsWith(`${pkg}@`),
    );
    expect(covered.length).toBeGreaterThanOrEqual(2);
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const rule = await v.triage.set(
      {
        vulnerability: other.vulnerability,
        package: pkg,
        state: 'accepted_risk',
        reason: 'vendor patch due',
        expires: until,
      },
      ALICE,
    );
    expect(rule.covers).toBe(covered.length);
    now = await byKey();
    for (const e of covered)
      expect(now.get(e.key)).toMatchObject({
        suppressed: true,
        triage: { state: 'accepted_risk', own: false, expiresAt: until },
      });

    // 3. a more specific decision (one workload) wins over the rule there, and only there
    const canary = covered.find((e) => e.workload === 'shop/frontend-canary') as Exposure;
    const specific = await v.triage.set(
      {
        vulnerability: other.vulnerability,
        package: pkg,
        workload: 'shop/frontend-canary',
        state: 'will_fix',
        reason: 'canary first',
      },
      { actor: 'cli:bob' },
    );
    now = await byKey();
    expect(now.get(canary.key)).toMatchObject({
      suppressed: false,
      triage: { rule: specific.rule.id, state: 'will_fix' },
    });
    for (const e of covered.filter((x) => x.workload !== 'shop/frontend-canary'))
      expect(now.get(e.key)?.triage?.rule).toBe(rule.rule.id);

    // 4. a second decision on the same scope replaces the first; both stay in the trail
    const again = await v.triage.set(
      {
        vulnerability: other.vulnerability,
        package: pkg,
        workload: 'shop/frontend-canary',
        state: 'affected',
        reason: 'confirmed by a test',
      },
      { actor: 'cli:bob' },
    );
    expect(again.replaced).toBe(specific.rule.id);
    expect((await v.triage.list()).map((r) => r.id).sort()).toEqual(
      [own.rule.id, rule.rule.id, again.rule.id].sort(),
    );
    const everything = await v.triage.list({ all: true });
    expect(everything.find((r) => r.id === specific.rule.id)).toMatchObject({
      replacedBy: again.rule.id,
      revokedBy: 'cli:bob',
    });

    // 5. revoked: the exposures it decided are back, and the trail says who, when and why
    const revoked = await v.triage.revoke(
      rule.rule.id,
      { reason: 'patch shipped late' },
      { actor: 'cli:carol' },
    );
    expect(revoked?.id).toBe(rule.rule.id);
    expect(await v.triage.revoke(rule.rule.id, { reason: 'twice' }, ALICE)).toBeUndefined();
    now = await byKey();
    for (const e of covered.filter((x) => x.workload !== 'shop/frontend-canary'))
      expect(now.get(e.key)).toMatchObject({ suppressed: false, triage: null });
    const trail = await v.triage.audit();
    expect(trail[0]).toMatchObject({
      action: 'revoked',
      rule: rule.rule.id,
      by: 'cli:carol',
      reason: 'patch shipped late',
    });
    expect(
      trail
        .filter((e) => e.action === 'set')
        .map((e) => e.rule)
        .sort(),
    ).toEqual([own.rule.id, rule.rule.id, specific.rule.id, again.rule.id].sort());
    expect(trail.find((e) => e.action === 'replaced')).toMatchObject({
      rule: specific.rule.id,
      by: 'cli:bob',
    });

    // 6. time travel: before any decision was made, nothing was triaged
    const then = await v.exposures.list({ at: beforeTriage });
    expect(then.find((e) => e.key === target.key)).toMatchObject({ suppressed: false, triage: null });

    // 7. an acceptance that runs out brings its exposures back, saying so
    const soon = new Date(Date.now() + 1500).toISOString();
    const brief = await v.triage.set(
      { exposure: twin.key, state: 'accepted_risk', reason: 'until the demo', expires: soon },
      ALICE,
    );
    expect((await byKey()).get(twin.key)?.suppressed).toBe(true);
    await new Promise((r) => setTimeout(r, Date.parse(soon) - Date.now() + 50));
    const back = (await byKey()).get(twin.key);
    expect(back).toMatchObject({ suppressed: false, triage: { rule: brief.rule.id, expired: true } });
    expect(back?.reasons.some((r) => r.question === 'triage' && /back on the list/.test(r.text))).toBe(true);
    expect((await v.triage.audit()).find((e) => e.action === 'expired')).toMatchObject({
      rule: brief.rule.id,
    });
    expect((await v.triage.list()).some((r) => r.id === brief.rule.id)).toBe(false);

    // 8. bad input is refused, each problem named, and nothing is stored
    const stored = (await v.triage.list({ all: true })).length;
    const key = target.key;
    const refused: [Parameters<Vigil['triage']['set']>[0], string][] = [
      [{ exposure: key, state: 'ignored', reason: 'x' }, 'TRIAGE_STATE'],
      [{ exposure: key, state: 'not_affected', reason: 'x' }, 'TRIAGE_JUSTIFICATION'],
      [
        { exposure: key, state: 'not_affected', justification: 'trust me', reason: 'x' },
        'TRIAGE_JUSTIFICATION',
      ],
      [{ exposure: key, state: 'accepted_risk', reason: 'x' }, 'TRIAGE_EXPIRY'],
      [{ exposure: key, state: 'accepted_risk', reason: 'x', expires: '2020-01-01' }, 'TRIAGE_EXPIRY'],
      [{ exposure: key, state: 'affected' }, 'TRIAGE_REASON'],
      [{ vulnerability: 'CVE-1999-0001', state: 'affected', reason: 'x' }, 'TRIAGE_NO_MATCH'],
      [
        { vulnerability: other.vulnerability, environment: 'staging', state: 'affected', reason: 'x' },
        'TRIAGE_NO_MATCH',
      ],
      [{ exposure: 'CVE-1|nonsense', state: 'affected', reason: 'x' }, 'TRIAGE_SCOPE'],
    ];
    for (const [request, code] of refused)
      expect(await issueCodes(v.triage.set(request, ALICE))).toEqual([code]);
    expect(await issueCodes(v.triage.revoke(own.rule.id, {}, ALICE))).toEqual(['TRIAGE_REASON']);
    expect((await v.triage.list({ all: true })).length).toBe(stored);

    // the history shows the triaged step of the life, with who and why
    const history = await v.lifecycle.history(target.vulnerability, { environment: 'production' });
    const frontend = history?.workloads.find((w) => w.workload === 'shop/frontend');
    expect(frontend?.triage.find((e) => e.rule === own.rule.id)).toMatchObject({
      action: 'set',
      state: 'not_affected',
      by: 'cli:alice',
      reason: 'the template engine is never given user input',
    });

    // 9. triage is not remediation: the decided exposure stays open in its life until a build without it runs
    await v.lifecycle.track();
    const life = `${target.vulnerability}|production/shop/frontend`;
    expect((await v.lifecycle.rows()).find((r) => r.key === life)).toMatchObject({
      state: 'open',
      suppressed: true,
    });
    const fixed = FRONTEND.components.filter(
      (c) => c.purl !== target.component.purl && `${c.name}` !== target.component.name,
    );
    await ingest(DIGEST_B, fixed);
    await deploy(DIGEST_B, 'shop/frontend');
    await v.exposures.evaluate();
    await v.lifecycle.track();
    expect((await v.lifecycle.rows()).find((r) => r.key === life)).toMatchObject({
      state: 'remediated',
      closedBy: 'fixed_deployed',
    });
    // a regression to the old build reopens it, and the decision on that exposure still holds
    await deploy(DIGEST_A, 'shop/frontend');
    await v.lifecycle.track();
    expect((await v.lifecycle.rows()).find((r) => r.key === life)).toMatchObject({
      state: 'open',
      reopened: 1,
    });
    expect((await byKey()).get(target.key)).toMatchObject({
      suppressed: true,
      triage: { rule: own.rule.id },
    });
  }, 240_000);
});
