import { createHash } from 'node:crypto';
import type { ExposureTransition } from '../lifecycle/index.js';
import {
  backoffMs,
  eventsOf,
  type NotificationEvent,
  nextDigestAt,
  type Subscription,
  wants,
} from './events.js';
import type { ClaimedDelivery, NotifyRepository } from './ports.js';

/**
 * Writes the events of a recording pass and one delivery per subscription that wants each (due now, or at the
 * end of a digest period), with `repo` bound to the recording transaction: the outbox and the change commit
 * together or not at all.
 */
export async function writeOutbox(
  repo: Pick<NotifyRepository, 'subscriptions' | 'writeOutbox'>,
  transitions: readonly ExposureTransition[],
  now: string,
  newId: () => string,
): Promise<NotificationEvent[]> {
  if (transitions.length === 0) return [];
  const subscriptions = await repo.subscriptions();
  if (subscriptions.length === 0) return [];
  return writeWanted(repo, subscriptions, eventsOf(transitions, now, newId), now);
}

/** Writes the events some subscription wants, with their deliveries; the events written. */
export async function writeWanted<E extends NotificationEvent>(
  repo: Pick<NotifyRepository, 'writeOutbox'>,
  subscriptions: readonly Subscription[],
  events: readonly E[],
  now: string,
): Promise<E[]> {
  const deliveries = events.flatMap((e) =>
    subscriptions
      .filter((s) => wants(s, e.data))
      .map((s) => ({
        eventId: e.id,
        subscriptionId: s.id,
        dueAt: s.digestMinutes ? nextDigestAt(now, s.digestMinutes) : now,
      })),
  );
  const wanted = new Set(deliveries.map((d) => d.eventId));
  const kept = events.filter((e) => wanted.has(e.id));
  if (kept.length > 0) await repo.writeOutbox(kept, deliveries);
  return kept;
}

/** One message to send: one event, or a digest subscription's events of the period. */
export interface OutgoingMessage {
  /** Standard Webhooks id: the event's, or for a digest a hash of its events' ids (a resend has the same). */
  readonly id: string;
  readonly subscription: Subscription;
  readonly events: readonly NotificationEvent[];
  readonly digest: boolean;
}

export interface DispatchDeps {
  readonly repo: Pick<NotifyRepository, 'claimDue' | 'markDelivered' | 'markFailed'>;
  /** Sends one message; throws when it was not accepted (a non-2xx answer, a refused or unreachable destination). */
  readonly send: (message: OutgoingMessage) => Promise<void>;
  readonly now: () => Date;
  /** How long a claim holds before another dispatcher may send again (default 60 s). */
  readonly leaseMs?: number;
  /** Tries before a delivery is dead (default 8). */
  readonly maxAttempts?: number;
}

/** Sends what is due now, once; how many messages went out and how many failed. */
export async function dispatchDue(
  deps: DispatchDeps,
  limit = 100,
): Promise<{ readonly sent: number; readonly failed: number; readonly dead: number }> {
  const now = deps.now();
  const claimed = await deps.repo.claimDue(
    now.toISOString(),
    new Date(now.getTime() + (deps.leaseMs ?? 60_000)).toISOString(),
    limit,
  );
  const messages = messagesOf(claimed);
  let sent = 0;
  let failed = 0;
  let dead = 0;
  await Promise.all(
    messages.map(async ({ message, deliveries }) => {
      const keys = deliveries.map((d) => ({ eventId: d.event.id, subscriptionId: d.subscription.id }));
      try {
        await deps.send(message);
        await deps.repo.markDelivered(keys, deps.now().toISOString());
        sent++;
      } catch (error) {
        const attempts = Math.max(...deliveries.map((d) => d.attempts));
        const isDead = attempts >= (deps.maxAttempts ?? 8);
        await deps.repo.markFailed(keys, {
          error: error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500),
          retryAt: new Date(deps.now().getTime() + backoffMs(attempts)).toISOString(),
          dead: isDead,
        });
        failed++;
        if (isDead) dead++;
      }
    }),
  );
  return { sent, failed, dead };
}

/** One message per event, except for digest subscriptions: one per subscription with all its claimed events. */
function messagesOf(claimed: readonly ClaimedDelivery[]) {
  const out: { message: OutgoingMessage; deliveries: ClaimedDelivery[] }[] = [];
  const digests = new Map<number, ClaimedDelivery[]>();
  for (const d of claimed) {
    if (!d.subscription.digestMinutes) {
      out.push({
        message: { id: d.event.id, subscription: d.subscription, events: [d.event], digest: false },
        deliveries: [d],
      });
      continue;
    }
    const list = digests.get(d.subscription.id);
    if (list) list.push(d);
    else digests.set(d.subscription.id, [d]);
  }
  for (const list of digests.values()) {
    const events = list.map((d) => d.event).sort((a, b) => (a.id < b.id ? -1 : 1));
    const id = `msg_${createHash('sha256')
      .update(events.map((e) => e.id).join(','))
      .digest('base64url')
      .slice(0, 32)}`;
    out.push({
      message: { id, subscription: (list[0] as ClaimedDelivery).subscription, events, digest: true },
      deliveries: list,
    });
  }
  return out;
}
