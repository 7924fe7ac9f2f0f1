import type { KubernetesDocument } from '../read-kubernetes-objects.js';

/** A digest made of one repeated hex character, for readable tests: `digest('a')`. */
export const digest = (c: string): string => `sha256:${c.repeat(64)}`;

interface PodOptions {
  readonly namespace?: string;
  readonly labels?: Record<string, string>;
  readonly owner?: { kind: string; name: string };
  readonly image?: string;
  /** The running digest (status imageID); absent: a pod without status, as in a manifest. */
  readonly runs?: string;
  readonly phase?: string;
  readonly startTime?: string;
  readonly spec?: Record<string, unknown>;
}

/** A Pod as `kubectl get pod -o json` shows it (or, without `runs`, as a manifest writes it). */
export function pod(name: string, o: PodOptions = {}): Record<string, unknown> {
  const image = o.image ?? 'registry.example.com/team/app:1.0';
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: o.namespace ?? 'default',
      labels: o.labels ?? { app: name },
      ...(o.owner ? { ownerReferences: [{ apiVersion: 'apps/v1', controller: true, ...o.owner }] } : {}),
      ...(o.runs ? { uid: `uid-${name}` } : {}),
    },
    spec: { containers: [{ name: 'main', image }], ...o.spec },
    ...(o.runs
      ? {
          status: {
            phase: o.phase ?? 'Running',
            ...(o.startTime ? { startTime: o.startTime } : {}),
            containerStatuses: [{ name: 'main', image, imageID: `${image.split(/[:@]/)[0]}@${o.runs}` }],
          },
        }
      : {}),
  };
}

/** A Deployment manifest (`kind` may be StatefulSet, DaemonSet…) whose pods carry `labels`. */
export function controller(
  name: string,
  o: {
    kind?: string;
    namespace?: string;
    image?: string;
    labels?: Record<string, string>;
    spec?: Record<string, unknown>;
  } = {},
): Record<string, unknown> {
  return {
    apiVersion: 'apps/v1',
    kind: o.kind ?? 'Deployment',
    metadata: { name, ...(o.namespace ? { namespace: o.namespace } : {}) },
    spec: {
      selector: { matchLabels: o.labels ?? { app: name } },
      template: {
        metadata: { labels: o.labels ?? { app: name } },
        spec: {
          containers: [{ name: 'main', image: o.image ?? 'registry.example.com/team/app:1.0' }],
          ...o.spec,
        },
      },
    },
  };
}

/** A Service selecting `selector`, of `type`. */
export const service = (
  name: string,
  selector: Record<string, string>,
  type = 'ClusterIP',
  namespace = 'default',
) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace },
  spec: { type, selector, ports: [{ port: 80, protocol: 'TCP' }] },
});

/** Wraps values as documents of one file. */
export const documents = (...values: unknown[]): KubernetesDocument[] =>
  values.map((value, i) => ({ value, where: `test.yaml#${i + 1}` }));
