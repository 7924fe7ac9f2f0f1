import type {
  ClaimedDelivery,
  DeliveryRow,
  FeedFreshness,
  NotificationData,
  NotifyRepository,
  Subscription,
} from '../../app/notify/index.js';
import type { SqlClient } from './sql-client.js';
import { unnestQuery } from './unnest.js';

/** Notification subscriptions, the outbox and its deliveries over SQL (migrations/014_notifications.sql). */
export function createNotifyRepository(db: SqlClient): NotifyRepository {
  return {
    async subscriptions() {
      return (await db.query<SubscriptionRow>(`SELECT * FROM notification_subscriptions ORDER BY id`)).map(
        subscriptionOf,
      );
    },
    async addSubscription(s) {
      const [row] = await db.query<SubscriptionRow>(
        `INSERT INTO notification_subscriptions (name, channel, url, secret, team, environment, min_decision,
           kev_only, package, advisory, kinds, digest_minutes, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING *`,
        [
          s.name,
          s.channel,
          s.url,
          s.secret ?? null,
          s.team ?? null,
          s.environment ?? null,
          s.minDecision ?? null,
          s.kevOnly,
          s.package ?? null,
          s.advisory ?? null,
          s.kinds,
          s.digestMinutes ?? null,
          s.createdBy,
          s.createdAt,
        ],
      );
      return subscriptionOf(row as SubscriptionRow);
    },
    async removeSubscription(id) {
      return (
        (await db.query('DELETE FROM notification_subscriptions WHERE id = $1 RETURNING id', [id])).length > 0
      );
    },
    async writeOutbox(events, deliveries) {
      await unnestQuery(
        db,
        (u) => `INSERT INTO notification_events (id, kind, vulnerability, environment, payload, created_at)
          SELECT i, k, v, e, p::jsonb, c FROM ${u} AS x(i, k, v, e, p, c)`,
        ['text', 'text', 'text', 'text', 'text', 'timestamptz'],
        [
          events.map((e) => e.id),
          events.map((e) => e.data.kind),
          // a stale feed has no vulnerability nor environment: the feed, and '' (migrations/016)
          events.map((e) => (e.data.kind === 'feed_stale' ? e.data.feed : e.data.vulnerability)),
          events.map((e) => (e.data.kind === 'feed_stale' ? '' : e.data.environment)),
          events.map((e) => JSON.stringify(e.data)),
          events.map((e) => e.createdAt),
        ],
      );
      await unnestQuery(
        db,
        (u) => `INSERT INTO notification_deliveries (event_id, subscription_id, state, next_at)
          SELECT e, s, 'pending', d FROM ${u} AS x(e, s, d)`,
        ['text', 'int8', 'timestamptz'],
        [
          deliveries.map((d) => d.eventId),
          deliveries.map((d) => d.subscriptionId),
          deliveries.map((d) => d.dueAt),
        ],
      );
    },
    claimDue: (now, leaseUntil, limit) =>
      db.transaction(async (tx) => {
        const rows = await tx.query<
          SubscriptionRow & {
            event_id: string;
            attempts: number;
            payload: NotificationData;
            event_created_at: Date | string;
          }
        >(
          `WITH due AS (
             SELECT event_id, subscription_id FROM notification_deliveries
             WHERE state = 'pending' AND next_at <= $1 ORDER BY next_at LIMIT $3 FOR UPDATE SKIP LOCKED
           ), claimed AS (
             UPDATE notification_deliveries d SET attempts = d.attempts + 1, next_at = $2
             FROM due WHERE d.event_id = due.event_id AND d.subscription_id = due.subscription_id
             RETURNING d.event_id, d.subscription_id, d.attempts
           )
           SELECT s.*, c.event_id, c.attempts, e.payload, e.created_at AS event_created_at
           FROM claimed c JOIN notification_events e ON e.id = c.event_id
             JOIN notification_subscriptions s ON s.id = c.subscription_id`,
          [now, leaseUntil, limit],
        );
        return rows.map(
          (r): ClaimedDelivery => ({
            event: { id: r.event_id, createdAt: iso(r.event_created_at), data: r.payload },
            subscription: subscriptionOf(r),
            attempts: r.attempts,
          }),
        );
      }),
    async markDelivered(keys, at) {
      await unnestQuery(
        db,
        (u) => `UPDATE notification_deliveries d SET state = 'delivered', delivered_at = $1, last_error = NULL
          FROM ${u} AS x(e, s) WHERE d.event_id = x.e AND d.subscription_id = x.s`,
        ['text', 'int8'],
        [keys.map((k) => k.eventId), keys.map((k) => k.subscriptionId)],
        [at],
      );
    },
    async markFailed(keys, failure) {
      await unnestQuery(
        db,
        (u) => `UPDATE notification_deliveries d SET state = $1, next_at = $2, last_error = $3
          FROM ${u} AS x(e, s) WHERE d.event_id = x.e AND d.subscription_id = x.s`,
        ['text', 'int8'],
        [keys.map((k) => k.eventId), keys.map((k) => k.subscriptionId)],
        [failure.dead ? 'dead' : 'pending', failure.retryAt, failure.error],
      );
    },
    async replay({ since, all, now }) {
      const rows = await db.query(
        `UPDATE notification_deliveries d SET state = 'pending', attempts = 0, next_at = $1, last_error = NULL
         FROM notification_events e WHERE e.id = d.event_id
           AND (d.state = 'dead' OR $2) AND ($3::timestamptz IS NULL OR e.created_at >= $3::timestamptz)
         RETURNING d.event_id`,
        [now, all, since ?? null],
      );
      return rows.length;
    },
    async deliveries(limit) {
      const rows = await db.query<{
        event_id: string;
        name: string;
        kind: string;
        vulnerability: string;
        environment: string;
        state: DeliveryRow['state'];
        attempts: number;
        next_at: Date | string;
        last_error: string | null;
        delivered_at: Date | string | null;
        created_at: Date | string;
      }>(
        `SELECT d.event_id, s.name, e.kind, e.vulnerability, e.environment, d.state, d.attempts, d.next_at,
           d.last_error, d.delivered_at, e.created_at
         FROM notification_deliveries d JOIN notification_events e ON e.id = d.event_id
           JOIN notification_subscriptions s ON s.id = d.subscription_id
         ORDER BY e.created_at DESC, d.event_id, s.name LIMIT $1`,
        [limit],
      );
      return rows.map((r) => ({
        eventId: r.event_id,
        subscription: r.name,
        kind: r.kind,
        vulnerability: r.vulnerability,
        environment: r.environment,
        state: r.state,
        attempts: r.attempts,
        nextAt: iso(r.next_at),
        lastError: r.last_error,
        deliveredAt: r.delivered_at === null ? null : iso(r.delivered_at),
        createdAt: iso(r.created_at),
      }));
    },
    async feedFreshness() {
      const rows = await db.query<{
        feed: FeedFreshness['feed'];
        scope: string;
        last_success: Date | string | null;
        first_attempt: Date | string;
        status: string;
        error: string | null;
      }>(
        `SELECT feed, scope, max(finished_at) FILTER (WHERE status = 'done') AS last_success,
           min(started_at) AS first_attempt, (array_agg(status ORDER BY id DESC))[1] AS status,
           (array_agg(error ORDER BY id DESC))[1] AS error
         FROM feed_syncs GROUP BY feed, scope ORDER BY feed, scope`,
      );
      return rows.map((r) => ({
        feed: r.feed,
        scope: r.scope,
        lastSuccess: r.last_success === null ? null : iso(r.last_success),
        firstAttempt: iso(r.first_attempt),
        status: r.status,
        error: r.error,
      }));
    },
    async staleEpisodes() {
      const rows = await db.query<{
        feed: FeedFreshness['feed'];
        scope: string;
        last_success: Date | string | null;
      }>('SELECT feed, scope, last_success FROM notification_feed_staleness ORDER BY feed, scope');
      return rows.map((r) => ({
        feed: r.feed,
        scope: r.scope,
        lastSuccess: r.last_success === null ? null : iso(r.last_success),
      }));
    },
    async noteStaleEpisodes(ended, begun, at) {
      await unnestQuery(
        db,
        (u) => `DELETE FROM notification_feed_staleness n USING ${u} AS x(f, s)
          WHERE n.feed = x.f AND n.scope = x.s`,
        ['text', 'text'],
        [ended.map((e) => e.feed), ended.map((e) => e.scope)],
      );
      await unnestQuery(
        db,
        (u) => `INSERT INTO notification_feed_staleness (feed, scope, last_success, event_id, noticed_at)
          SELECT f, s, l, e, $1 FROM ${u} AS x(f, s, l, e)`,
        ['text', 'text', 'timestamptz', 'text'],
        [
          begun.map((b) => b.feed),
          begun.map((b) => b.scope),
          begun.map((b) => b.lastSuccess),
          begun.map((b) => b.eventId),
        ],
        [at],
      );
    },
  };
}

