-- Party oversight (kiểm tra, giám sát, kỷ luật): members, the annual programme, cases of
-- inspection and supervision, discipline, annual quality ratings and admissions. Party
-- organisations are units of the hierarchy (kinds party_committee, party_organization,
-- party_cell). Membership is sensitive personal data (Law 91/2025/QH15): the member table is read
-- only by routes that need the oversight.members grant, and each read is audited.

CREATE TABLE party_members (
  code TEXT PRIMARY KEY,
  full_name TEXT NOT NULL,
  birth_year INTEGER NOT NULL,
  organisation TEXT NOT NULL REFERENCES units(code),  -- the chi bộ or grassroots organisation
  admitted_on TEXT NOT NULL,                          -- the admission decision: party age counts from it
  full_member_on TEXT,                                -- confirmation as a full member
  status TEXT NOT NULL,                               -- probationary | full | left
  posts TEXT,                                         -- posts held, '; '-separated (cách chức needs one)
  illustrative INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX party_members_organisation ON party_members(organisation);

-- The annual inspection and supervision programme of a committee or inspection committee.
CREATE TABLE oversight_programmes (
  id {{id}},
  committee TEXT NOT NULL REFERENCES units(code),
  year INTEGER NOT NULL,
  title TEXT NOT NULL,
  document TEXT,
  illustrative INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE oversight_programme_items (
  id {{id}},
  programme_id BIGINT NOT NULL REFERENCES oversight_programmes(id),
  kind TEXT NOT NULL,                     -- inspection | supervision
  subject TEXT NOT NULL,                  -- whom, as written in the programme
  content TEXT NOT NULL,
  timing TEXT NOT NULL                    -- e.g. "Quý II"
);
CREATE INDEX oversight_programme_items_programme ON oversight_programme_items(programme_id);

-- A case of inspection or supervision, opened by a numbered decision.
CREATE TABLE oversight_cases (
  id {{id}},
  kind TEXT NOT NULL,                     -- inspection | supervision
  type TEXT NOT NULL,                     -- see docs/oversight.md
  body TEXT NOT NULL REFERENCES units(code),  -- the committee or inspection committee acting
  decision_number INTEGER NOT NULL,
  decision_type TEXT NOT NULL,            -- QĐ
  issuer TEXT NOT NULL,                   -- UBKTTU, TU …
  term TEXT NOT NULL,                     -- nhiệm kỳ, e.g. 2020-2025: numbering restarts each term
  decided_on TEXT NOT NULL,
  team TEXT,
  period_from TEXT,
  period_to TEXT,
  programme_item_id BIGINT REFERENCES oversight_programme_items(id),
  conclusion TEXT,
  concluded_on TEXT,
  recommendations TEXT,
  illustrative INTEGER NOT NULL DEFAULT 0,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  UNIQUE (issuer, decision_type, term, decision_number)
);
CREATE INDEX oversight_cases_decided ON oversight_cases(decided_on);

CREATE TABLE oversight_case_subjects (
  case_id BIGINT NOT NULL REFERENCES oversight_cases(id),
  subject_kind TEXT NOT NULL,             -- organisation | member
  subject TEXT NOT NULL,                  -- unit code or member code
  PRIMARY KEY (case_id, subject_kind, subject)
);

-- The remedies a conclusion asks for, and their follow-up.
CREATE TABLE oversight_remedies (
  id {{id}},
  case_id BIGINT NOT NULL REFERENCES oversight_cases(id),
  content TEXT NOT NULL,
  due TEXT,
  done_on TEXT,
  note TEXT,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX oversight_remedies_case ON oversight_remedies(case_id);

CREATE TABLE discipline_decisions (
  id {{id}},
  subject_kind TEXT NOT NULL,             -- organisation | member
  subject TEXT NOT NULL,
  member_status TEXT,                     -- probationary | full, when the subject is a member
  form TEXT NOT NULL,                     -- khien_trach | canh_cao | cach_chuc | khai_tru | giai_tan
  violation_on TEXT NOT NULL,             -- the (latest) violation: the limitation runs from it
  concluded_on TEXT NOT NULL,             -- the competent body's conclusion
  decided_on TEXT NOT NULL,
  decision TEXT NOT NULL,                 -- number–type/issuer
  body TEXT NOT NULL REFERENCES units(code),
  case_id BIGINT REFERENCES oversight_cases(id),
  reason TEXT NOT NULL,
  notice_due TEXT,                        -- a member disciplined by another body: its organisation told within 5 days
  notified_on TEXT,
  limitation_warning TEXT,
  illustrative INTEGER NOT NULL DEFAULT 0,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX discipline_decided ON discipline_decisions(decided_on);

CREATE TABLE discipline_complaints (
  id {{id}},
  decision_id BIGINT NOT NULL REFERENCES discipline_decisions(id),
  received_on TEXT NOT NULL,
  resolved_on TEXT,
  result TEXT,                            -- upheld | changed | annulled
  note TEXT
);

-- Annual quality rating: each step (self, proposal, decision) is a row; the decision counts.
CREATE TABLE quality_ratings (
  id {{id}},
  year INTEGER NOT NULL,
  subject_kind TEXT NOT NULL,             -- organisation | member
  subject TEXT NOT NULL,
  step TEXT NOT NULL,                     -- self | proposal | decision
  level TEXT,                             -- xuat_sac | tot | hoan_thanh | khong_hoan_thanh; null when exempt
  score DOUBLE PRECISION,                 -- 366-QĐ/TW from 2025
  exempt_reason TEXT,
  rated_within TEXT NOT NULL REFERENCES units(code),  -- where the 20% cap counts: a member's grassroots organisation, a rated organisation's superior
  rule_set TEXT NOT NULL,
  illustrative INTEGER NOT NULL DEFAULT 0,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  UNIQUE (year, subject_kind, subject, step)
);
CREATE INDEX quality_ratings_within ON quality_ratings(year, rated_within);

-- Admission of a new member: the candidate's steps (forms 1-KNĐ … 15-KNĐ), the decision, the
-- probation and its confirmation.
CREATE TABLE admissions (
  id {{id}},
  candidate TEXT NOT NULL,
  birth_year INTEGER NOT NULL,
  organisation TEXT NOT NULL REFERENCES units(code),
  introducer TEXT,
  decision TEXT,
  admitted_on TEXT,
  probation_due TEXT,
  confirmed_on TEXT,
  confirmation_decision TEXT,
  member_code TEXT REFERENCES party_members(code),
  status TEXT NOT NULL,                   -- candidate | probation | confirmed | not_admitted
  illustrative INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX admissions_admitted ON admissions(admitted_on);

CREATE TABLE admission_steps (
  admission_id BIGINT NOT NULL REFERENCES admissions(id),
  form TEXT NOT NULL,                     -- 1-KNĐ … 15-KNĐ
  done_on TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (admission_id, form)
);

-- Dated rule sets (PRODUCT.md): which regulation governs ratings and discipline for a year or day.
CREATE TABLE party_rule_sets (
  code TEXT PRIMARY KEY,                  -- e.g. 124-QĐ/TW
  subject TEXT NOT NULL,                  -- rating | discipline | inspection
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  name TEXT NOT NULL,
  scale TEXT NOT NULL                     -- levels | points (ratings); forms (discipline)
);
