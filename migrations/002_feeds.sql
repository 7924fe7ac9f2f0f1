-- Vulnerability intelligence: OSV advisories with their alias graph and package index, CISA KEV and EPSS
-- with history, and the bookkeeping that makes feed syncs incremental and resumable (docs/adr/030-feeds.md).
-- One dialect: PostgreSQL 15 (PGlite runs 18).

-- One row per OSV record id, the newest `modified` seen; the record itself is kept whole in `record`.
CREATE TABLE advisories (
  id               text PRIMARY KEY,
  modified         timestamptz NOT NULL,
  published        timestamptz,
  -- set: the record no longer matches anything (it keeps no rows in advisory_packages)
  withdrawn        timestamptz,
  -- for listings; the details and everything else are in `record`
  summary          text NOT NULL DEFAULT '',
  -- [{type, score}] from the record and its affected packages
  severity         jsonb NOT NULL DEFAULT '[]',
  -- base ecosystems named in affected[] ('Debian' for 'Debian:12')
  ecosystems       text[] NOT NULL DEFAULT '{}',
  -- the canonical id of the record's connected component in the alias graph: one vulnerability, one value
  vulnerability_id text NOT NULL,
  record           jsonb NOT NULL,
  -- the archive or URL it was last written from
  source           text NOT NULL,
  imported_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX advisories_vulnerability ON advisories (vulnerability_id);
-- Uncompressed out-of-line storage for the records: compressing ~170 MB of JSON (pglz; PGlite has no lz4)
-- doubled the import time, for disk space a machine running Vigil has.
ALTER TABLE advisories ALTER COLUMN record SET STORAGE EXTERNAL;

-- Edges of the alias graph: `advisory_id` says it is the same vulnerability as `alias` (which need not be a
-- stored record: most CVE ids are only aliases). Withdrawn records have none.
-- This table and advisory_packages are derived from advisories.record and written only with it, in the same
-- transaction; they have no foreign key so that a batch can write its edges, group, then write its records.
CREATE TABLE advisory_aliases (
  advisory_id text NOT NULL,
  alias       text NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('alias', 'upstream')),
  PRIMARY KEY (advisory_id, alias)
);
CREATE INDEX advisory_aliases_alias ON advisory_aliases (alias);

-- The matcher's index: which advisories name a package, keyed as components are looked up
-- (base ecosystem, name normalized per ecosystem: PEP 503 for PyPI, lower case where registries fold case).
CREATE TABLE advisory_packages (
  ecosystem   text NOT NULL,
  name        text NOT NULL,
  advisory_id text NOT NULL,
  PRIMARY KEY (ecosystem, name, advisory_id)
);
CREATE INDEX advisory_packages_advisory ON advisory_packages (advisory_id);

-- One row per sync of one feed scope (an OSV ecosystem; '' for KEV and EPSS). A sync works through its
-- entries in name order and commits `cursor` with each batch, so a killed sync resumes after it when the
-- content (`content_sha256`) is the same.
CREATE TABLE feed_syncs (
  id             bigserial PRIMARY KEY,
  feed           text NOT NULL CHECK (feed IN ('osv', 'kev', 'epss')),
  scope          text NOT NULL DEFAULT '',
  location       text NOT NULL,
  mode           text NOT NULL DEFAULT 'full' CHECK (mode IN ('full', 'incremental')),
  content_sha256 text NOT NULL,
  status         text NOT NULL CHECK (status IN ('running', 'done', 'failed', 'abandoned')),
  started_at     timestamptz NOT NULL DEFAULT now(),
  finished_at    timestamptz,
  cursor         text,
  -- the newest `modified` among the records seen: an incremental sync asks for what changed after it
  high_water     timestamptz,
  counts         jsonb NOT NULL DEFAULT '{}',
  error          text
);
CREATE INDEX feed_syncs_scope ON feed_syncs (feed, scope, id DESC);

-- CISA KEV: every catalog imported, the current state of each entry, and each change.
CREATE TABLE kev_catalogs (
  catalog_version text PRIMARY KEY,
  date_released   timestamptz NOT NULL,
  entry_count     integer NOT NULL,
  location        text NOT NULL,
  imported_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE kev_entries (
  cve_id           text PRIMARY KEY,
  -- the entry as the newest catalog listing it has it
  entry            jsonb NOT NULL,
  date_added       date NOT NULL,
  due_date         date,
  -- the first dateAdded ever seen: kept when CISA later edits the entry
  first_date_added date NOT NULL,
  known_ransomware text,
  first_catalog    text NOT NULL REFERENCES kev_catalogs (catalog_version),
  last_catalog     text NOT NULL REFERENCES kev_catalogs (catalog_version),
  -- the catalog from which it disappeared; NULL while listed
  removed_in       text REFERENCES kev_catalogs (catalog_version)
);

CREATE TABLE kev_history (
  cve_id          text NOT NULL,
  catalog_version text NOT NULL REFERENCES kev_catalogs (catalog_version),
  change          text NOT NULL CHECK (change IN ('added', 'changed', 'removed', 'restored')),
  entry           jsonb,
  PRIMARY KEY (cve_id, catalog_version)
);

-- EPSS: one row per day imported, one score per CVE per day.
CREATE TABLE epss_days (
  score_date    date PRIMARY KEY,
  model_version text NOT NULL,
  row_count     integer NOT NULL,
  location      text NOT NULL,
  imported_at   timestamptz NOT NULL DEFAULT now()
);

-- Keyed day first: a day loads in CVE order (mostly an append to the index), and "the score of CVE-X on
-- day D" is one index lookup. No foreign key to epss_days: 300k checks per day for nothing, since a day's
-- scores are only ever written and deleted together with its epss_days row.
CREATE TABLE epss_scores (
  score_date date NOT NULL,
  cve_id     text NOT NULL,
  epss       real NOT NULL,
  percentile real NOT NULL,
  PRIMARY KEY (score_date, cve_id)
);
