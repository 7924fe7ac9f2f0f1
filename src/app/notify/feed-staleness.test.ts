import { describe, expect, it } from 'vitest';
import { isInputError } from '../../core/input/index.js';
import { type FeedStaleData, type Subscription, wants } from './events.js';
import { DEFAULT_FEED_STALE_HOURS, parseFeedStaleHours, planStaleness } from './feed-staleness.js';
import type { FeedFreshness, StaleEpisode } from './ports.js';
import { checkSubscription } from './subscriptions.js';

const NOW = new Date('2026-12-04T12:00:00.000Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();
const fresh = (over: Partial<FeedFreshness>): FeedFreshness => ({
  feed: 'osv',
  scope: 'PyPI',
  lastSuccess: hoursAgo(1),
  firstAttempt: hoursAgo(500),
  status: 'done',
  error: null,
  ...over,
});
const episode = (over: Partial<StaleEpisode>): StaleEpisode => ({
  feed: 'osv',
  scope: 'PyPI',
  lastSuccess: hoursAgo(30),
  ...over,
});
const keys = (list: readonly { feed: string; scope: string }[]) => list.map((e) => `${e.feed}|${e.scope}`);

describe('feed staleness', () => {
  // [case, freshness, open episodes, begun, ended]
  it.each<[string, FeedFreshness[], StaleEpisode[], string[], string[]]>([
    ['fresh: nothing', [fresh({})], [], [], []],
    [
      'just under the threshold (24 h for OSV): nothing',
      [fresh({ lastSuccess: hoursAgo(23.9) })],
      [],
      [],
      [],
    ],
    ['past it: an episode begins', [fresh({ lastSuccess: hoursAgo(24.1) })], [], ['osv|PyPI'], []],
    [
      'still stale, already told: nothing (once per episode)',
      [fresh({ lastSuccess: hoursAgo(30), status: 'failed' })],
      [episode({})],
      [],
      [],
    ],
    ['fresh again: the episode ends', [fresh({})], [episode({})], [], ['osv|PyPI']],
    [
      'a success between two checks, stale again: a new episode',
      [fresh({ lastSuccess: hoursAgo(25) })],
      [episode({ lastSuccess: hoursAgo(60) })],
      ['osv|PyPI'],
      ['osv|PyPI'],
    ],
    [
      'KEV and EPSS allow three days',
      [
        fresh({ feed: 'kev', scope: '', lastSuccess: hoursAgo(71) }),
        fresh({ feed: 'epss', scope: '', lastSuccess: hoursAgo(73) }),
      ],
      [],
      ['epss|'],
      [],
    ],
    [
      'never synced successfully: counted from the first attempt',
      [
        fresh({ scope: 'npm', lastSuccess: null, firstAttempt: hoursAgo(2), status: 'failed' }),
        fresh({ scope: 'Go', lastSuccess: null, firstAttempt: hoursAgo(25), status: 'failed' }),
      ],
      [],
      ['osv|Go'],
      [],
    ],
    [
      'never synced, still never: told once',
      [fresh({ lastSuccess: null, firstAttempt: hoursAgo(90) })],
      [episode({ lastSuccess: null })],
      [],
      [],
    ],
    ['a scope no longer synced at all: its episode ends', [], [episode({})], [], ['osv|PyPI']],
  ])('%s', (_case, freshness, episodes, begun, ended) => {
    const plan = planStaleness(freshness, episodes, DEFAULT_FEED_STALE_HOURS, NOW);
    expect(keys(plan.begun)).toEqual(begun);
    expect(keys(plan.ended)).toEqual(ended);
  });

  it('a threshold of 0 never tells, and ends an episode in course', () => {
    const off = { ...DEFAULT_FEED_STALE_HOURS, osv: 0 };
    const plan = planStaleness([fresh({ lastSuccess: hoursAgo(1000) })], [episode({})], off, NOW);
    expect(plan).toEqual({ begun: [], ended: [episode({})] });
  });

  it.each([
    [undefined, DEFAULT_FEED_STALE_HOURS],
    ['', DEFAULT_FEED_STALE_HOURS],
    ['kev=48', { osv: 24, kev: 48, epss: 72 }],
    [' osv = 0.5 , epss=0 ', { osv: 0.5, kev: 72, epss: 0 }],
  ])('reads %j', (text, hours) => {
    expect(parseFeedStaleHours(text, 'VIGIL_NOTIFY_FEED_STALE_HOURS')).toEqual(hours);
  });

  it.each(['nvd=24', 'osv', 'osv=', 'osv=-1', 'osv=soon', 'kev=24,=3'])(
    'refuses %j, naming the setting',
    (text) => {
      let caught: unknown;
      try {
        parseFeedStaleHours(text, 'VIGIL_NOTIFY_FEED_STALE_HOURS');
      } catch (error) {
        caught = error;
      }
      expect(isInputError(caught)).toBe(true);
      expect((caught as { issues: { path: string }[] }).issues[0]?.path).toBe(
        'VIGIL_NOTIFY_FEED_STALE_HOURS',
      );
    },
  );

  it('goes to subscriptions that ask for it: global ones by default, others when they list it', () => {
    const who = { actor: 'cli:a', now: NOW.toISOString() };
    const made = (over: object): Subscription => ({
      id: 1,
      ...checkSubscription({ name: 's', url: 'https://hooks.example.com/', ...over }, who),
    });
    const stale: FeedStaleData = {
      kind: 'feed_stale',
      feed: 'osv',
      thresholdHours: 24,
      scopes: [{ scope: 'PyPI', lastSuccess: hoursAgo(30), status: 'failed', error: 'unreachable' }],
    };
    expect(wants(made({}), stale)).toBe(true);
    // decision and KEV filters are about exposures: a global subscription with them still hears of feeds
    expect(wants(made({ minDecision: 'Act', kevOnly: true }), stale)).toBe(true);
    expect(wants(made({ team: 'shop' }), stale)).toBe(false);
    expect(wants(made({ environment: 'production' }), stale)).toBe(false);
    expect(wants(made({ advisory: 'CVE-2099-1' }), stale)).toBe(false);
    expect(wants(made({ package: 'pkg:npm/lodash' }), stale)).toBe(false);
    expect(wants(made({ team: 'shop', kinds: ['feed_stale'] }), stale)).toBe(true);
    expect(wants(made({ kinds: ['opened', 'remediated'] }), stale)).toBe(false);
    expect(made({ team: 'shop' }).kinds).not.toContain('feed_stale');
    expect(made({}).kinds).toContain('feed_stale');
  });
});
