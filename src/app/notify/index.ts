export {
  type DispatchDeps,
  dispatchDue,
  type OutgoingMessage,
  writeOutbox,
  writeWanted,
} from './dispatch.js';
export {
  backoffMs,
  type ExposureNotificationData,
  eventsOf,
  type FeedStaleData,
  NOTIFY_CHANNELS,
  NOTIFY_KINDS,
  type NotificationData,
  type NotificationEvent,
  type NotifiedWorkload,
  type NotifyChannel,
  type NotifyKind,
  nextDigestAt,
  type StaleFeedScope,
  type Subscription,
  wants,
} from './events.js';
export {
  DEFAULT_FEED_STALE_HOURS,
  FEEDS,
  type FeedStaleHours,
  notifyStaleFeeds,
  parseFeedStaleHours,
  planStaleness,
} from './feed-staleness.js';
export {
  listSubscriptions,
  removeSubscription,
  type SubscriptionOwner,
  subscribe,
} from './manage-subscriptions.js';
export type {
  ClaimedDelivery,
  DeliveryRow,
  FeedFreshness,
  NotifyRepository,
  StaleEpisode,
} from './ports.js';
export { checkSubscription, type SubscriptionRequest } from './subscriptions.js';
