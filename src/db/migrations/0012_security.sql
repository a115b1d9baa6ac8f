-- Administration within a scope, the life of API tokens, the citizen's lookup secret, and an audit
-- trail that shows each reader only its scope and is keyed with a secret kept outside the database.

-- A service account is for scripts and kiosks: it works through API tokens only, never logs in.
ALTER TABLE users ADD COLUMN service INTEGER NOT NULL DEFAULT 0;

-- Tokens expire (setup gives tokens made before this migration 90 days from the upgrade), and the
-- last use is kept to the nearest few minutes.
ALTER TABLE api_tokens ADD COLUMN expires_at TEXT;
ALTER TABLE api_tokens ADD COLUMN last_used_at TEXT;

-- unit: the unit whose scope a row belongs to (NULL: only readers without a scope see it).
-- hidden_from: a denounced unit, whose staff and those under it never see the row.
-- keyed: the hash is keyed with the audit key (rows written before the key existed are not).
ALTER TABLE audit_log ADD COLUMN unit TEXT;
ALTER TABLE audit_log ADD COLUMN hidden_from TEXT;
ALTER TABLE audit_log ADD COLUMN keyed INTEGER NOT NULL DEFAULT 0;

-- The citizen's lookup secret: a random PIN printed on the receipt, kept as an Argon2id hash. The
-- last digits of a phone number no longer open a letter.
ALTER TABLE petitions ADD COLUMN lookup_pin_hash TEXT;
ALTER TABLE petitions DROP COLUMN lookup_digits;
