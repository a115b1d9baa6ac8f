-- Users, sessions, API tokens, login throttling, and the append-only audit trail.

CREATE TABLE users (
  id {{id}},
  username TEXT NOT NULL UNIQUE,
  display_name TEXT,
  password_hash TEXT NOT NULL,     -- Argon2id encoded string (algorithm, parameters, salt, hash)
  role TEXT NOT NULL,              -- admin | leader | officer | inspector | petition_officer | viewer
  unit_code TEXT REFERENCES units(code),  -- scope: this unit and its subtree; NULL = everywhere
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);

-- Permissions given to one user beyond those of the role (denouncers' identity, party members).
CREATE TABLE user_grants (
  user_id BIGINT NOT NULL REFERENCES users(id),
  permission TEXT NOT NULL,
  PRIMARY KEY (user_id, permission)
);

-- Sessions and API tokens are stored only as hashes of the secret the client holds.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  remote_address TEXT
);

CREATE TABLE api_tokens (
  id {{id}},
  name TEXT NOT NULL UNIQUE,
  user_id BIGINT NOT NULL REFERENCES users(id),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

-- Failed logins per user name and per address, to slow down guessing.
CREATE TABLE login_failures (
  subject TEXT PRIMARY KEY,        -- "user:NAME" or "address:IP"
  failures INTEGER NOT NULL,
  last_failure_at TEXT NOT NULL,
  locked_until TEXT
);

-- Append-only. Each row's hash covers its content and the previous row's hash, so that
-- `sen audit verify` finds a row that was altered or removed.
CREATE TABLE audit_log (
  id {{id}},
  at TEXT NOT NULL,
  actor TEXT NOT NULL,             -- user name, "cli:NAME" or "system"
  remote_address TEXT,
  request_id TEXT,
  action TEXT NOT NULL,            -- create | change | close | import | login | …
  entity TEXT NOT NULL,            -- unit | indicator | value | user | session | …
  entity_key TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_key);
CREATE INDEX audit_log_actor ON audit_log(actor);
