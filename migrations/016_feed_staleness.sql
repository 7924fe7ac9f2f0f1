-- Feed staleness episodes (docs/adr/083): a feed scope (an OSV ecosystem; '' for KEV and EPSS) that has not synced
-- successfully for longer than its feed's threshold is told once, with a `feed_stale` event, and noted here until
-- it is fresh again; a later staleness is a new episode and is told again. `feed_stale` events have no
-- vulnerability nor environment: notification_events holds the feed in `vulnerability` and '' in `environment`.
CREATE TABLE notification_feed_staleness (
  feed         text NOT NULL,
  scope        text NOT NULL,
  last_success timestamptz,   -- the scope's newest successful sync when it went stale; null: it never had one
  event_id     text,          -- the event that told it; null when no subscription wanted one
  noticed_at   timestamptz NOT NULL,
  PRIMARY KEY (feed, scope)
);
