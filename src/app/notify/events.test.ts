import { describe, expect, it } from 'vitest';
import type { ExposureTransition } from '../lifecycle/index.js';
import { backoffMs, eventsOf, nextDigestAt, type Subscription, wants } from './events.js';

const transition = (over: Partial<ExposureTransition>): ExposureTransition => ({
  kind: 'opened',
  at: '2026-12-04T10:00:00.000Z',
  key: 'CVE-2099-1|production/shop/web',
  vulnerability: 'CVE-2099-1',
  ids: ['CVE-2099-1', 'GHSA-aaaa-bbbb-cccc', 'PYSEC-2099-1'],
  summary: 'a flaw',
  environment: 'production',
  tier: 'production',
  team: 'shop',
  workload: 'shop/web',
  artifact: `sha256:${'a'.repeat(64)}`,
  artifactName: 'ghcr.io/acme/web:1',
  component: 'pkg:pypi/jinja2@2.10',
  decision: 'Attend',
  previousDecision: null,
  score: 60,
  kev: false,
  suppressed: false,
  fixedVersion: '2.11',
  firstSeen: '2026-12-04T10:00:00.000Z',
  closedBy: null,
  dueAt: null,
  ...over,
});
let n = 0;
const ids = () => `msg_${++n}`;
const subscription = (over: Partial<Subscription>): Subscription => ({
  id: 1,
  name: 's',
  channel: 'webhook',
  url: 'https://hooks.example.com/',
  kevOnly: false,
  kinds: ['opened', 'reopened', 'remediated', 'decision_raised', 'kev_added', 'sla_breached'],
  createdBy: 'cli:a',
  createdAt: '2026-12-01T00:00:00.000Z',
  ...over,
});

describe('notification events', () => {
  it('makes one event per kind, vulnerability and environment, with every workload and the most urgent decision', () => {
    const events = eventsOf(
      [
        transition({}),
        transition({ key: 'CVE-2099-1|production/shop/api', workload: 'shop/api', decision: 'Act' }),
        transition({ key: 'CVE-2099-1|staging/shop/web', environment: 'staging' }),
        transition({ kind: 'kev_added', kev: true }),
        transition({ key: 'CVE-2099-1|production/shop/batch', workload: 'shop/batch', suppressed: true }),
        transition({ kind: 'remediated', suppressed: true, closedBy: 'fixed_deployed' }),
      ],
      '2026-12-04T10:00:00.000Z',
      ids,
    );
    expect(
      events.map(
        (e) =>
          `${e.data.kind} ${e.data.environment} ${e.data.decision} ${e.data.workloads.map((w) => w.workload).join(',')}`,
      ),
    ).toEqual([
      'opened production Act shop/api,shop/web',
      'opened staging Attend shop/web',
      'kev_added production Attend shop/web',
      'remediated production Attend shop/web',
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(4);
  });

  it('applies every filter a subscription sets', () => {
    const [event] = eventsOf([transition({ decision: 'Attend' })], '2026-12-04T10:00:00.000Z', ids);
    const e = event?.data;
    if (!e) throw new Error('no event');
    expect(wants(subscription({}), e)).toBe(true);
    expect(wants(subscription({ team: 'shop', environment: 'production' }), e)).toBe(true);
    expect(wants(subscription({ team: 'search' }), e)).toBe(false);
    expect(wants(subscription({ environment: 'staging' }), e)).toBe(false);
    expect(wants(subscription({ minDecision: 'Attend' }), e)).toBe(true);
    expect(wants(subscription({ minDecision: 'Act' }), e)).toBe(false);
    expect(wants(subscription({ kevOnly: true }), e)).toBe(false);
    expect(wants(subscription({ package: 'pkg:pypi/jinja2' }), e)).toBe(true);
    expect(wants(subscription({ package: 'pkg:pypi/flask' }), e)).toBe(false);
    expect(wants(subscription({ advisory: 'ghsa-aaaa-bbbb-cccc' }), e)).toBe(true);
    expect(wants(subscription({ advisory: 'CVE-2099-2' }), e)).toBe(false);
    expect(wants(subscription({ kinds: ['remediated'] }), e)).toBe(false);
  });

  it('times digests to period ends and backs off exponentially with jitter, capped', () => {
    expect(nextDigestAt('2026-12-04T10:07:00.000Z', 15)).toBe('2026-12-04T10:15:00.000Z');
    expect(nextDigestAt('2026-12-04T10:15:00.000Z', 15)).toBe('2026-12-04T10:30:00.000Z');
    expect(backoffMs(1, () => 0.5)).toBe(5_000);
    expect(backoffMs(3, () => 0.5)).toBe(20_000);
    expect(backoffMs(2, () => 0)).toBe(8_000);
    expect(backoffMs(2, () => 1)).toBe(12_000);
    expect(backoffMs(40, () => 0.5)).toBe(3_600_000);
  });
});
