-- Open data: a unit's indicators of a period become public when someone entitled releases them
-- (công bố). Until then the public routes know nothing of them. Releasing again updates the day.
CREATE TABLE open_data_releases (
  unit TEXT NOT NULL REFERENCES units(code),
  period TEXT NOT NULL,
  released_at TEXT NOT NULL,
  released_by TEXT NOT NULL,
  PRIMARY KEY (unit, period)
);
