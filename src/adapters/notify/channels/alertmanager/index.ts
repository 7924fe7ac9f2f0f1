import type { NotificationEvent, OutgoingMessage } from '../../../../app/notify/index.js';
import type { RenderedMessage } from '../rendered-message.js';

/**
 * An Alertmanager webhook payload (version 4), one alert per workload of each event: tools that read
 * Alertmanager's webhooks (and the Prometheus alert shape) take it as is (README.md).
 */
export function renderAlertmanager(message: OutgoingMessage): RenderedMessage {
  const alerts = message.events.flatMap((e) => alertsOf(e));
  const first = message.events[0] as NotificationEvent;
  const resolved = message.events.every((e) => e.data.kind === 'remediated');
  return {
    body: JSON.stringify({
      version: '4',
      groupKey: message.id,
      truncatedAlerts: 0,
      status: resolved ? 'resolved' : 'firing',
      receiver: message.subscription.name,
      groupLabels: message.digest
        ? {}
        : { vulnerability: first.data.vulnerability, environment: first.data.environment },
      commonLabels: { alertname: 'VigilExposure' },
      commonAnnotations: {},
      externalURL: '',
      alerts,
    }),
    headers: {},
  };
}

function alertsOf(e: NotificationEvent) {
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
