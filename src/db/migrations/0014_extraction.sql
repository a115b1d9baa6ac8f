-- Reading narrative reports (đọc báo cáo): the words that name each indicator, and each text
-- read with the figures proposed from it, kept so that its review can be reopened.

-- One row per indicator that has words; names and excluded are JSON arrays of phrases.
CREATE TABLE indicator_words (
  indicator_code TEXT PRIMARY KEY REFERENCES indicators(code),
  names TEXT NOT NULL,
  excluded TEXT NOT NULL,
  illustrative INTEGER NOT NULL DEFAULT 0,
  source TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  updated_by TEXT,
  updated_at TEXT
);

CREATE TABLE extractions (
  id {{id}},
  unit_code TEXT NOT NULL REFERENCES units(code),
  period TEXT NOT NULL,
  vintage TEXT NOT NULL,          -- given to figures stated as done
  document TEXT,                  -- the file's name or the title given
  media_type TEXT NOT NULL,       -- text/plain, application/pdf, …: what was read
  text TEXT NOT NULL,             -- the text read; quotes are spans of it
  proposals TEXT NOT NULL,        -- JSON: items, suggestions, counts
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX extractions_unit_period ON extractions(unit_code, period, id);

-- The values written when an officer accepted figures of an extraction.
CREATE TABLE extraction_values (
  extraction_id BIGINT NOT NULL REFERENCES extractions(id),
  value_id BIGINT NOT NULL REFERENCES indicator_values(id),
  accepted_by TEXT NOT NULL,
  accepted_at TEXT NOT NULL,
  PRIMARY KEY (extraction_id, value_id)
);
