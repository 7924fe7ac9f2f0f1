-- The team that owns an environment (docs/adr/075-auth.md): a token of that team sees and changes it; NULL: only
-- admins do. One dialect: PostgreSQL 15 (PGlite runs 18).
ALTER TABLE environments ADD COLUMN team text;
CREATE INDEX environments_team ON environments (team);
