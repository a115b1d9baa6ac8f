// db::Connection over the sqlite3 C API: WAL journal, foreign keys on, busy timeout,
// prepared statements cached per connection.
#pragma once
#include <memory>
#include <string>

#include "db/connection.hpp"

namespace sen::db {

struct SqliteOptions {
  bool create = false;  // create the file if it does not exist
  int busy_timeout_ms = 10000;
};

// Opens the database file at `path`; throws DatabaseError with a one-line reason on failure.
std::unique_ptr<Connection> open_sqlite(const std::string& path, const SqliteOptions& options = {});

// Copies the live database at `from` into a new file `to` through SQLite's online backup API,
// consistent while other connections write. Throws DatabaseError on failure.
void backup_sqlite(const std::string& from, const std::string& to);

}  // namespace sen::db
