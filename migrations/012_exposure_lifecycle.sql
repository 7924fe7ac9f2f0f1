-- The life of each exposure (docs/adr/079): one row per vulnerability group × environment × workload, kept
-- across remediation and regression. Exposures themselves stay derived (findings ⋈ twin); tracking compares
-- the derived set with these rows and records every transition in exposure_events, in one transaction.
CREATE TABLE exposure_lifecycle (
  key           text PRIMARY KEY,          -- vulnerability|environment/namespace/name
  vulnerability text NOT NULL,
  environment   text NOT NULL,
  workload      text NOT NULL,             -- namespace/name
  state         text NOT NULL CHECK (state IN ('open', 'remediated')),
  first_seen    timestamptz NOT NULL,      -- first detected; kept when a regression reopens it
  opened_at     timestamptz NOT NULL,      -- start of the current (or last) open interval
  closed_at     timestamptz,
  closed_by     text CHECK (closed_by IN ('fixed_deployed', 'workload_gone', 'finding_withdrawn')),
  reopened      integer NOT NULL DEFAULT 0,
  decision      text NOT NULL,
  score         integer NOT NULL,
  kev           boolean NOT NULL,
  suppressed    boolean NOT NULL,
  ids           text[] NOT NULL,           -- every id of the vulnerability (record ids and aliases)
  summary       text NOT NULL,
  tier          text NOT NULL,
  artifact_name text NOT NULL,
  fixed_version text,
  artifacts     text[] NOT NULL,           -- digests carrying it when last seen open
  components    text[] NOT NULL,           -- canonical purls
  due_at        timestamptz,
  breached_at   timestamptz,
  updated_at    timestamptz NOT NULL
);
CREATE INDEX exposure_lifecycle_open ON exposure_lifecycle (environment) WHERE state = 'open';
CREATE INDEX exposure_lifecycle_vulnerability ON exposure_lifecycle (vulnerability);

CREATE TABLE exposure_events (
  id            bigserial PRIMARY KEY,
  key           text NOT NULL REFERENCES exposure_lifecycle (key),
  kind          text NOT NULL CHECK (kind IN ('opened', 'reopened', 'remediated', 'decision_raised', 'kev_added', 'sla_breached')),
  at            timestamptz NOT NULL,
  environment   text NOT NULL,
  decision      text NOT NULL,
  opened_at     timestamptz NOT NULL,      -- the open interval this event belongs to (MTTR: at - opened_at)
  closed_by     text,
  detail        jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX exposure_events_key ON exposure_events (key, id);
CREATE INDEX exposure_events_remediated ON exposure_events (environment, at) WHERE kind = 'remediated';
