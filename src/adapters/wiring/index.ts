export { FEED_SYNC_JOB, type FeedPart, type FeedSyncJob, type FeedSyncSummary } from './feed-jobs.js';
export { type FeedLocations, feedSyncRequest, scanSyncRequest } from './feed-sources.js';
export { type OidcSettings, oidcSettings } from './oidc-settings.js';
export {
  type EvaluationProgress,
  type KubeOptions,
  kubernetesSource,
  liveClusterSource,
  maxSbomBytes,
  openVigil,
  type RegistryOptions,
  registryAccess,
  registryCredentials,
  type Vigil,
} from './open-vigil.js';
export {
  OIDC_SETTINGS,
  positiveInteger,
  type RawSetting,
  readVigilConfig,
  type StoreConfig,
  type VigilConfig,
} from './vigil-config.js';
