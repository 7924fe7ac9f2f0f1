-- `impact` and `advisory show` look ids up case-insensitively (upper(id) = upper($1)): without these, each look-up
-- read every advisory and alias (6.8 ms on the Alpine archive alone, growing with the corpus).
CREATE INDEX advisories_upper_id ON advisories (upper(id));
CREATE INDEX advisory_aliases_upper_alias ON advisory_aliases (upper(alias));
