-- Daily counts of exposures for the dashboard's trends: one row per day, environment and decision, written by
-- `vigil serve` at start and once a day (a later count of the same day replaces the earlier one). Suppressed
-- exposures are counted under the decision 'suppressed'. One dialect: PostgreSQL 15 (PGlite runs 18).
CREATE TABLE daily_counts (
  day         date NOT NULL,
  environment text NOT NULL,
  decision    text NOT NULL,
  count       integer NOT NULL CHECK (count >= 0),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (day, environment, decision)
);
