-- Public-investment projects (dự án đầu tư công): the projects, their capital plans with every
-- adjustment kept, extensions of the disbursement window, and disbursements as dated
-- transactions. Money is integer đồng. Rates are computed, never stored.

-- 'projects': the indicator's figures are computed from the projects of the unit's subtree
-- (disbursements as the actual, annual capital plans as the plan) when none is entered.
ALTER TABLE indicators ADD COLUMN computed_from TEXT;

CREATE TABLE projects (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  project_group TEXT NOT NULL,            -- A | B | C (Law on Public Investment, Art. 8–10)
  investor TEXT NOT NULL,                 -- chủ đầu tư, as named in the investment decision
  managing_unit TEXT NOT NULL REFERENCES units(code),
  total_investment BIGINT NOT NULL,       -- tổng mức đầu tư, đồng
  start_year INTEGER NOT NULL,
  end_year INTEGER NOT NULL,
  stage TEXT NOT NULL,                    -- preparation | implementation | completed | settled
  decision TEXT,                          -- investment decision: number–symbol and date
  source TEXT,                            -- where the record comes from
  illustrative INTEGER NOT NULL DEFAULT 0,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX projects_managing_unit ON projects(managing_unit);

-- Where a project is built (địa điểm): units of the hierarchy.
CREATE TABLE project_locations (
  project_code TEXT NOT NULL REFERENCES projects(code),
  unit_code TEXT NOT NULL REFERENCES units(code),
  PRIMARY KEY (project_code, unit_code)
);

-- The structure of the total investment by funding source.
CREATE TABLE project_funding (
  project_code TEXT NOT NULL REFERENCES projects(code),
  source TEXT NOT NULL,                   -- city | province | central | oda | socialised
  amount BIGINT NOT NULL,
  PRIMARY KEY (project_code, source)
);

-- Tasks and targets the project serves.
CREATE TABLE project_links (
  project_code TEXT NOT NULL REFERENCES projects(code),
  kind TEXT NOT NULL,                     -- task | target
  ref TEXT NOT NULL,                      -- task code or target id
  PRIMARY KEY (project_code, kind, ref)
);

CREATE TABLE project_milestones (
  id {{id}},
  project_code TEXT NOT NULL REFERENCES projects(code),
  name TEXT NOT NULL,
  planned_on TEXT NOT NULL,
  actual_on TEXT,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX project_milestones_project ON project_milestones(project_code);

-- Physical progress (khối lượng thực hiện) as reported, newest last.
CREATE TABLE project_progress (
  id {{id}},
  project_code TEXT NOT NULL REFERENCES projects(code),
  as_of TEXT NOT NULL,
  percent DOUBLE PRECISION NOT NULL,
  note TEXT,
  entered_by TEXT NOT NULL,
  entered_at TEXT NOT NULL
);
CREATE INDEX project_progress_project ON project_progress(project_code, as_of);

-- Capital plans: each row is one decision; the current amount of a (project, kind, year,
-- source, level) is the row with the latest decision date (then the latest row).
CREATE TABLE capital_plans (
  id {{id}},
  project_code TEXT NOT NULL REFERENCES projects(code),
  kind TEXT NOT NULL,                     -- annual | medium_term
  year_from INTEGER NOT NULL,             -- the year of an annual plan; the first year of a medium-term one
  year_to INTEGER NOT NULL,
  source TEXT NOT NULL,
  level TEXT NOT NULL,                    -- allocated (kế hoạch giao đầy đủ) | assigned (cấp trên giao)
  amount BIGINT NOT NULL,
  decision TEXT NOT NULL,                 -- number–symbol of the decision
  decision_date TEXT NOT NULL,
  note TEXT,
  illustrative INTEGER NOT NULL DEFAULT 0,
  entered_by TEXT NOT NULL,
  entered_at TEXT NOT NULL
);
CREATE INDEX capital_plans_project ON capital_plans(project_code, kind, year_from);
CREATE INDEX capital_plans_year ON capital_plans(kind, year_from);

-- Extensions of the disbursement window of an annual plan, with their legal basis.
CREATE TABLE plan_extensions (
  id {{id}},
  project_code TEXT NOT NULL REFERENCES projects(code),
  plan_year INTEGER NOT NULL,
  source TEXT,                            -- null: every source of the plan
  until_date TEXT NOT NULL,
  basis TEXT NOT NULL,                    -- the decision that allows it
  decision_date TEXT NOT NULL,
  entered_by TEXT NOT NULL,
  entered_at TEXT NOT NULL
);
CREATE INDEX plan_extensions_project ON plan_extensions(project_code, plan_year);

CREATE TABLE disbursements (
  id {{id}},
  project_code TEXT NOT NULL REFERENCES projects(code),
  plan_year INTEGER NOT NULL,             -- the annual plan whose capital is paid out
  source TEXT NOT NULL,
  paid_on TEXT NOT NULL,
  amount BIGINT NOT NULL,
  status TEXT NOT NULL,                   -- estimate | confirmed (by the State Treasury) | cancelled
  document TEXT,                          -- payment order, treasury confirmation …
  note TEXT,
  illustrative INTEGER NOT NULL DEFAULT 0,
  entered_by TEXT NOT NULL,
  entered_at TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX disbursements_project ON disbursements(project_code, plan_year);
CREATE INDEX disbursements_plan_year ON disbursements(plan_year, project_code);

-- The disbursement window of annual plans, by the law in force for the plan year.
CREATE TABLE disbursement_windows (
  from_plan_year INTEGER PRIMARY KEY,
  law TEXT NOT NULL,
  ends TEXT NOT NULL,                     -- MM-DD of the following year
  latest_extension TEXT NOT NULL,         -- MM-DD of the following year
  auto_extend_added_after TEXT            -- MM-DD of the plan year; null: no automatic extension
);

-- The expected cumulative disbursement at the end of each month (percent of the full-year
-- plan); a project below it is lagging.
CREATE TABLE disbursement_curve (
  month_number INTEGER PRIMARY KEY,
  expected_percent DOUBLE PRECISION NOT NULL
);
