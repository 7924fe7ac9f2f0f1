export { buildKubernetesSnapshot } from './build-kubernetes-snapshot.js';
export { inferTier, TIERS, type Tier } from './environment-tier.js';
export { type ImageIdEvidence, readImageId } from './image-id.js';
export { MAX_CLOCK_SKEW_MS, parseEvidenceInstant, parseInstant } from './instant.js';
export { matchesSelector, matchesServiceSelector } from './label-selector.js';
export {
  type KubernetesDocument,
  type KubernetesObjectSet,
  type KubernetesRecord,
  readKubernetesObjects,
} from './read-kubernetes-objects.js';
export { parseTwinName } from './twin-name.js';
export type {
  ArtifactEvidence,
  KubernetesSnapshot,
  WorkloadAttributes,
  WorkloadContainer,
  WorkloadFacts,
} from './workload-attributes.js';
export { formatWorkloadRef, parseWorkloadRef, type WorkloadRef } from './workload-ref.js';
