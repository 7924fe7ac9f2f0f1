import { z } from 'zod';
import { LabelSelector, ObjectMeta, PodSpec, PodStatus, PodTemplate } from './kubernetes-object.js';

const Scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);
const withMeta = <T extends z.ZodRawShape>(shape: T) =>
  z.looseObject({ kind: z.string(), metadata: ObjectMeta, ...shape });

const Controller = withMeta({
  spec: z.looseObject({ replicas: z.number().nullish(), template: PodTemplate }),
});
const Rules = withMeta({
  rules: z
    .array(z.looseObject({ verbs: z.array(z.string()), resources: z.array(z.string()).nullish() }))
    .nullish(),
});
const Binding = withMeta({
  roleRef: z.looseObject({ kind: z.string(), name: z.string() }),
  subjects: z
    .array(z.looseObject({ kind: z.string(), name: z.string(), namespace: z.string().nullish() }))
    .nullish(),
});
const IngressBackend = z.looseObject({
  service: z.looseObject({ name: z.string() }).nullish(),
  serviceName: z.string().nullish(),
});
const ServicePort = z.looseObject({
  port: z.union([z.number(), z.string()]),
  protocol: z.string().nullish(),
  nodePort: z.number().nullish(),
});
const BackendRef = z.looseObject({
  name: z.string(),
  kind: z.string().nullish(),
  namespace: z.string().nullish(),
});
const PolicyPeer = z.looseObject({ ipBlock: z.looseObject({ cidr: z.string() }).nullish() });

/** The schema of each kind Vigil understands; other kinds are counted and ignored. */
export const KIND_SCHEMAS = {
  Pod: withMeta({ spec: PodSpec, status: PodStatus.nullish() }),
  Deployment: Controller,
  StatefulSet: Controller,
  DaemonSet: Controller,
  ReplicaSet: Controller,
  ReplicationController: Controller,
  Job: Controller,
  CronJob: withMeta({
    spec: z.looseObject({ jobTemplate: z.looseObject({ spec: z.looseObject({ template: PodTemplate }) }) }),
  }),
  Service: withMeta({
    spec: z
      .looseObject({
        type: z.string().nullish(),
        selector: z.record(z.string(), Scalar).nullish(),
        externalIPs: z.array(z.string()).nullish(),
        ports: z.array(ServicePort).nullish(),
      })
      .nullish(),
  }),
  Ingress: withMeta({
    spec: z
      .looseObject({
        defaultBackend: IngressBackend.nullish(),
        backend: IngressBackend.nullish(),
        rules: z
          .array(
            z.looseObject({
              host: z.string().nullish(),
              http: z.looseObject({ paths: z.array(z.looseObject({ backend: IngressBackend })) }).nullish(),
            }),
          )
          .nullish(),
      })
      .nullish(),
  }),
  HTTPRoute: withMeta({
    spec: z
      .looseObject({
        hostnames: z.array(z.string()).nullish(),
        rules: z.array(z.looseObject({ backendRefs: z.array(BackendRef).nullish() })).nullish(),
      })
      .nullish(),
  }),
  NetworkPolicy: withMeta({
    spec: z.looseObject({
      podSelector: LabelSelector,
      policyTypes: z.array(z.string()).nullish(),
      ingress: z.array(z.looseObject({ from: z.array(PolicyPeer).nullish() }).nullable()).nullish(),
      egress: z.array(z.unknown()).nullish(),
    }),
  }),
  ServiceAccount: withMeta({}),
  Role: Rules,
  ClusterRole: Rules,
  RoleBinding: Binding,
  ClusterRoleBinding: Binding,
} as const;

export type KnownKind = keyof typeof KIND_SCHEMAS;
export type KindObject<K extends KnownKind> = z.infer<(typeof KIND_SCHEMAS)[K]>;

/** Kinds whose objects live outside namespaces. */
export const CLUSTER_SCOPED: ReadonlySet<KnownKind> = new Set(['ClusterRole', 'ClusterRoleBinding']);

/** Kinds whose API group must match too, because other projects reuse the name (Istio, Knative…). */
export const KIND_GROUPS: Partial<Record<KnownKind, string>> = { HTTPRoute: 'gateway.networking.k8s.io' };
