-- Correlation: findings are distinct package versions matched to advisories, once per package version; exposures
-- are derived from them and the twin at query time (docs/adr/051-correlation.md).

-- Derived data, rewritten in bulk by evaluations: no foreign keys (package versions and advisories are never
-- deleted, and per-row checks would dominate a full evaluation's writes).
CREATE TABLE findings (
  package_version_id bigint NOT NULL,
  advisory_id        text NOT NULL,
  -- affected: inside a range or listed; unknown: could not be evaluated (reason says why), never guessed
  status             text NOT NULL CHECK (status IN ('affected', 'unknown')),
  -- the range (or versions list) that matched, in words; or why it cannot be evaluated
  reason             text NOT NULL,
  fixed_version      text,
  PRIMARY KEY (package_version_id, advisory_id)
);
CREATE INDEX findings_advisory ON findings (advisory_id);

-- Which package versions have been matched: a new one (from a new SBOM) has no row here yet.
CREATE TABLE package_version_evaluations (
  package_version_id bigint PRIMARY KEY,
  evaluated_at       timestamptz NOT NULL,
  -- '' when matched; otherwise why this version cannot be matched at all (unknown ecosystem, invalid version)
  note               text NOT NULL DEFAULT ''
);

-- The feed position the findings reflect: advisories imported after it are re-matched.
CREATE TABLE evaluation_state (
  id                  integer PRIMARY KEY CHECK (id = 1),
  advisories_through  timestamptz,
  last_full_at        timestamptz,
  last_incremental_at timestamptz
);
INSERT INTO evaluation_state (id) VALUES (1);

-- An incremental evaluation asks for the advisories written since its watermark.
CREATE INDEX advisories_imported ON advisories (imported_at);
