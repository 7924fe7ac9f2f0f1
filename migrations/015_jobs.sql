-- The job queue (docs/adr/084): background work any `vigil serve` process may run, exactly one at a time per job.
-- A worker claims a queued job (or one whose worker's lease ran out: the worker died) with FOR UPDATE SKIP LOCKED,
-- extends its lease while it runs, and records the outcome. A failed job waits and is tried again until
-- max_attempts; then it stays failed. A dedupe key makes a second request for the same work join the first while
-- it is queued or running.
CREATE TABLE jobs (
  id           bigserial PRIMARY KEY,
  kind         text NOT NULL,
  payload      jsonb NOT NULL,
  dedupe_key   text,
  state        text NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
  attempts     integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL CHECK (max_attempts > 0),
  run_at       timestamptz NOT NULL,   -- queued: due then
  lease_until  timestamptz,            -- running: the worker's lease; past it, another worker takes the job over
  worker       text,                   -- who runs (or last ran) it
  result       jsonb,
  error        text,
  requested_by text NOT NULL,
  created_at   timestamptz NOT NULL,
  started_at   timestamptz,
  finished_at  timestamptz
);
CREATE INDEX jobs_due ON jobs (run_at) WHERE state = 'queued';
CREATE INDEX jobs_leased ON jobs (lease_until) WHERE state = 'running';
CREATE UNIQUE INDEX jobs_one_per_key ON jobs (dedupe_key) WHERE state IN ('queued', 'running');
-- One job of a kind runs at a time across every process (two feed syncs never race each other).
CREATE UNIQUE INDEX jobs_one_running_per_kind ON jobs (kind) WHERE state = 'running';
