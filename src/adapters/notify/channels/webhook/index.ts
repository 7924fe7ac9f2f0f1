import { Webhook } from 'standardwebhooks';
import type { OutgoingMessage } from '../../../../app/notify/index.js';
import type { RenderedMessage } from '../rendered-message.js';

/**
 * A generic webhook signed per the Standard Webhooks specification (README.md): the body is
 * `{type, timestamp, data}` — `data` the event (`exposure.<kind>`, or `feed.stale`), or for a digest
 * `{events: [...]}` — and the headers
 * `webhook-id`, `webhook-timestamp`, `webhook-signature` (v1, HMAC-SHA256 over `id.timestamp.body`).
 */
export function renderWebhook(message: OutgoingMessage, at: Date): RenderedMessage {
  const secret = message.subscription.secret;
  if (!secret) throw new Error(`the webhook subscription ${message.subscription.name} has no secret`);
  const first = message.events[0];
  const body = JSON.stringify(
    message.digest
      ? {
          type: 'exposure.digest',
          timestamp: at.toISOString(),
          data: { events: message.events.map((e) => ({ id: e.id, ...e.data })) },
        }
      : {
          type: first?.data.kind === 'feed_stale' ? 'feed.stale' : `exposure.${first?.data.kind}`,
          timestamp: at.toISOString(),
          data: { id: first?.id, ...first?.data },
        },
  );
  const signature = new Webhook(secret).sign(message.id, at, body);
  return {
    body,
    headers: {
      'webhook-id': message.id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': signature,
    },
  };
}
