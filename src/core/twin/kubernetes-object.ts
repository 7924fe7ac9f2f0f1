import { z } from 'zod';

// Only the fields Vigil reads are described; everything else passes through untouched (loose objects), so
// newer API versions and custom fields never make an object invalid.
const Scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);
const Labels = z.record(z.string(), Scalar);

export const OwnerReference = z.looseObject({
  kind: z.string(),
  name: z.string(),
  controller: z.boolean().optional(),
});
export type OwnerReference = z.infer<typeof OwnerReference>;

export const ObjectMeta = z.looseObject({
  name: z.string().min(1),
  namespace: z.string().optional(),
  uid: z.string().optional(),
  labels: Labels.nullish(),
  ownerReferences: z.array(OwnerReference).nullish(),
});
export type ObjectMeta = z.infer<typeof ObjectMeta>;

export const Container = z.looseObject({
  name: z.string(),
  image: z.string().min(1),
  securityContext: z.looseObject({ privileged: z.boolean().nullish() }).nullish(),
  ports: z.array(z.looseObject({ hostPort: z.number().nullish(), protocol: z.string().nullish() })).nullish(),
});
export type Container = z.infer<typeof Container>;

export const PodSpec = z.looseObject({
  containers: z.array(Container),
  initContainers: z.array(Container).nullish(),
  ephemeralContainers: z.array(Container).nullish(),
  hostNetwork: z.boolean().nullish(),
  hostPID: z.boolean().nullish(),
  serviceAccountName: z.string().nullish(),
  serviceAccount: z.string().nullish(),
});
export type PodSpec = z.infer<typeof PodSpec>;

const ContainerStatus = z.looseObject({ name: z.string(), imageID: z.string().nullish() });

export const PodStatus = z.looseObject({
  phase: z.string().nullish(),
  startTime: z.string().nullish(),
  containerStatuses: z.array(ContainerStatus).nullish(),
  initContainerStatuses: z.array(ContainerStatus).nullish(),
  ephemeralContainerStatuses: z.array(ContainerStatus).nullish(),
});
export type PodStatus = z.infer<typeof PodStatus>;

export const PodTemplate = z.looseObject({
  metadata: z.looseObject({ labels: Labels.nullish() }).nullish(),
  spec: PodSpec,
});

export const LabelSelector = z.looseObject({
  matchLabels: Labels.nullish(),
  matchExpressions: z
    .array(z.looseObject({ key: z.string(), operator: z.string(), values: z.array(Scalar).nullish() }))
    .nullish(),
});
export type LabelSelector = z.infer<typeof LabelSelector>;

/** The envelope every object must have; `kind` decides which of the schemas below applies. */
export const KubernetesEnvelope = z.looseObject({ apiVersion: z.string(), kind: z.string().min(1) });
