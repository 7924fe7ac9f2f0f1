-- VEX documents and their statements (docs/adr/060-vex.md). Statements never delete anything: the exposures
-- engine reads them (VexRepository.loadStatements) and marks exposures suppressed, with the statement as the reason.
-- One dialect: PostgreSQL 15 (PGlite runs 18).

-- One row per distinct document (by the sha256 of its bytes): the same document twice is stored once.
CREATE TABLE vex_documents (
  id              bigserial PRIMARY KEY,
  format          text NOT NULL CHECK (format IN ('openvex', 'cyclonedx', 'csaf')),
  -- the document's own id: OpenVEX @id, CycloneDX serialNumber/version, CSAF tracking.id ('' when none)
  document_id     text NOT NULL DEFAULT '',
  author          text,
  timestamp       timestamptz,
  -- where it was read from: a file, or file.zip!entry
  source          text NOT NULL DEFAULT '',
  sha256          text NOT NULL UNIQUE,
  statement_count integer NOT NULL,
  ingested_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX vex_documents_document_id ON vex_documents (document_id);

CREATE TABLE vex_statements (
  id                     bigserial PRIMARY KEY,
  document_id            bigint NOT NULL REFERENCES vex_documents (id) ON DELETE CASCADE,
  -- the statement's place in its document: later statements win ties (src/core/vex/README.md)
  position               integer NOT NULL,
  -- the id as the document writes it, and the other ids it gives for the same vulnerability
  vulnerability          text NOT NULL,
  aliases                text[] NOT NULL DEFAULT '{}',
  status                 text NOT NULL CHECK (status IN ('not_affected', 'affected', 'fixed', 'under_investigation')),
  -- normalised to the OpenVEX labels; the document's own value beside it
  justification          text CHECK (justification IN ('component_not_present', 'vulnerable_code_not_present',
                           'vulnerable_code_not_in_execute_path', 'vulnerable_code_cannot_be_controlled_by_adversary',
                           'inline_mitigations_already_exist')),
  original_justification text,
  impact_statement       text,
  action_statement       text,
  detail                 text,
  timestamp              timestamptz,
  -- VexScope[]: [{purl?: {type, namespace, name, version, qualifiers, subpath}, digest?, cpe?, name?, version?,
  -- versionRange?, note?, subcomponents: [purl…], unresolvedSubcomponents?}]
  products               jsonb NOT NULL,
  UNIQUE (document_id, position)
);
CREATE INDEX vex_statements_vulnerability ON vex_statements (vulnerability);
CREATE INDEX vex_statements_aliases ON vex_statements USING gin (aliases);
