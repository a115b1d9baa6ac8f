-- Units (đơn vị): one hierarchy of administrative units, party organisations and agencies,
-- versioned by date. A code is permanent: a row of `units` is never deleted.
-- Dates are ISO text; a NULL valid_to means "still valid". Both bounds are inclusive.

CREATE TABLE units (
  code TEXT PRIMARY KEY,
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  illustrative INTEGER NOT NULL DEFAULT 0,  -- 1 when the demo data invented it
  source TEXT,                              -- where the unit and its dates come from
  version BIGINT NOT NULL DEFAULT 1,        -- optimistic locking for edits
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

-- Name and kind over time (a commune upgraded to a ward keeps its code, changes its kind).
CREATE TABLE unit_states (
  id {{id}},
  code TEXT NOT NULL REFERENCES units(code),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  name TEXT NOT NULL,
  name_en TEXT,
  kind TEXT NOT NULL,
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX unit_states_code ON unit_states(code, valid_from);

-- Parent links over time.
CREATE TABLE unit_links (
  id {{id}},
  code TEXT NOT NULL REFERENCES units(code),
  parent_code TEXT NOT NULL REFERENCES units(code),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  CHECK (valid_to IS NULL OR valid_to >= valid_from),
  CHECK (code <> parent_code)
);
CREATE INDEX unit_links_code ON unit_links(code, valid_from);
CREATE INDEX unit_links_parent ON unit_links(parent_code, valid_from);

-- Which units took over from a closed one (merger, split), from `effective` on.
CREATE TABLE unit_successions (
  predecessor TEXT NOT NULL REFERENCES units(code),
  successor TEXT NOT NULL REFERENCES units(code),
  effective TEXT NOT NULL,
  PRIMARY KEY (predecessor, successor)
);
CREATE INDEX unit_successions_successor ON unit_successions(successor);
