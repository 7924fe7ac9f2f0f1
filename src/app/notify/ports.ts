import type { NotificationEvent, Subscription } from './events.js';

/** A delivery claimed by a dispatcher: the event, where it goes, and how many tries it has had. */
export interface ClaimedDelivery {
  readonly event: NotificationEvent;
  readonly subscription: Subscription;
  /** Tries so far, this one included. */
  readonly attempts: number;
}

/** What the staleness check reads of a feed scope's syncs (an OSV ecosystem; `''` for KEV and EPSS). */
export interface FeedFreshness {
  readonly feed: 'osv' | 'kev' | 'epss';
  readonly scope: string;
  /** When its newest successful sync finished; null: none ever did. */
  readonly lastSuccess: string | null;
  /** When its first sync started: a scope that never synced successfully is stale counted from then. */
  readonly firstAttempt: string;
  /** Its newest sync's status and error. */
  readonly status: string;
  readonly error: string | null;
}

/** A staleness episode already notified: a scope stale since its last success (null: it never had one). */
export interface StaleEpisode {
  readonly feed: FeedFreshness['feed'];
  readonly scope: string;
  readonly lastSuccess: string | null;
}

export interface DeliveryRow {
  readonly eventId: string;
  readonly subscription: string;
  readonly kind: string;
  readonly vulnerability: string;
  readonly environment: string;
  readonly state: 'pending' | 'delivered' | 'dead';
  readonly attempts: number;
  readonly nextAt: string;
  readonly lastError: string | null;
  readonly deliveredAt: string | null;
  readonly createdAt: string;
}

/** Where subscriptions, events and deliveries are kept (migrations/014_notifications.sql). */
export interface NotifyRepository {
  subscriptions(): Promise<Subscription[]>;
  addSubscription(s: Omit<Subscription, 'id'>): Promise<Subscription>;
  /** False when no subscription has the id. */
  removeSubscription(id: number): Promise<boolean>;
  /** Writes events and their deliveries (each due at its time); inside the caller's transaction. */
  writeOutbox(
    events: readonly NotificationEvent[],
    deliveries: readonly { eventId: string; subscriptionId: number; dueAt: string }[],
  ): Promise<void>;
  /**
   * Claims up to `limit` due pending deliveries (SKIP LOCKED: dispatchers never share one), counting the try and
   * moving `next_at` to `leaseUntil`: a dispatcher that dies leaves them to be claimed again then.
   */
  claimDue(now: string, leaseUntil: string, limit: number): Promise<ClaimedDelivery[]>;
  markDelivered(keys: readonly { eventId: string; subscriptionId: number }[], at: string): Promise<void>;
  /** Back to pending at `retryAt`, or dead when `dead`. */
  markFailed(
    keys: readonly { eventId: string; subscriptionId: number }[],
    failure: { readonly error: string; readonly retryAt: string; readonly dead: boolean },
  ): Promise<void>;
  /** Dead deliveries (or every one since `since`) back to pending now, tries reset; how many. */
  replay(opts: { readonly since?: string; readonly all: boolean; readonly now: string }): Promise<number>;
  deliveries(limit: number): Promise<DeliveryRow[]>;
  /** Every feed scope that has had a sync, with its newest success (migrations/002_feeds.sql). */
  feedFreshness(): Promise<FeedFreshness[]>;
  /** The staleness episodes notified and not over yet (migrations/016_feed_staleness.sql). */
  staleEpisodes(): Promise<StaleEpisode[]>;
  /** Ends episodes, then records begun ones with the event that told them (null: none was wanted). */
  noteStaleEpisodes(
    ended: readonly StaleEpisode[],
    begun: readonly (StaleEpisode & { readonly eventId: string | null })[],
    at: string,
  ): Promise<void>;
}
