-- The deployment digital twin: where things run, what they are built from, and since when.
-- One dialect: PostgreSQL 15 (PGlite runs 18). Vocabulary: shared/DESIGN.md glossary.

CREATE TABLE environments (
  id          bigserial PRIMARY KEY,
  name        text NOT NULL UNIQUE,
  tier        text NOT NULL CHECK (tier IN ('production', 'staging', 'development', 'test')),
  criticality text NOT NULL DEFAULT 'medium' CHECK (criticality IN ('low', 'medium', 'high', 'critical')),
  labels      jsonb NOT NULL DEFAULT '{}',
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE clusters (
  id             bigserial PRIMARY KEY,
  name           text NOT NULL UNIQUE,
  environment_id bigint NOT NULL REFERENCES environments (id),
  created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE namespaces (
  id         bigserial PRIMARY KEY,
  cluster_id bigint NOT NULL REFERENCES clusters (id),
  name       text NOT NULL,
  labels     jsonb NOT NULL DEFAULT '{}',
  UNIQUE (cluster_id, name)
);

-- A workload is one per (environment, namespace, name): pipeline events name no cluster or kind, and
-- Kubernetes evidence fills them in (docs/adr/003-workload-identity.md).
CREATE TABLE workloads (
  id             bigserial PRIMARY KEY,
  environment_id bigint NOT NULL REFERENCES environments (id),
  cluster_id     bigint REFERENCES clusters (id),
  namespace_id   bigint REFERENCES namespaces (id),
  namespace      text NOT NULL DEFAULT '',
  name           text NOT NULL,
  kind           text NOT NULL DEFAULT 'Service',
  labels         jsonb NOT NULL DEFAULT '{}',
  owner          jsonb,
  -- exposure and privilege facts (internet-facing, network policy, privileged, service account …)
  attributes     jsonb NOT NULL DEFAULT '{}',
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (environment_id, namespace, name)
);

-- An artifact is keyed by its digest. When no evidence names one, `digest` is a stable id derived from the
-- SBOM document (`vigil-derived:sha256:…`) and `derived` says so.
CREATE TABLE artifacts (
  id         bigserial PRIMARY KEY,
  digest     text NOT NULL UNIQUE,
  derived    boolean NOT NULL DEFAULT false,
  name       text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Image names and tags under which an artifact was seen.
CREATE TABLE artifact_aliases (
  artifact_id bigint NOT NULL REFERENCES artifacts (id),
  repository  text NOT NULL,
  tag         text NOT NULL DEFAULT '',
  first_seen  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (artifact_id, repository, tag)
);
CREATE INDEX artifact_aliases_repository ON artifact_aliases (repository, tag);

CREATE TABLE sboms (
  id                      bigserial PRIMARY KEY,
  artifact_id             bigint NOT NULL REFERENCES artifacts (id),
  document_sha256         text NOT NULL,
  format                  text NOT NULL CHECK (format IN ('cyclonedx', 'spdx')),
  spec_version            text NOT NULL,
  encoding                text NOT NULL,
  serial_number           text,
  name                    text,
  document_created_at     timestamptz,
  tools                   text[] NOT NULL DEFAULT '{}',
  source                  text NOT NULL DEFAULT '',
  component_count         integer NOT NULL,
  components_without_purl integer NOT NULL,
  ingested_at             timestamptz NOT NULL DEFAULT now(),
  -- history: a newer SBOM for the same artifact supersedes this one; it is kept, never deleted
  superseded_at           timestamptz,
  superseded_by           bigint REFERENCES sboms (id),
  UNIQUE (artifact_id, document_sha256)
);
CREATE UNIQUE INDEX sboms_current ON sboms (artifact_id) WHERE superseded_at IS NULL;

-- Distinct packages and package versions are stored once and shared by every artifact that holds them.
CREATE TABLE packages (
  id        bigserial PRIMARY KEY,
  type      text NOT NULL,
  namespace text NOT NULL DEFAULT '',
  name      text NOT NULL,
  UNIQUE (type, namespace, name)
);
CREATE INDEX packages_name ON packages (name);

CREATE TABLE package_versions (
  id         bigserial PRIMARY KEY,
  package_id bigint NOT NULL REFERENCES packages (id),
  version    text NOT NULL,
  -- the distro release qualifier (deb/apk/rpm), which decides which advisories apply
  distro     text NOT NULL DEFAULT '',
  -- the source package (`upstream` qualifier, `name[@version]`): distro advisories name source packages
  source     text NOT NULL DEFAULT '',
  UNIQUE (package_id, version, distro, source)
);

-- Components and their edges are written only by one SBOM ingest transaction, in bulk; they carry no foreign
-- keys because the per-row checks would double the cost of the hottest write path (docs/adr/002).
CREATE TABLE components (
  id                 bigserial PRIMARY KEY,
  sbom_id            bigint NOT NULL,
  package_version_id bigint,
  ref                text NOT NULL,
  name               text NOT NULL,
  version            text NOT NULL DEFAULT '',
  type               text NOT NULL DEFAULT '',
  purl               text,
  qualifiers         jsonb NOT NULL DEFAULT '{}',
  licenses           jsonb NOT NULL DEFAULT '[]',
  hashes             jsonb NOT NULL DEFAULT '[]',
  scope              text NOT NULL DEFAULT ''
);
CREATE INDEX components_sbom ON components (sbom_id);
CREATE INDEX components_package_version ON components (package_version_id);

CREATE TABLE component_edges (
  sbom_id bigint NOT NULL,
  from_id bigint NOT NULL,
  to_id   bigint NOT NULL,
  PRIMARY KEY (from_id, to_id)
);
CREATE INDEX component_edges_sbom ON component_edges (sbom_id);
CREATE INDEX component_edges_to ON component_edges (to_id);

-- Evidence that an artifact ran (or was declared to run) in a workload over an interval.
CREATE TABLE deployments (
  id           bigserial PRIMARY KEY,
  artifact_id  bigint NOT NULL REFERENCES artifacts (id),
  workload_id  bigint NOT NULL REFERENCES workloads (id),
  cluster_id   bigint REFERENCES clusters (id),
  source       text NOT NULL CHECK (source IN ('pipeline', 'kubernetes', 'manifest', 'registry')),
  -- observed: seen running; declared: asked for (pipeline event, manifest) but not seen running
  observed     boolean NOT NULL,
  first_seen   timestamptz NOT NULL,
  last_seen    timestamptz NOT NULL,
  ended_at     timestamptz,
  commit_sha   text,
  pipeline_run text,
  actor        text,
  -- idempotency: the same piece of evidence twice is one deployment
  event_key    text UNIQUE,
  metadata     jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX deployments_workload ON deployments (workload_id, first_seen);
CREATE INDEX deployments_artifact ON deployments (artifact_id);
CREATE INDEX deployments_open ON deployments (workload_id) WHERE ended_at IS NULL;
