export { type DispatchDeps, dispatchDue, type OutgoingMessage, writeOutbox } from './dispatch.js';
export {
  backoffMs,
  eventsOf,
  NOTIFY_CHANNELS,
  NOTIFY_KINDS,
  type NotificationData,
  type NotificationEvent,
  type NotifiedWorkload,
  type NotifyChannel,
  nextDigestAt,
  type Subscription,
  wants,
} from './events.js';
export type { ClaimedDelivery, DeliveryRow, NotifyRepository } from './ports.js';
export { checkSubscription, type SubscriptionRequest } from './subscriptions.js';
