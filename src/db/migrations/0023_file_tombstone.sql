-- The bytes of an upload deleted before any record took it (files/files.hpp, stage and remove)
-- are dropped; its row stays, removed, so that no id is ever given twice, and points here.
INSERT INTO file_contents (sha256, size, content) VALUES ('', 0, '');
