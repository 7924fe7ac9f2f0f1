import type { FeedStaleData, NotificationEvent, OutgoingMessage } from '../../../../app/notify/index.js';
import type { RenderedMessage } from '../rendered-message.js';

// Slack mrkdwn control characters; advisory text and names are data, never markup (README.md)
const escapeMrkdwn = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const HEADLINE: Record<string, string> = {
  opened: 'newly exposed',
  reopened: 'exposed again (regression)',
  remediated: 'remediated',
  decision_raised: 'more urgent',
  kev_added: 'now known exploited (CISA KEV)',
  sla_breached: 'past its SLA due date',
};

const FEED_NAME = { osv: 'OSV', kev: 'CISA KEV', epss: 'EPSS' } as const;

function staleLine(d: FeedStaleData): string {
  const scopes = d.scopes
    .slice(0, 10)
    .map(
      (s) =>
        `• ${s.scope ? `${escapeMrkdwn(s.scope)}: ` : ''}last success ${s.lastSuccess ?? 'never'}${s.error ? ` (${escapeMrkdwn(s.error.slice(0, 200))})` : ''}`,
    )
    .join('\n');
  const more = d.scopes.length > 10 ? `\n…and ${d.scopes.length - 10} more` : '';
  return `*${FEED_NAME[d.feed]} feed is stale*: not synced successfully for over ${d.thresholdHours} h; exposures may be missing or out of date\n${scopes}${more}`;
}

function line(e: NotificationEvent): string {
  const d = e.data;
  if (d.kind === 'feed_stale') return staleLine(d);
  const workloads = d.workloads
    .slice(0, 10)
    .map(
      (w) =>
        `• ${escapeMrkdwn(w.workload)}: ${escapeMrkdwn(w.component)}${w.fixedVersion ? ` → fix ${escapeMrkdwn(w.fixedVersion)}` : ''}`,
    )
    .join('\n');
  const more = d.workloads.length > 10 ? `\n…and ${d.workloads.length - 10} more` : '';
  return `*${escapeMrkdwn(d.vulnerability)}* ${HEADLINE[d.kind] ?? escapeMrkdwn(d.kind)} in *${escapeMrkdwn(d.environment)}* (${d.decision}${d.kev ? ', KEV' : ''}): ${escapeMrkdwn(d.summary)}\n${workloads}${more}`;
}

/** A Slack incoming-webhook payload: `text` for notifications, one section block per event. */
export function renderSlack(message: OutgoingMessage): RenderedMessage {
  const text = message.digest
    ? `Vigil digest: ${message.events.length} events`
    : (line(message.events[0] as NotificationEvent).split('\n')[0] as string);
  return {
    body: JSON.stringify({
      text,
      blocks: message.events
        .slice(0, 40)
        .map((e) => ({ type: 'section', text: { type: 'mrkdwn', text: line(e).slice(0, 2900) } })),
    }),
    headers: {},
  };
}
