-- Directives and tasks (chỉ đạo, nhiệm vụ): source documents, tasks with their deadlines,
-- progress, extensions and completion; coordination programmes; the reminder outbox.
-- Statuses are never stored: they are computed from deadlines and completions.

CREATE TABLE documents (
  id {{id}},
  kind TEXT NOT NULL,              -- ket_luan | chi_thi | nghi_quyet | thong_bao_ket_luan | ke_hoach
  number TEXT NOT NULL,            -- number–symbol, e.g. 123-TB/TU
  issued_on TEXT NOT NULL,
  issuer TEXT NOT NULL,            -- the issuing body as written
  issuer_unit TEXT REFERENCES units(code),
  summary TEXT,
  illustrative INTEGER NOT NULL DEFAULT 0,
  source TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (number, issuer)
);

CREATE TABLE programmes (
  id {{id}},
  title TEXT NOT NULL,
  content TEXT,
  signed_on TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_to TEXT NOT NULL,
  illustrative INTEGER NOT NULL DEFAULT 0,
  source TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE programme_units (
  programme_id BIGINT NOT NULL REFERENCES programmes(id),
  unit_code TEXT NOT NULL REFERENCES units(code),
  lead INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (programme_id, unit_code)
);

CREATE TABLE tasks (
  id {{id}},
  document_id BIGINT REFERENCES documents(id),
  programme_id BIGINT REFERENCES programmes(id),
  parent_id BIGINT REFERENCES tasks(id),
  title TEXT NOT NULL,
  content TEXT,
  lead_unit TEXT NOT NULL REFERENCES units(code),   -- chủ trì
  priority TEXT NOT NULL DEFAULT 'normal',           -- normal | high | urgent
  recurrence TEXT NOT NULL DEFAULT 'none',           -- none | monthly | quarterly | yearly
  recurrence_until TEXT,                              -- last day an occurrence may fall on
  completed_on TEXT,                                  -- one-off tasks; occurrences below
  result TEXT,
  cancelled_on TEXT,
  cancel_reason TEXT,
  illustrative INTEGER NOT NULL DEFAULT 0,
  source TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX tasks_lead_unit ON tasks(lead_unit);
CREATE INDEX tasks_document ON tasks(document_id);

CREATE TABLE task_coordinators (                      -- phối hợp
  task_id BIGINT NOT NULL REFERENCES tasks(id),
  unit_code TEXT NOT NULL REFERENCES units(code),
  PRIMARY KEY (task_id, unit_code)
);

CREATE TABLE task_links (                             -- linked targets and projects
  task_id BIGINT NOT NULL REFERENCES tasks(id),
  kind TEXT NOT NULL,                                 -- indicator | project
  ref TEXT NOT NULL,
  PRIMARY KEY (task_id, kind, ref)
);

-- The history of deadlines: the newest row is in force. A recurring task's first deadline.
CREATE TABLE task_deadlines (
  id {{id}},
  task_id BIGINT NOT NULL REFERENCES tasks(id),
  deadline TEXT NOT NULL,
  reason TEXT NOT NULL,                               -- "giao nhiệm vụ" or the extension's reason
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL
);
CREATE INDEX task_deadlines_task ON task_deadlines(task_id, id);

CREATE TABLE task_extension_requests (
  id {{id}},
  task_id BIGINT NOT NULL REFERENCES tasks(id),
  requested_deadline TEXT NOT NULL,
  reason TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  requested_at TEXT NOT NULL,
  decision TEXT,                                      -- approved | rejected
  decision_note TEXT,
  decided_by TEXT,
  decided_at TEXT
);

CREATE TABLE task_progress (
  id {{id}},
  task_id BIGINT NOT NULL REFERENCES tasks(id),
  reported_on TEXT NOT NULL,
  percent INTEGER NOT NULL,
  text TEXT NOT NULL,
  reported_by TEXT NOT NULL,
  reported_at TEXT NOT NULL
);
CREATE INDEX task_progress_task ON task_progress(task_id, id);

-- Completion of each occurrence of a recurring task, by its due date.
CREATE TABLE task_occurrences (
  task_id BIGINT NOT NULL REFERENCES tasks(id),
  due TEXT NOT NULL,
  completed_on TEXT NOT NULL,
  result TEXT,
  PRIMARY KEY (task_id, due)
);

-- Reminders waiting to be sent by e-mail or SMS; one per task, due date and kind.
CREATE TABLE notices (
  id {{id}},
  task_id BIGINT NOT NULL REFERENCES tasks(id),
  due TEXT NOT NULL,
  kind TEXT NOT NULL,                                 -- due_soon | overdue
  unit_code TEXT NOT NULL REFERENCES units(code),
  message TEXT NOT NULL,
  created_at TEXT NOT NULL,
  sent_at TEXT,
  UNIQUE (task_id, due, kind)
);
