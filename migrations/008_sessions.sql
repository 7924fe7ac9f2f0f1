-- Sessions of people logged in through OIDC (docs/adr/076-oidc-sessions.md). One dialect: PostgreSQL 15 (PGlite
-- runs 18).

-- A session id is 256 random bits, shown once (in the cookie); only its SHA-256 is kept, as for API tokens. The
-- team and admin flag are resolved from the person's groups at login and hold until the session expires; the CSRF
-- token is derived from the id, so it is not stored either.
CREATE TABLE sessions (
  sha256     text PRIMARY KEY,
  subject    text NOT NULL,
  name       text NOT NULL,
  team       text NOT NULL,
  admin      boolean NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_expires_at ON sessions (expires_at);
