import { describe, expect, it } from 'vitest';
import { assessCvss } from './cvss.js';
import { compareScored, type ExposureFacts, scoreExposure } from './score-exposure.js';
import { ROUND_CONFIG } from './test-support/round-config.js';

// The fixture config has round numbers, so expected scores can be added up by hand below.
const config = ROUND_CONFIG;

const base = (over: Partial<ExposureFacts> = {}): ExposureFacts => ({
  running: true,
  environment: { name: 'prod', tier: 'production', criticality: 'medium', labels: {} },
  workload: { labels: {}, attributes: {} },
  cvss: [],
  ...over,
});
const net98 = assessCvss('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')!;
const kev = { dateAdded: '2021-12-10', dueDate: '2021-12-24', ransomware: true };

describe('assessCvss', () => {
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', '3.1', 9.8, 'N', undefined],
    ['CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N', '3.0', 5.5, 'L', undefined],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A', '4.0', 9.3, 'N', 'attacked'],
    ['CVSS:4.0/AV:P/AC:L/AT:N/PR:N/UI:N/VC:H/VI:L/VA:L/SC:H/SI:H/SA:H', '4.0', undefined, 'P', undefined],
    ['AV:N/AC:L/Au:N/C:P/I:P/A:P', '2.0', 7.5, 'N', undefined],
  ])('%s', (vector, version, score, av, maturity) => {
    const a = assessCvss(vector);
    expect(a?.version).toBe(version);
    if (score !== undefined) expect(a?.baseScore).toBe(score);
    expect(a?.attackVector).toBe(av);
    expect(a?.exploitMaturity).toBe(maturity);
  });
  it.each(['', 'garbage', 'CVSS:3.1/AV:X', 'CVSS:9.9/AV:N'])('refuses %j', (v) => {
    expect(assessCvss(v)).toBeUndefined();
  });
});

describe('scoreExposure', () => {
  it('adds up the signals and names each one', () => {
    const s = scoreExposure(
      base({
        kev,
        cvss: [net98],
        workload: {
          labels: {},
          attributes: { internetFacing: true, exposure: ['Service web type LoadBalancer'] },
        },
      }),
      config,
    );
    // running 10 + production 20 + internet 15 + kev 25 + ransomware 5 + cvss 9.8 + network 3 + medium 3 = 90.8
    expect(s.score).toBe(91);
    expect(s.decision).toBe('Act');
    expect(s.reasons.map((r) => r.text)).toEqual([
      'seen running',
      'production environment prod',
      'internet-facing: Service web type LoadBalancer',
      'in CISA KEV since 2021-12-10 (remediation due 2021-12-24)',
      'known use in ransomware campaigns',
      'CVSS 3.1 base 9.8',
      'attack vector: network',
      'environment criticality medium',
    ]);
  });

  it.each([
    // [label, facts, decision]
    ['KEV, internet-facing', { kev, workload: { labels: {}, attributes: { internetFacing: true } } }, 'Act'],
    ['KEV, internal, production', { kev }, 'Act'],
    [
      'KEV, internal, staging, low criticality',
      { kev, environment: { name: 'stg', tier: 'staging', criticality: 'low', labels: {} } },
      'Attend',
    ],
    [
      'KEV, declared only, staging',
      {
        kev,
        running: false,
        environment: { name: 'stg', tier: 'staging', criticality: 'medium', labels: {} },
      },
      'Track*',
    ],
    [
      'KEV, isolated, critical production',
      {
        kev,
        environment: { name: 'p', tier: 'production', criticality: 'critical', labels: {} },
        workload: { labels: {}, attributes: { networkPolicyIsolated: true } },
      },
      'Attend',
    ],
    [
      'EPSS likely, internet-facing, production',
      {
        epss: { probability: 0.5, percentile: 0.98, date: '2026-08-16' },
        workload: { labels: {}, attributes: { internetFacing: true } },
      },
      'Attend',
    ],
    [
      'EPSS likely, internal, staging',
      {
        epss: { probability: 0.5, percentile: 0.98, date: '2026-08-16' },
        environment: { name: 's', tier: 'staging', criticality: 'medium', labels: {} },
      },
      'Track*',
    ],
    [
      'critical CVSS, internet-facing, no exploitation',
      { cvss: [net98], workload: { labels: {}, attributes: { internetFacing: true } } },
      'Track*',
    ],
    ['critical CVSS, internal, no exploitation', { cvss: [net98] }, 'Track'],
    ['nothing known', {}, 'Track'],
  ] as [string, Partial<ExposureFacts>, string][])('%s → %s', (_label, facts, decision) => {
    expect(scoreExposure(base(facts), config).decision).toBe(decision);
  });

  it('ranks a KEV finding internet-facing in production above the same in an internal staging batch job', () => {
    const prod = scoreExposure(
      base({ kev, cvss: [net98], workload: { labels: {}, attributes: { internetFacing: true } } }),
      config,
    );
    const staging = scoreExposure(
      base({
        kev,
        cvss: [net98],
        environment: { name: 'stg', tier: 'staging', criticality: 'low', labels: {} },
      }),
      config,
    );
    expect(compareScored({ ...prod, key: 'b' }, { ...staging, key: 'a' })).toBeLessThan(0);
    expect(prod.score).toBeGreaterThan(staging.score);
  });

  it('reads criticality and data classification labels; the higher criticality wins', () => {
    const s = scoreExposure(
      base({
        workload: {
          labels: { 'vigil.dev/criticality': 'critical', 'vigil.dev/data-classification': 'Restricted' },
          attributes: {
            privileged: true,
            hostPID: true,
            powerfulServiceAccount: true,
            rbac: ['cluster-admin via ClusterRoleBinding x'],
          },
        },
      }),
      config,
    );
    const texts = s.reasons.map((r) => r.text);
    expect(texts).toContain('workload criticality critical');
    expect(texts).toContain('data classification restricted');
    expect(texts).toContain('runs with privileged container, hostPID');
    expect(texts).toContain('powerful service account: cluster-admin via ClusterRoleBinding x');
    // 10 + 20 + 10 + 6 + 4 + 4
    expect(s.score).toBe(54);
  });

  it.each([
    ['not_affected', true],
    ['fixed', true],
    ['affected', false],
    ['under_investigation', false],
  ])('VEX %s suppresses: %s, and is shown as a reason', (status, suppressed) => {
    const s = scoreExposure(
      base({ kev, vex: { status, justification: 'vulnerable_code_not_present', source: 'vendor.vex.json' } }),
      config,
    );
    expect(s.suppressed).toBe(suppressed);
    expect(s.reasons.at(-1)?.text).toMatch(
      new RegExp(`^VEX ${status} \\(vulnerable_code_not_present\\) from vendor.vex.json`),
    );
    expect(s.decision).toBe('Act');
  });

  it('is deterministic and clamps to 0–100', () => {
    const facts = base({
      kev,
      cvss: [net98],
      epss: { probability: 1, percentile: 1, date: 'd' },
      workload: {
        labels: { 'vigil.dev/criticality': 'critical', 'vigil.dev/data-classification': 'restricted' },
        attributes: { internetFacing: true, privileged: true, powerfulServiceAccount: true },
      },
    });
    expect(scoreExposure(facts, config)).toEqual(scoreExposure(facts, config));
    expect(scoreExposure(facts, config).score).toBe(100);
  });
});
