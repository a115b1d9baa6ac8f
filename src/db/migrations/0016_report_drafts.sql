-- Report drafts (dự thảo báo cáo): a report of a unit for a period in the form of its issuer,
-- with the officer's own text by part, each part with a version so that two editors do not
-- overwrite each other. Issuing sets the number, date and signer once and freezes the document:
-- its files as issued are kept with their SHA-256, and later data never change them. A corrected
-- report is a new draft.
CREATE TABLE report_drafts (
  id {{id}},
  unit_code TEXT NOT NULL REFERENCES units(code),
  kind TEXT NOT NULL,             -- annual | periodic
  period TEXT NOT NULL,           -- 2022, 2023-6M, 2023-Q1, 2023-03
  issuer TEXT NOT NULL,           -- party | state
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  number TEXT,                    -- from here on, set once when issued
  issued_on TEXT,
  signer TEXT,
  permissions TEXT,               -- JSON array: what a reader needs to read the issued document
  issued_by TEXT,
  issued_at TEXT
);
CREATE INDEX report_drafts_unit ON report_drafts(unit_code, id);

CREATE TABLE report_draft_sections (
  draft_id BIGINT NOT NULL REFERENCES report_drafts(id),
  part TEXT NOT NULL,              -- overall, strengths, …, recipients (reports/narrative.hpp)
  ordinal INTEGER NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,              -- the officer's text; for recipients one per line
  version BIGINT NOT NULL DEFAULT 1,
  updated_by TEXT,
  updated_at TEXT,
  PRIMARY KEY (draft_id, part)
);

-- The issued document in each format: its bytes as base64 and the SHA-256 of the bytes (hex).
CREATE TABLE report_files (
  draft_id BIGINT NOT NULL REFERENCES report_drafts(id),
  format TEXT NOT NULL,           -- docx | pdf | xlsx | html
  content TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  PRIMARY KEY (draft_id, format)
);
