-- Records handed over from a closed unit to a unit that took over its work (bàn giao): a task's
-- lead, a letter's handling, a project's management. The record's own column names its unit now;
-- these rows say who held it before, so that a figure of a past period counts the record where
-- it was then (units/handovers.hpp).
CREATE TABLE handovers (
  id {{id}},
  record_kind TEXT NOT NULL,      -- task | petition | project | party_member (app::RecordKind::name)
  record_key TEXT NOT NULL,
  from_unit TEXT NOT NULL REFERENCES units(code),
  to_unit TEXT NOT NULL REFERENCES units(code),
  effective TEXT NOT NULL,        -- the first day `to_unit` holds it: the day after `from_unit` closed
  handed_by TEXT NOT NULL,
  handed_at TEXT NOT NULL
);
CREATE INDEX handovers_record ON handovers(record_kind, record_key);
