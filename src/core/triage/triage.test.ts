import { describe, expect, it } from 'vitest';
import { parsePurl } from '../purl/index.js';
import { checkTriageRequest } from './check-triage.js';
import {
  compileTriageRules,
  pickTriage,
  type TriageRule,
  type TriageTarget,
  triageScopeKey,
} from './triage-rule.js';

const NOW = '2026-12-04T12:00:00.000Z';
const DIGEST = `sha256:${'c'.repeat(64)}`;
const purl = (text: string) => {
  const p = parsePurl(text);
  if (!p.ok) throw new Error(text);
  return p.value;
};
const TARGET: TriageTarget = {
  ids: ['GHSA-35jh-r3h4-6jhm', 'CVE-2021-23337'],
  component: purl('pkg:npm/lodash@4.17.20'),
  artifact: DIGEST,
  environment: 'production',
  workload: 'shop/web',
  labels: { team: 'payments', tier: 'web' },
};
let id = 0;
const rule = (over: Partial<TriageRule> & Pick<TriageRule, 'scope'>): TriageRule => ({
  id: ++id,
  state: 'affected',
  reason: 'r',
  by: 'cli:a',
  at: '2026-12-01T00:00:00.000Z',
  ...over,
});
const pick = (rules: TriageRule[], at = NOW) => pickTriage(compileTriageRules(rules), TARGET, at);

describe('pickTriage', () => {
  it('matches by any id of the vulnerability, case-insensitively, and narrows by every part given', () => {
    expect(pick([rule({ scope: { vulnerability: 'cve-2021-23337' } })]).rule).toBeDefined();
    expect(pick([rule({ scope: { vulnerability: 'CVE-2021-0000' } })]).rule).toBeUndefined();
    const misses = [
      { package: 'pkg:npm/underscore' },
      { package: 'pkg:npm/lodash@4.17.21' },
      { environment: 'staging' },
      { workload: 'shop/api' },
      { artifact: `sha256:${'d'.repeat(64)}` },
      { labels: { team: 'search' } },
      { labels: { team: 'payments', missing: 'x' } },
    ];
    for (const narrowing of misses)
      expect(pick([rule({ scope: { vulnerability: 'CVE-2021-23337', ...narrowing } })]).rule).toBeUndefined();
    const hits = [
      { package: 'pkg:npm/lodash' },
      { package: 'pkg:npm/lodash@4.17.20' },
      { environment: 'production', labels: { team: 'payments' } },
    ];
    for (const narrowing of hits)
      expect(pick([rule({ scope: { vulnerability: 'CVE-2021-23337', ...narrowing } })]).rule).toBeDefined();
  });

  it('lets the most specific decision win, then the latest made, whatever the order given', () => {
    const wide = rule({ scope: { vulnerability: 'CVE-2021-23337' }, at: '2026-12-03T00:00:00.000Z' });
    const pkg = rule({ scope: { vulnerability: 'CVE-2021-23337', package: 'pkg:npm/lodash' } });
    const versioned = rule({ scope: { vulnerability: 'CVE-2021-23337', package: 'pkg:npm/lodash@4.17.20' } });
    const labelled = rule({ scope: { vulnerability: 'CVE-2021-23337', labels: { team: 'payments' } } });
    const workload = rule({ scope: { vulnerability: 'CVE-2021-23337', workload: 'shop/web' } });
    const all = [wide, pkg, versioned, labelled, workload];
    expect(pick(all).rule?.id).toBe(workload.id);
    expect(pick([...all].reverse()).rule?.id).toBe(workload.id);
    expect(pick([wide, pkg, versioned]).rule?.id).toBe(versioned.id);
    expect(pick([wide, labelled]).rule?.id).toBe(labelled.id);
    const newer = rule({ scope: { vulnerability: 'GHSA-35JH-R3H4-6JHM' }, at: '2026-12-04T00:00:00.000Z' });
    expect(pick([newer, wide]).rule?.id).toBe(newer.id);
    expect(pick([wide, newer]).rule?.id).toBe(newer.id);
  });

  it('does not apply a decision past its expiry, and reports the acceptance that ran out', () => {
    const accepted = rule({
      scope: { vulnerability: 'CVE-2021-23337', workload: 'shop/web' },
      state: 'accepted_risk',
      expiresAt: '2026-12-04T00:00:00.000Z',
    });
    expect(pick([accepted], '2026-12-03T23:59:59.000Z').rule?.id).toBe(accepted.id);
    expect(pick([accepted], '2026-12-04T00:00:00.000Z')).toEqual({
      expired: expect.objectContaining({ id: accepted.id }),
    });
    const wide = rule({ scope: { vulnerability: 'CVE-2021-23337' }, state: 'in_triage' });
    expect(pick([accepted, wide]).rule?.id).toBe(wide.id);
    expect(pick([accepted, wide]).expired).toBeUndefined();
  });
});

