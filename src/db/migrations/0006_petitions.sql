-- Citizens' letters and petitions (đơn thư): intake, processing and resolution as dated events;
-- statuses and deadlines are computed from them. Denouncers' identities are stored apart, in a
-- table that only the identity route reads.

CREATE TABLE petitions (
  id {{id}},
  tracking_code TEXT NOT NULL UNIQUE,     -- given to the citizen
  lookup_digits TEXT,                     -- last 4 digits of a petitioner's phone: the lookup's second factor
  channel TEXT NOT NULL,                  -- direct | post | portal | hotline | transferred
  received_on TEXT NOT NULL,
  types TEXT NOT NULL,                    -- comma-separated: khieu_nai, to_cao, kien_nghi, phan_anh
  field TEXT NOT NULL,                    -- lĩnh vực: dat_dai, moi_truong, …
  content TEXT NOT NULL,
  content_folded TEXT NOT NULL,           -- lower case, no diacritics: for search
  concerned_unit TEXT REFERENCES units(code),
  concerned_person TEXT,                  -- the person complained about or denounced
  handling_unit TEXT NOT NULL REFERENCES units(code),
  anonymous INTEGER NOT NULL DEFAULT 0,
  petitioner_count INTEGER NOT NULL DEFAULT 0,
  petitioner_key TEXT,                    -- folded names of the petitioners, for duplicates (not denouncers)
  round INTEGER NOT NULL DEFAULT 1,       -- complaints: 1 (lần đầu) or 2 (lần hai)
  previous_id BIGINT REFERENCES petitions(id),
  duplicate_of BIGINT REFERENCES petitions(id),
  variant TEXT NOT NULL DEFAULT 'base',   -- complex, remote … for the resolution deadline
  illustrative INTEGER NOT NULL DEFAULT 0,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX petitions_handling_unit ON petitions(handling_unit);
CREATE INDEX petitions_received_on ON petitions(received_on);

-- Who sent a letter that denounces no one.
CREATE TABLE petitioners (
  id {{id}},
  petition_id BIGINT NOT NULL REFERENCES petitions(id),
  full_name TEXT NOT NULL,
  address TEXT,
  phone TEXT
);
CREATE INDEX petitioners_petition ON petitioners(petition_id);

-- Who denounced: confidential (Law on Denunciations 2018 Art. 47). Read only through
-- GET /api/v1/petitions/{id}/denouncers with the petitions.identity grant; every read audited.
CREATE TABLE denouncers (
  id {{id}},
  petition_id BIGINT NOT NULL REFERENCES petitions(id),
  full_name TEXT NOT NULL,
  address TEXT,
  phone TEXT
);
CREATE INDEX denouncers_petition ON denouncers(petition_id);

-- What happened to a letter, in order: processing (accept, forward, guide, file), resolution
-- (extend, dialogue, withdraw, suspend, resume, decide), and the follow-up of the decision.
CREATE TABLE petition_events (
  id {{id}},
  petition_id BIGINT NOT NULL REFERENCES petitions(id),
  kind TEXT NOT NULL,
  happened_on TEXT NOT NULL,
  note TEXT,
  reason TEXT,                            -- file: the reason the circular allows
  recipient TEXT,                         -- forward: the competent body
  decision_number TEXT,                   -- extend, decide
  decision_date TEXT,
  new_deadline TEXT,                      -- extend
  result TEXT,                            -- decide: dung | sai | dung_mot_phan
  partial INTEGER NOT NULL DEFAULT 0,     -- withdraw: 1 for a partial withdrawal
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX petition_events_petition ON petition_events(petition_id, id);
