-- The search index (search/index.hpp): each searchable record's title and text as search shows
-- them (search_entries) and, folded (no Vietnamese marks, lower case), as the engine's full-text
-- index reads them. A write to a searchable table leaves a row in search_changes (a trigger, so no
-- path of writing is missed); the next write transaction, or the server's start, brings the
-- entries of those records up to date and deletes the rows, and until then search reads those
-- records themselves.
CREATE TABLE search_changes (
  id {{id}},
  kind TEXT NOT NULL,
  record_key TEXT NOT NULL
);
CREATE TABLE search_entries (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  record_key TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  UNIQUE (kind, record_key)
);
-- rowid = search_entries.id; the folded title and body.
CREATE VIRTUAL TABLE search_text USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0');
CREATE TRIGGER tasks_searched_insert AFTER INSERT ON tasks BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('task', CAST(NEW.id AS TEXT));
END;
CREATE TRIGGER tasks_searched_update AFTER UPDATE ON tasks BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('task', CAST(NEW.id AS TEXT));
END;
CREATE TRIGGER tasks_searched_delete AFTER DELETE ON tasks BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('task', CAST(OLD.id AS TEXT));
END;
CREATE TRIGGER documents_searched_insert AFTER INSERT ON documents BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('document', CAST(NEW.id AS TEXT));
END;
CREATE TRIGGER documents_searched_update AFTER UPDATE ON documents BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('document', CAST(NEW.id AS TEXT));
END;
CREATE TRIGGER documents_searched_delete AFTER DELETE ON documents BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('document', CAST(OLD.id AS TEXT));
END;
CREATE TRIGGER petitions_searched_insert AFTER INSERT ON petitions BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('petition', CAST(NEW.id AS TEXT));
END;
CREATE TRIGGER petitions_searched_update AFTER UPDATE ON petitions BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('petition', CAST(NEW.id AS TEXT));
END;
CREATE TRIGGER petitions_searched_delete AFTER DELETE ON petitions BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('petition', CAST(OLD.id AS TEXT));
END;
CREATE TRIGGER projects_searched_insert AFTER INSERT ON projects BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('project', NEW.code);
END;
CREATE TRIGGER projects_searched_update AFTER UPDATE ON projects BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('project', NEW.code);
END;
CREATE TRIGGER projects_searched_delete AFTER DELETE ON projects BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('project', OLD.code);
END;
CREATE TRIGGER indicators_searched_insert AFTER INSERT ON indicators BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('indicator', NEW.code);
END;
CREATE TRIGGER indicators_searched_update AFTER UPDATE ON indicators BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('indicator', NEW.code);
END;
CREATE TRIGGER indicators_searched_delete AFTER DELETE ON indicators BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('indicator', OLD.code);
END;
CREATE TRIGGER files_searched_insert AFTER INSERT ON files BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('file', CAST(NEW.id AS TEXT));
END;
CREATE TRIGGER files_searched_update AFTER UPDATE ON files BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('file', CAST(NEW.id AS TEXT));
END;
CREATE TRIGGER files_searched_delete AFTER DELETE ON files BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('file', CAST(OLD.id AS TEXT));
END;
CREATE TRIGGER report_drafts_searched_insert AFTER INSERT ON report_drafts BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('report', CAST(NEW.id AS TEXT));
END;
CREATE TRIGGER report_drafts_searched_update AFTER UPDATE ON report_drafts BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('report', CAST(NEW.id AS TEXT));
END;
CREATE TRIGGER report_drafts_searched_delete AFTER DELETE ON report_drafts BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('report', CAST(OLD.id AS TEXT));
END;
CREATE TRIGGER oversight_cases_searched_insert AFTER INSERT ON oversight_cases BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('oversight_case', CAST(NEW.id AS TEXT));
END;
CREATE TRIGGER oversight_cases_searched_update AFTER UPDATE ON oversight_cases BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('oversight_case', CAST(NEW.id AS TEXT));
END;
CREATE TRIGGER oversight_cases_searched_delete AFTER DELETE ON oversight_cases BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('oversight_case', CAST(OLD.id AS TEXT));
END;
CREATE TRIGGER unit_states_searched_insert AFTER INSERT ON unit_states BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('unit', NEW.code);
END;
CREATE TRIGGER unit_states_searched_update AFTER UPDATE ON unit_states BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('unit', NEW.code);
END;
CREATE TRIGGER unit_states_searched_delete AFTER DELETE ON unit_states BEGIN
  INSERT INTO search_changes (kind, record_key) VALUES ('unit', OLD.code);
END;
-- Every record there is now, indexed at the next start.
INSERT INTO search_changes (kind, record_key) SELECT 'task', CAST(id AS TEXT) FROM tasks;
INSERT INTO search_changes (kind, record_key) SELECT 'document', CAST(id AS TEXT) FROM documents;
INSERT INTO search_changes (kind, record_key) SELECT 'petition', CAST(id AS TEXT) FROM petitions;
INSERT INTO search_changes (kind, record_key) SELECT 'project', code FROM projects;
INSERT INTO search_changes (kind, record_key) SELECT 'indicator', code FROM indicators;
INSERT INTO search_changes (kind, record_key) SELECT 'file', CAST(id AS TEXT) FROM files;
INSERT INTO search_changes (kind, record_key) SELECT 'report', CAST(id AS TEXT) FROM report_drafts;
INSERT INTO search_changes (kind, record_key) SELECT 'oversight_case', CAST(id AS TEXT) FROM oversight_cases;
INSERT INTO search_changes (kind, record_key) SELECT 'unit', code FROM unit_states;