describe('checkTriageRequest', () => {
  const key = `CVE-2021-23337|pkg:npm/lodash@4.17.20|${DIGEST}|production/shop/web`;
  const codes = (r: Parameters<typeof checkTriageRequest>[0]) => {
    const c = checkTriageRequest(r, NOW);
    return c.ok ? [] : c.issues.map((i) => `${i.code} ${i.path}`);
  };

  it("reads one exposure's key into its scope, from the right (a vulnerability id may hold a |)", () => {
    const c = checkTriageRequest({ exposure: key, state: 'in_triage', reason: 'looking' }, NOW);
    expect(c).toEqual({
      ok: true,
      value: {
        scope: {
          vulnerability: 'CVE-2021-23337',
          package: 'pkg:npm/lodash@4.17.20',
          artifact: DIGEST,
          environment: 'production',
          workload: 'shop/web',
        },
        state: 'in_triage',
        reason: 'looking',
      },
    });
    const bare = checkTriageRequest(
      { exposure: `GO-2022-0001|pkg:golang/x@v1.0.0|${DIGEST}|dev/worker`, state: 'affected', reason: 'x' },
      NOW,
    );
    expect(bare.ok && bare.value.scope).toMatchObject({ environment: 'dev', workload: 'worker' });
  });

  it('normalises a rule: the purl canonical, the workload trimmed, labels read', () => {
    const c = checkTriageRequest(
      {
        vulnerability: 'CVE-2021-23337',
        package: 'pkg:NPM/Lodash',
        workload: ' shop/web ',
        labels: ['team=payments'],
        state: 'not_affected',
        justification: 'component_not_present',
        reason: 'removed at build',
        expires: '2027-01-01',
      },
      NOW,
    );
    expect(c.ok && c.value).toEqual({
      scope: {
        vulnerability: 'CVE-2021-23337',
        package: 'pkg:npm/lodash',
        workload: 'shop/web',
        labels: { team: 'payments' },
      },
      state: 'not_affected',
      justification: 'component_not_present',
      reason: 'removed at build',
      expiresAt: '2027-01-01T00:00:00.000Z',
    });
  });

  it('names every problem with its field', () => {
    expect(codes({ exposure: key, state: 'fixed', reason: 'x' })).toEqual(['TRIAGE_STATE state']);
    expect(codes({ exposure: key, state: 'not_affected', reason: 'x' })).toEqual([
      'TRIAGE_JUSTIFICATION justification',
    ]);
    expect(
      codes({ exposure: key, state: 'affected', justification: 'component_not_present', reason: 'x' }),
    ).toEqual(['TRIAGE_JUSTIFICATION justification']);
    expect(codes({ exposure: key, state: 'accepted_risk', reason: 'x' })).toEqual(['TRIAGE_EXPIRY expires']);
    expect(codes({ exposure: key, state: 'accepted_risk', reason: 'x', expires: NOW })).toEqual([
      'TRIAGE_EXPIRY expires',
    ]);
    expect(codes({ exposure: key, state: 'accepted_risk', reason: 'x', expires: 'next week' })).toEqual([
      'TIME_INVALID expires',
    ]);
    expect(codes({ exposure: key, state: 'affected', reason: ' ' })).toEqual(['TRIAGE_REASON reason']);
    expect(codes({ exposure: key, state: 'affected', reason: 'a\u001b[2Jb' })).toEqual([
      'TRIAGE_REASON reason',
    ]);
    expect(codes({ exposure: key, vulnerability: 'CVE-1', state: 'affected', reason: 'x' })).toEqual([
      'TRIAGE_SCOPE exposure',
    ]);
    expect(codes({ exposure: 'CVE-1|pkg:npm/a|x|y', state: 'affected', reason: 'x' })).toEqual([
      'TRIAGE_SCOPE exposure',
    ]);
    expect(codes({ state: 'affected', reason: 'x' })).toEqual(['TRIAGE_SCOPE vulnerability']);
    expect(
      codes({
        vulnerability: 'CVE-1',
        package: 'npm/lodash',
        artifact: 'sha256:abc',
        environment: 'prod/eu',
        workload: 'a/b/c',
        labels: ['team'],
        state: 'wontfix',
        reason: '',
      }),
    ).toEqual([
      'PURL_INVALID package',
      'DIGEST_INVALID artifact',
      'NAME_INVALID environment',
      'WORKLOAD_INVALID workload',
      'TRIAGE_SCOPE labels',
      'TRIAGE_STATE state',
      'TRIAGE_REASON reason',
    ]);
  });

  it('gives one scope one key, whatever the order of its labels', () => {
    const a = triageScopeKey({ vulnerability: 'cve-1', labels: { a: '1', b: '2' } });
    expect(triageScopeKey({ vulnerability: 'CVE-1', labels: { b: '2', a: '1' } })).toBe(a);
    expect(triageScopeKey({ vulnerability: 'CVE-1', labels: { a: '1' } })).not.toBe(a);
    expect(triageScopeKey({ vulnerability: 'CVE-1', environment: 'x' })).not.toBe(
      triageScopeKey({ vulnerability: 'CVE-1', workload: 'x' }),
    );
  });
});
