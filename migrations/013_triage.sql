-- Triage (docs/adr/081): what people decided about exposures, per exposure or as portfolio rules. A rule is never
-- updated in place: a new decision on the same scope revokes the one in force (replaced_by) and is a new row,
-- so the table is its own audit trail (who, when, why; who revoked, when, why). Exposures stay derived; listing
-- applies the rules in force at the instant asked (time travel reads created_at/revoked_at).
CREATE TABLE triage_rules (
  id            bigserial PRIMARY KEY,
  vulnerability text NOT NULL,             -- an id or alias, as given (matched case-insensitively)
  package       text,                      -- canonical purl; without a version: every version
  artifact      text,                      -- sha256:…
  environment   text,
  workload      text,                      -- namespace/name
  labels        jsonb NOT NULL DEFAULT '{}',
  scope_key     text NOT NULL,             -- the scope as one canonical text (triageScopeKey)
  state         text NOT NULL CHECK (state IN ('in_triage', 'affected', 'not_affected', 'false_positive',
                  'accepted_risk', 'will_fix')),
  justification text CHECK (justification IN ('component_not_present', 'vulnerable_code_not_present',
                  'vulnerable_code_not_in_execute_path', 'vulnerable_code_cannot_be_controlled_by_adversary',
                  'inline_mitigations_already_exist')),
  reason        text NOT NULL,
  expires_at    timestamptz,
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL,
  revoked_by    text,
  revoked_at    timestamptz,
  revoke_reason text,
  replaced_by   bigint REFERENCES triage_rules (id),
  CHECK (state <> 'accepted_risk' OR expires_at IS NOT NULL),
  CHECK (state <> 'not_affected' OR justification IS NOT NULL)
);
-- one decision in force per scope: two processes setting the same scope at once cannot both win
CREATE UNIQUE INDEX triage_rules_in_force ON triage_rules (scope_key) WHERE revoked_at IS NULL;
CREATE INDEX triage_rules_created ON triage_rules (created_at);
