-- Notifications (docs/adr/083): a transactional outbox. Events are written in the transaction that records the
-- exposure transitions causing them, with one delivery per matching subscription; dispatchers (any serve process,
-- or `vigil notify dispatch`) claim due deliveries with FOR UPDATE SKIP LOCKED and a lease, so a dispatcher killed
-- mid-delivery leaves the delivery to be sent again once its lease runs out: at least once, receivers dedupe on
-- the event id.
CREATE TABLE notification_subscriptions (
  id             bigserial PRIMARY KEY,
  name           text NOT NULL UNIQUE,
  channel        text NOT NULL CHECK (channel IN ('webhook', 'slack', 'alertmanager')),
  url            text NOT NULL,
  -- Standard Webhooks signing secret (whsec_…), webhook channel only
  secret         text,
  team           text,
  environment    text,
  min_decision   text CHECK (min_decision IN ('Act', 'Attend', 'Track*', 'Track')),
  kev_only       boolean NOT NULL DEFAULT false,
  package        text,                 -- purl without version: only events on this package
  advisory       text,                 -- any id: only events on this vulnerability
  kinds          text[] NOT NULL,      -- which event kinds
  digest_minutes integer CHECK (digest_minutes > 0),  -- one message per N minutes instead of one per event
  created_by     text NOT NULL,
  created_at     timestamptz NOT NULL
);

-- One event per kind × vulnerability group × environment of one recording pass (aliases are one vulnerability).
CREATE TABLE notification_events (
  id            text PRIMARY KEY,      -- msg_<uuid>: the Standard Webhooks id receivers dedupe on
  kind          text NOT NULL,
  vulnerability text NOT NULL,
  environment   text NOT NULL,
  payload       jsonb NOT NULL,
  created_at    timestamptz NOT NULL
);

CREATE TABLE notification_deliveries (
  event_id        text NOT NULL REFERENCES notification_events (id),
  subscription_id bigint NOT NULL REFERENCES notification_subscriptions (id) ON DELETE CASCADE,
  state           text NOT NULL CHECK (state IN ('pending', 'delivered', 'dead')),
  attempts        integer NOT NULL DEFAULT 0,
  next_at         timestamptz NOT NULL,  -- due then; while claimed, when the lease runs out
  last_error      text,
  delivered_at    timestamptz,
  PRIMARY KEY (event_id, subscription_id)
);
CREATE INDEX notification_deliveries_due ON notification_deliveries (next_at) WHERE state = 'pending';
