-- The hierarchy's version: every change of a unit's name, kind, parent or lifetime adds one
-- (units/units.cpp). A roll-up computed under another version is never read.
CREATE TABLE unit_hierarchy_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  value BIGINT NOT NULL
);
INSERT INTO unit_hierarchy_version(id, value) VALUES (1, 1);

-- Roll-ups (targets/rollups.hpp): for a unit, a period and an indicator, the figures entered by
-- every child of the unit on `children_day`, added up in the children's order, with the weakest
-- of their vintages. Derived data, rewritten in the transaction that writes a value under the
-- unit; `sen rollups refresh` rebuilds them all.
CREATE TABLE indicator_rollups (
  unit_code TEXT NOT NULL,
  period TEXT NOT NULL,
  indicator_code TEXT NOT NULL,
  children_day TEXT NOT NULL,
  hierarchy_version BIGINT NOT NULL,
  total DOUBLE PRECISION NOT NULL,
  parts BIGINT NOT NULL,
  vintage TEXT NOT NULL,
  illustrative INTEGER NOT NULL,
  PRIMARY KEY (unit_code, period, indicator_code)
);
