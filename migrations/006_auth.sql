-- API tokens and the audit log (docs/adr/075-auth.md). One dialect: PostgreSQL 15 (PGlite runs 18).

-- A token is shown once, when created; only the SHA-256 of it is kept (tokens are 256 random bits, so a fast hash
-- is enough: there is nothing to guess). `prefix` is its first characters, to tell tokens apart in listings.
CREATE TABLE api_tokens (
  id           bigserial PRIMARY KEY,
  name         text NOT NULL,
  team         text NOT NULL,
  scopes       text[] NOT NULL,
  prefix       text NOT NULL,
  sha256       text NOT NULL UNIQUE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz,
  revoked_at   timestamptz,
  last_used_at timestamptz
);

-- Who changed what, and when: every write through the API, and every token created or revoked.
CREATE TABLE audit_log (
  id      bigserial PRIMARY KEY,
  at      timestamptz NOT NULL DEFAULT now(),
  actor   text NOT NULL,
  action  text NOT NULL,
  target  text NOT NULL DEFAULT '',
  detail  jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log (at);
