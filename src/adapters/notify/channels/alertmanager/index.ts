import type {
  ExposureNotificationData,
  FeedStaleData,
  NotificationEvent,
  OutgoingMessage,
} from '../../../../app/notify/index.js';
import type { RenderedMessage } from '../rendered-message.js';

/**
 * An Alertmanager webhook payload (version 4), one alert per workload of each event: tools that read
 * Alertmanager's webhooks (and the Prometheus alert shape) take it as is (README.md).
 */
export function renderAlertmanager(message: OutgoingMessage): RenderedMessage {
  const alerts = message.events.flatMap((e) => alertsOf(e));
  const first = message.events[0] as NotificationEvent;
  const resolved = message.events.every((e) => e.data.kind === 'remediated');
  const alertname = first.data.kind === 'feed_stale' ? 'VigilFeedStale' : 'VigilExposure';
  return {
    body: JSON.stringify({
      version: '4',
      groupKey: message.id,
      truncatedAlerts: 0,
      status: resolved ? 'resolved' : 'firing',
      receiver: message.subscription.name,
      groupLabels: message.digest
        ? {}
        : first.data.kind === 'feed_stale'
          ? { feed: first.data.feed }
          : { vulnerability: first.data.vulnerability, environment: first.data.environment },
      commonLabels: message.digest ? {} : { alertname },
      commonAnnotations: {},
      externalURL: '',
      alerts,
    }),
    headers: {},
  };
}

/** An alert of the payload (Alertmanager's webhook `alerts[]`). */
interface Alert {
  readonly status: 'firing' | 'resolved';
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly generatorURL: string;
  readonly fingerprint: string;
}

function alertsOf(e: NotificationEvent): Alert[] {
  return e.data.kind === 'feed_stale'
    ? staleAlertsOf(e as NotificationEvent<FeedStaleData>)
    : exposureAlertsOf(e as NotificationEvent<ExposureNotificationData>);
}

/** One firing alert per stale scope of the feed, once per episode (no resolved alert follows a recovery). */
function staleAlertsOf(e: NotificationEvent<FeedStaleData>): Alert[] {
  const d = e.data;
  return d.scopes.map((s) => ({
    status: 'firing',
    labels: { alertname: 'VigilFeedStale', kind: d.kind, feed: d.feed, scope: s.scope },
    annotations: {
      summary: `the ${d.feed} feed${s.scope ? ` (${s.scope})` : ''} has not synced successfully for over ${d.thresholdHours} h`,
      last_success: s.lastSuccess ?? 'never',
      status: s.status,
      ...(s.error ? { error: s.error.slice(0, 500) } : {}),
    },
    startsAt: e.createdAt,
    endsAt: '0001-01-01T00:00:00Z',
    generatorURL: '',
    fingerprint: `${e.id}:${s.scope}`,
  }));
}

function exposureAlertsOf(e: NotificationEvent<ExposureNotificationData>): Alert[] {
  const d = e.data;
  return d.workloads.map((w) => ({
    status: d.kind === 'remediated' ? 'resolved' : 'firing',
    labels: {
      alertname: 'VigilExposure',
      kind: d.kind,
      vulnerability: d.vulnerability,
      environment: d.environment,
      workload: w.workload,
      component: w.component,
      decision: w.decision,
      kev: String(d.kev),
      ...(d.team ? { team: d.team } : {}),
    },
    annotations: {
      summary: d.summary,
      ids: d.ids.join(', '),
      ...(w.fixedVersion ? { fixed_version: w.fixedVersion } : {}),
      ...(w.dueAt ? { due_at: w.dueAt } : {}),
    },
    startsAt: e.createdAt,
    endsAt: d.kind === 'remediated' ? e.createdAt : '0001-01-01T00:00:00Z',
    generatorURL: '',
    fingerprint: `${e.id}:${w.workload}`,
  }));
}
