import { inputError, quoteValue } from '../../core/input/index.js';
import { writeWanted } from './dispatch.js';
import type { FeedStaleData, NotificationEvent } from './events.js';
import type { FeedFreshness, NotifyRepository, StaleEpisode } from './ports.js';

export const FEEDS = ['osv', 'kev', 'epss'] as const;
export type Feed = (typeof FEEDS)[number];

/** Hours without a successful sync after which a feed's scope is stale; 0: never. */
export type FeedStaleHours = Readonly<Record<Feed, number>>;

/**
 * OSV is synced every 15 minutes by serve: a day without a success is an outage. KEV and EPSS are published daily
 * and synced once a day: three days allow for a missed publication and a failed sync or two.
 */
export const DEFAULT_FEED_STALE_HOURS: FeedStaleHours = { osv: 24, kev: 72, epss: 72 };

/**
 * Reads `osv=24,kev=72,epss=72` (any of them; the others keep their default; fractions allowed, 0: never).
 * @throws InputError naming `path` (the setting it came from).
 * @example parseFeedStaleHours('kev=48', 'VIGIL_NOTIFY_FEED_STALE_HOURS') // { osv: 24, kev: 48, epss: 72 }
 */
export function parseFeedStaleHours(text: string | undefined, path: string): FeedStaleHours {
  const hours: Record<Feed, number> = { ...DEFAULT_FEED_STALE_HOURS };
  for (const part of (text ?? '').split(',').map((p) => p.trim())) {
    if (part === '') continue;
    const [feed, value = ''] = part.split('=').map((p) => p.trim());
    const n = Number(value);
    if (!(FEEDS as readonly string[]).includes(feed ?? '') || value === '' || !Number.isFinite(n) || n < 0)
      throw inputError(
        'OPTION_INVALID',
        path,
        `${quoteValue(part)} is not feed=hours; expected e.g. osv=24,kev=72,epss=72 (0: never)`,
      );
    hours[feed as Feed] = n;
  }
  return hours;
}

/**
 * Which staleness episodes begin and end now. A scope is stale once its last success (or, never having had one,
 * its first attempt) is older than its feed's threshold; an episode lasts until the scope is fresh again, so it
 * is told once. A success between two checks followed by new staleness is a new episode.
 */
export function planStaleness(
  freshness: readonly FeedFreshness[],
  episodes: readonly StaleEpisode[],
  hours: FeedStaleHours,
  now: Date,
): { readonly begun: FeedFreshness[]; readonly ended: StaleEpisode[] } {
  const key = (e: { feed: string; scope: string }) => `${e.feed}|${e.scope}`;
  const open = new Map(episodes.map((e) => [key(e), e]));
  const begun: FeedFreshness[] = [];
  const ended: StaleEpisode[] = [];
  for (const f of freshness) {
    const episode = open.get(key(f));
    open.delete(key(f));
    const limit = hours[f.feed] * 3_600_000;
    const stale = limit > 0 && now.getTime() - Date.parse(f.lastSuccess ?? f.firstAttempt) > limit;
    if (episode && (!stale || episode.lastSuccess !== f.lastSuccess)) ended.push(episode);
    if (stale && (!episode || episode.lastSuccess !== f.lastSuccess)) begun.push(f);
  }
  ended.push(...open.values()); // scopes no longer synced at all
  return { begun, ended };
}

/**
 * The `feed_stale` check (serve's leader, on its schedule): in one transaction, one event per feed with the scopes
 * whose staleness begins now, a delivery per subscription that wants it, and the episodes noted — so a check that
 * fails half-way tells nothing, and the next one tells it.
 */
export async function notifyStaleFeeds(deps: {
  readonly transaction: <T>(work: (repo: NotifyRepository) => Promise<T>) => Promise<T>;
  readonly hours: FeedStaleHours;
  readonly now: Date;
  readonly newId: () => string;
}): Promise<NotificationEvent<FeedStaleData>[]> {
  return deps.transaction(async (repo) => {
    const { begun, ended } = planStaleness(
      await repo.feedFreshness(),
      await repo.staleEpisodes(),
      deps.hours,
      deps.now,
    );
    if (begun.length === 0 && ended.length === 0) return [];
    const at = deps.now.toISOString();
    const events = FEEDS.flatMap((feed): NotificationEvent<FeedStaleData>[] => {
      const scopes = begun.filter((f) => f.feed === feed);
      if (scopes.length === 0) return [];
      return [
        {
          id: deps.newId(),
          createdAt: at,
          data: {
            kind: 'feed_stale',
            feed,
            thresholdHours: deps.hours[feed],
            scopes: scopes.map((f) => ({
              scope: f.scope,
              lastSuccess: f.lastSuccess,
              status: f.status,
              error: f.error,
            })),
          },
        },
      ];
    });
    const written = events.length > 0 ? await writeWanted(repo, await repo.subscriptions(), events, at) : [];
    const told = new Map(written.map((e) => [e.data.feed, e.id]));
    await repo.noteStaleEpisodes(
      ended,
      begun.map((f) => ({
        feed: f.feed,
        scope: f.scope,
        lastSuccess: f.lastSuccess,
        eventId: told.get(f.feed) ?? null,
      })),
      at,
    );
    return written;
  });
}
