import type { OutgoingMessage } from '../../app/notify/index.js';
import { renderAlertmanager } from './channels/alertmanager/index.js';
import type { RenderedMessage } from './channels/rendered-message.js';
import { renderSlack } from './channels/slack/index.js';
import { renderWebhook } from './channels/webhook/index.js';
import { checkDestination } from './destination.js';
import { postMessage } from './post-message.js';

const render = (message: OutgoingMessage, at: Date): RenderedMessage => {
  switch (message.subscription.channel) {
    case 'webhook':
      return renderWebhook(message, at);
    case 'slack':
      return renderSlack(message);
    case 'alertmanager':
      return renderAlertmanager(message);
  }
};

/** The dispatcher's sender: renders for the channel, checks the destination after DNS, POSTs. */
export function createNotificationSender(opts: {
  readonly allow: readonly string[];
  readonly timeoutMs?: number;
  readonly now?: () => Date;
}): (message: OutgoingMessage) => Promise<void> {
  return async (message) => {
    const rendered = render(message, (opts.now ?? (() => new Date()))());
    const destination = await checkDestination(message.subscription.url, opts.allow);
    await postMessage(
      destination,
      rendered.body,
      { 'user-agent': 'vigil-notify', ...rendered.headers },
      opts.timeoutMs,
    );
  };
}
