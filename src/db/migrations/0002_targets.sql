-- Targets (chỉ tiêu): indicators, plans with their targets, and values in vintages.

CREATE TABLE indicators (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_en TEXT,
  area TEXT NOT NULL,                 -- party_building, economy, culture_society, defence_security, environment
  measure TEXT NOT NULL,              -- unit of measure as written: %, tỷ đồng, ha, cây …
  decimals INTEGER NOT NULL DEFAULT 0,
  direction TEXT NOT NULL,            -- higher | lower (which way is better)
  unit_aggregation TEXT NOT NULL,     -- sum | average | weighted_average | none (over child units)
  weight_indicator TEXT REFERENCES indicators(code),  -- for weighted_average
  period_aggregation TEXT NOT NULL,   -- sum | last | average (over sub-periods)
  formula TEXT,                       -- computed from other indicators when set
  source TEXT,
  illustrative INTEGER NOT NULL DEFAULT 0,
  version BIGINT NOT NULL DEFAULT 1
);

-- A plan: the annual plan of a unit, a term resolution, …; holds targets.
CREATE TABLE plans (
  code TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL REFERENCES units(code),
  kind TEXT NOT NULL,                 -- annual | term | other
  title TEXT NOT NULL,
  theme TEXT,                         -- chủ đề năm
  period_from TEXT NOT NULL,          -- first period covered, e.g. 2023 or 2020
  period_to TEXT NOT NULL,            -- last period covered, e.g. 2023 or 2025
  document TEXT,                      -- the source document (number–symbol, date)
  created_at TEXT NOT NULL
);

CREATE TABLE targets (
  id {{id}},
  plan_code TEXT NOT NULL REFERENCES plans(code),
  indicator_code TEXT NOT NULL REFERENCES indicators(code),
  unit_code TEXT NOT NULL REFERENCES units(code),
  period TEXT NOT NULL,
  comparator TEXT NOT NULL,           -- >= > <= < = between
  value DOUBLE PRECISION NOT NULL,
  value_to DOUBLE PRECISION,          -- upper bound of between
  source TEXT,
  note TEXT,
  illustrative INTEGER NOT NULL DEFAULT 0,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (plan_code, indicator_code, unit_code, period)
);
CREATE INDEX targets_unit_period ON targets(unit_code, period);

-- Values in vintages. Append-only: a correction is a new row; the newest row of an
-- (indicator, unit, period, vintage) is its current value, older rows are its history.
CREATE TABLE indicator_values (
  id {{id}},
  indicator_code TEXT NOT NULL REFERENCES indicators(code),
  unit_code TEXT NOT NULL REFERENCES units(code),
  period TEXT NOT NULL,
  vintage TEXT NOT NULL,              -- plan | estimate | preliminary | official
  value DOUBLE PRECISION NOT NULL,
  source TEXT,
  note TEXT,
  illustrative INTEGER NOT NULL DEFAULT 0,
  entered_by TEXT NOT NULL,
  entered_at TEXT NOT NULL
);
CREATE INDEX indicator_values_key ON indicator_values(unit_code, period, indicator_code, vintage, id);
