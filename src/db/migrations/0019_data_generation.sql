-- The data generation: one number that every write transaction raises just before it commits
-- (db::Database::write). A server keeps answers to reads while the generation they were computed
-- at is current, so every server sharing the database sees the others' writes at once.
CREATE TABLE data_generation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  value BIGINT NOT NULL
);
INSERT INTO data_generation (id, value) VALUES (1, 1);
