-- The live indexes' change log (docs/adr/077): every write that changes what a serve process holds in memory
-- appends what it changed, once committed; each process applies the entries of others before it answers a read.
-- Entries are kept a day: a process is never that far behind, since every read catches up.
CREATE TABLE index_changes (
  seq    bigserial PRIMARY KEY,
  origin text NOT NULL,
  change jsonb NOT NULL,
  at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX index_changes_at ON index_changes (at);