interface SubscriptionRow {
  id: number | string;
  name: string;
  channel: Subscription['channel'];
  url: string;
  secret: string | null;
  team: string | null;
  environment: string | null;
  min_decision: Subscription['minDecision'] | null;
  kev_only: boolean;
  package: string | null;
  advisory: string | null;
  kinds: Subscription['kinds'];
  digest_minutes: number | null;
  created_by: string;
  created_at: Date | string;
}

const iso = (t: Date | string): string => new Date(t).toISOString();

function subscriptionOf(r: SubscriptionRow): Subscription {
  return {
    id: Number(r.id),
    name: r.name,
    channel: r.channel,
    url: r.url,
    ...(r.secret !== null ? { secret: r.secret } : {}),
    ...(r.team !== null ? { team: r.team } : {}),
    ...(r.environment !== null ? { environment: r.environment } : {}),
    ...(r.min_decision !== null && r.min_decision !== undefined ? { minDecision: r.min_decision } : {}),
    kevOnly: r.kev_only,
    ...(r.package !== null ? { package: r.package } : {}),
    ...(r.advisory !== null ? { advisory: r.advisory } : {}),
    kinds: r.kinds,
    ...(r.digest_minutes !== null ? { digestMinutes: r.digest_minutes } : {}),
    createdBy: r.created_by,
    createdAt: iso(r.created_at),
  };
}
