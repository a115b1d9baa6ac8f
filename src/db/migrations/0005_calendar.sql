-- The working-day calendar and legal deadlines, as data: yearly government decisions (days off,
-- Saturdays worked), deadline rules with the period they are in force, reporting regimes, and
-- settings such as the weekly rest days. Reference rows are loaded from data/reference/.

CREATE TABLE calendar_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO calendar_settings(key, value) VALUES ('rest_weekdays', '0,6');  -- Sunday, Saturday

CREATE TABLE holiday_decisions (
  id {{id}},
  date_from TEXT NOT NULL,
  date_to TEXT NOT NULL,
  kind TEXT NOT NULL,               -- days_off | working_day
  name TEXT NOT NULL,
  source TEXT NOT NULL,
  UNIQUE (date_from, date_to, kind)
);

CREATE TABLE deadline_rules (
  id {{id}},
  code TEXT NOT NULL,
  variant TEXT NOT NULL,
  name TEXT NOT NULL,
  event TEXT NOT NULL,
  limit_days INTEGER NOT NULL,
  basis TEXT NOT NULL,              -- working_days | calendar_days
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  source TEXT NOT NULL,
  UNIQUE (code, variant, valid_from)
);

CREATE TABLE reporting_regimes (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  due_working_days INTEGER NOT NULL,
  source TEXT NOT NULL
);
