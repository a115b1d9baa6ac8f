-- Files attached to records (tệp đính kèm). The bytes are kept once per content, under their
-- SHA-256, in the database itself (see docs/architecture.md, "Files"): one transaction writes the
-- file and its row, one backup holds both, and every `sen serve` sharing a PostgreSQL sees them.

CREATE TABLE file_contents (
  sha256 TEXT PRIMARY KEY,        -- hex
  size BIGINT NOT NULL,
  content TEXT NOT NULL           -- base64: the same column type on both engines
);

CREATE TABLE files (
  id {{id}},
  record_kind TEXT NOT NULL,      -- task | document | petition | project | oversight_case
  record_key TEXT NOT NULL,       -- the record's id or code
  name TEXT NOT NULL,             -- as uploaded, NFC
  media_type TEXT NOT NULL,       -- recognised from the content, never from the name
  size BIGINT NOT NULL,
  sha256 TEXT NOT NULL REFERENCES file_contents(sha256),
  text TEXT NOT NULL,             -- the text read from a PDF, DOCX or text file: for search
  uploaded_by TEXT NOT NULL,
  uploaded_at TEXT NOT NULL,
  removed_by TEXT,
  removed_at TEXT                 -- removal keeps the row (and the audit trail says who)
);
CREATE INDEX files_record ON files(record_kind, record_key, id);
