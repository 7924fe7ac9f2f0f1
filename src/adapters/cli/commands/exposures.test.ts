import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedData } from '../../../../test/support/shared-data.js';
import { STORES, type TestDatabase } from '../../store/test-support/databases.js';
import { runCli } from '../test-support/run-cli.js';

const ALPINE = 'sha256:cbaa390ec61abd889dfa5146a411c11717c19ef9e5e18458dbdc06439076ffe7';

interface JsonExposure {
  vulnerability: string;
  ids: string[];
  decision: string;
  score: number;
  environment: string;
  workload: string;
  component: { name: string; version: string };
  fixedVersion: string | null;
  running: boolean;
  reasons: { text: string }[];
}

describe.each(STORES)('vigil exposures, impact, status: $kind', ({ kind, create }) => {
  let t: TestDatabase;
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    t = await create();
    if (kind === 'embedded') await t.db.close();
    dir = mkdtempSync(join(tmpdir(), 'vigil-exp-'));
    mkdirSync(join(dir, 'Alpine'));
    symlinkSync(sharedData('osv', 'Alpine', 'all.zip'), join(dir, 'Alpine', 'all.zip'));
    env = t.env;
    const sync = await runCli(['feeds', 'sync', '--osv-mirror', dir, '--epss', sharedData('epss')], { env });
    expect(sync.code, sync.stderr).toBe(0);
    expect(
      (
        await runCli(
          ['sbom', 'add', sharedData('sbom', 'cyclonedx', 'cdx-1.4_image_alpine-latest_syft.json')],
          { env },
        )
      ).code,
    ).toBe(0);
    for (const [envName, workload] of [
      ['production', 'shop/web'],
      ['staging', 'shop/web'],
    ]) {
      const r = await runCli(
        [
          'deploy',
          'record',
          '--env',
          envName!,
          '--create-env',
          '--workload',
          workload!,
          '--image',
          `docker.io/library/alpine@${ALPINE}`,
        ],
        { env },
      );
      expect(r.code, r.stderr).toBe(0);
    }
  }, 300_000);
  afterAll(async () => {
    await t?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists the ranked exposures of the deployed image, with reasons and fixed versions', async () => {
    const r = await runCli(['exposures', '--format', 'json'], { env });
    expect(r.code, r.stderr).toBe(0);
    const list = JSON.parse(r.stdout) as JsonExposure[];
    expect(list.length).toBeGreaterThan(0);
    // openssl 1.1.1q-r0 in Alpine 3.16 is fixed in 1.1.1t-r0 for CVE-2023-0286 (Alpine secdb)
    const x = list.find(
      (e) =>
        e.ids.includes('CVE-2023-0286') &&
        e.component.name === 'libcrypto1.1' &&
        e.environment === 'production',
    );
    expect(x?.fixedVersion).toBe('1.1.1t-r0');
    expect(x?.reasons.map((s) => s.text)).toContain('production environment production');
    // ranked: production before staging for the same finding
    const prodIndex = list.findIndex(
      (e) => e.ids.includes('CVE-2023-0286') && e.environment === 'production',
    );
    const stagingIndex = list.findIndex(
      (e) => e.ids.includes('CVE-2023-0286') && e.environment === 'staging',
    );
    expect(prodIndex).toBeGreaterThanOrEqual(0);
    expect(prodIndex).toBeLessThan(stagingIndex);
    const env2 = JSON.parse(
      (await runCli(['exposures', '--format', 'json', '--env', 'staging'], { env })).stdout,
    ) as JsonExposure[];
    expect(new Set(env2.map((e) => e.environment))).toEqual(new Set(['staging']));
    const limited = JSON.parse(
      (await runCli(['exposures', '--format', 'json', '--limit', '2'], { env })).stdout,
    ) as JsonExposure[];
    expect(limited).toEqual(list.slice(0, 2));
  });

  it('writes SARIF 2.1.0', async () => {
    const r = await runCli(['exposures', '--format', 'sarif', '--limit', '3'], { env });
    const sarif = JSON.parse(r.stdout) as {
      version: string;
      runs: { results: { ruleId: string; level: string }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results).toHaveLength(3);
  });

  it('honours --fail-on as a CI gate, and refuses bad options with exit 2', async () => {
    const list = JSON.parse(
      (await runCli(['exposures', '--format', 'json'], { env })).stdout,
    ) as JsonExposure[];
    const attend = list.some((e) => e.decision === 'Act' || e.decision === 'Attend');
    expect((await runCli(['exposures', '--fail-on', 'attend'], { env })).code).toBe(attend ? 3 : 0);
    const act = list.some((e) => e.decision === 'Act');
    expect((await runCli(['exposures', '--fail-on', 'act'], { env })).code).toBe(act ? 3 : 0);
    const bad = await runCli(['exposures', '--fail-on', 'sometimes'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--fail-on: "sometimes" is not a level; expected act or attend');
  });

  it('answers impact by any alias, with the component path', async () => {
    const r = await runCli(['impact', 'CVE-2023-0286', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    const impact = JSON.parse(r.stdout) as {
      ids: string[];
      exposures: { environment: string; workload: string; path: string[] }[];
    };
    expect(impact.ids).toContain('CVE-2023-0286');
    expect(new Set(impact.exposures.map((e) => `${e.environment}/${e.workload}`))).toEqual(
      new Set(['production/shop/web', 'staging/shop/web']),
    );
    expect(impact.exposures[0]?.path.length).toBeGreaterThanOrEqual(2);
    const missing = await runCli(['impact', 'CVE-1999-0000'], { env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no advisory has the id CVE-1999-0000');
  });

  it("travels in time, and tells one vulnerability's history and the MTTR", async () => {
    const past = await runCli(['exposures', '--at', '2000-01-01', '--format', 'json'], { env });
    expect(past.code, past.stderr).toBe(0);
    expect(JSON.parse(past.stdout)).toEqual([]); // nothing ran then
    const bad = await runCli(['exposures', '--at', 'yesterday'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('TIME_INVALID');

    const r = await runCli(['exposure', 'history', 'CVE-2023-0286', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    const history = JSON.parse(r.stdout) as {
      ids: string[];
      workloads: {
        environment: string;
        workload: string;
        exposed: { to: string | null; components: string[] }[];
      }[];
    };
    expect(history.ids).toContain('CVE-2023-0286');
    expect(history.workloads.map((w) => `${w.environment}/${w.workload}`)).toEqual([
      'production/shop/web',
      'staging/shop/web',
    ]);
    for (const w of history.workloads) {
      expect(w.exposed.map((x) => x.to)).toEqual([null]);
      expect(w.exposed[0]?.components.some((c) => c.startsWith('pkg:apk/alpine/libcrypto1.1@'))).toBe(true);
    }
    const staging = await runCli(['exposure', 'history', 'CVE-2023-0286', '--env', 'staging'], { env });
    expect(staging.code, staging.stderr).toBe(0);
    expect(staging.stdout).toContain('1 workloads ever exposed');
    expect(staging.stdout).not.toContain('production');
    const unknown = await runCli(['exposure', 'history', 'CVE-1999-0000'], { env });
    expect(unknown.code).toBe(1);

    const mttr = await runCli(['mttr', '--json'], { env });
    expect(mttr.code, mttr.stderr).toBe(0);
    expect(JSON.parse(mttr.stdout)).toEqual([]); // nothing remediated
    expect((await runCli(['mttr', '--period', 'year'], { env })).code).toBe(2);
  });

  it('counts by decision and environment', async () => {
    const r = await runCli(['status', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    const status = JSON.parse(r.stdout) as {
      byEnvironment: { environment: string; counts: Record<string, number> }[];
    };
    const list = JSON.parse(
      (await runCli(['exposures', '--format', 'json'], { env })).stdout,
    ) as JsonExposure[];
    for (const e of status.byEnvironment) {
      const total = Object.values(e.counts).reduce((a, b) => a + b, 0);
      expect(total).toBe(list.filter((x) => x.environment === e.environment).length);
    }
  });

  it('a VEX not_affected statement suppresses an exposure, which --all still lists with the statement', async () => {
    const vex = join(dir, 'alpine.openvex.json');
    writeFileSync(
      vex,
      JSON.stringify({
        '@context': 'https://openvex.dev/ns/v0.2.0',
        '@id': 'https://example.com/vex/alpine-openssl',
        author: 'Platform team',
        timestamp: '2026-11-01T00:00:00Z',
        version: 1,
        statements: [
          {
            vulnerability: { name: 'CVE-2023-0286' },
            products: [{ '@id': 'pkg:apk/alpine/libcrypto1.1@1.1.1q-r0' }],
            status: 'not_affected',
            justification: 'vulnerable_code_not_in_execute_path',
          },
        ],
      }),
    );
    expect((await runCli(['vex', 'add', vex], { env })).code).toBe(0);
    const hit = (e: JsonExposure) => e.ids.includes('CVE-2023-0286') && e.component.name === 'libcrypto1.1';
    const shown = JSON.parse(
      (await runCli(['exposures', '--format', 'json'], { env })).stdout,
    ) as JsonExposure[];
    expect(shown.filter(hit)).toEqual([]);
    // the same vulnerability in libssl1.1 is not covered by the statement
    expect(shown.some((e) => e.ids.includes('CVE-2023-0286') && e.component.name === 'libssl1.1')).toBe(true);
    const all = JSON.parse(
      (await runCli(['exposures', '--format', 'json', '--all'], { env })).stdout,
    ) as (JsonExposure & {
      suppressed: boolean;
    })[];
    const suppressed = all.filter(hit);
    expect(suppressed.map((e) => e.environment).sort()).toEqual(['production', 'staging']);
    for (const e of suppressed) {
      expect(e.suppressed).toBe(true);
      expect(e.reasons.at(-1)?.text).toBe(
        `VEX not_affected (vulnerable_code_not_in_execute_path) from ${vex}: suppressed`,
      );
    }
    const table = await runCli(['exposures'], { env });
    expect(table.stdout).toMatch(/; 2 suppressed by triage or VEX \(--all shows them\)/);
  });

  it('triages from the CLI: errors name the flags, the decision shows in the listing, the trail keeps it', async () => {
    const listed = async (...args: string[]) => {
      const r = await runCli(['exposures', '--format', 'json', ...args], { env });
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as (JsonExposure & { key: string; suppressed: boolean })[];
    };
    const target = (await listed()).find((e) => e.environment === 'staging' && !e.suppressed);
    if (!target) throw new Error('no staging exposure');
    const bad = await runCli(['triage', 'set', target.key, '--state', 'accepted_risk', '--reason', 'x'], {
      env,
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/error: --expires: accepted_risk needs an expiry.*\[TRIAGE_EXPIRY\]/);
    const none = await runCli(
      ['triage', 'set', '--vulnerability', 'CVE-1999-0001', '--state', 'affected', '--reason', 'x'],
      { env },
    );
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/error: --vulnerability: no current exposure .*\[TRIAGE_NO_MATCH\]/);
    const badKey = await runCli(['triage', 'set', 'nonsense', '--state', 'affected', '--reason', 'x'], {
      env,
    });
    expect(badKey.stderr).toMatch(/error: EXPOSURE: "nonsense" is not an exposure key.*\[TRIAGE_SCOPE\]/);

    const set = await runCli(
      [
        'triage',
        'set',
        target.key,
        '--state',
        'false_positive',
        '--reason',
        'backported fix',
        '--by',
        'dana',
      ],
      { env },
    );
    expect(set.code, set.stderr).toBe(0);
    const id = /^#(\d+) false_positive: /.exec(set.stdout)?.[1];
    expect(id).toBeDefined();
    expect(set.stdout).toMatch(/covers 1 current exposure\n/);
    expect((await listed()).some((e) => e.key === target.key)).toBe(false);
    expect((await listed('--all', '--triage', 'false_positive')).map((e) => e.key)).toEqual([target.key]);
    expect((await listed('--triage', 'untriaged')).some((e) => e.key === target.key)).toBe(false);
    const table = await runCli(['exposures', '--all', '--env', 'staging'], { env });
    expect(table.stdout).toMatch(new RegExp(`\\(triage\\) .* false_positive #${id}`));
    const rules = await runCli(['triage', 'list'], { env });
    expect(rules.stdout).toMatch(new RegExp(`^${id} +false_positive .*cli:dana .*backported fix$`, 'm'));

    expect((await runCli(['triage', 'revoke', String(id)], { env })).stderr).toMatch(
      /error: --reason: .*\[TRIAGE_REASON\]/,
    );
    const revoked = await runCli(['triage', 'revoke', String(id), '--reason', 'it is not', '--by', 'erin'], {
      env,
    });
    expect(revoked.code, revoked.stderr).toBe(0);
    expect((await runCli(['triage', 'revoke', String(id), '--reason', 'again'], { env })).code).toBe(1);
    const audit = JSON.parse((await runCli(['triage', 'audit', '--json'], { env })).stdout) as {
      action: string;
      by: string;
      rule: number;
    }[];
    expect(audit.slice(0, 2).map((e) => `${e.action} ${e.by} ${e.rule}`)).toEqual([
      `revoked cli:erin ${id}`,
      `set cli:dana ${id}`,
    ]);
    expect((await listed()).some((e) => e.key === target.key)).toBe(true);
    const filter = await runCli(['exposures', '--triage', 'maybe'], { env });
    expect(filter.code).toBe(2);
    expect(filter.stderr).toMatch(/error: --triage: "maybe" is not a triage filter/);
  });
});
