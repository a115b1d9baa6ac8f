// Numbered schema migrations (src/db/migrations/NNNN_name.sql), compiled into the binary. What
// only one engine can say (a full-text index) lives in NNNN_name.sqlite.sql and
// NNNN_name.postgresql.sql: the same version, one for each engine.
// Applied versions are recorded in schema_migrations(version, name, checksum, applied_at);
// a migration that changed after it was applied is refused.
#pragma once
#include <string>
#include <vector>

#include "db/connection.hpp"

namespace sen::db {

struct Migration {
  int version = 0;
  std::string name;
  std::string sql;          // portable SQL with the placeholders documented in migrate.cpp
  std::string engine = {};  // "sqlite" or "postgresql" for one engine's migration; "" for both
};

// The migrations compiled into this binary, by version (each engine's variant of a version after
// the other's).
std::vector<Migration> bundled_migrations();

// Hex checksum of a migration's text, as stored in schema_migrations.
std::string migration_checksum(const Migration& m);

// Applies the migrations of `c`'s engine not yet applied, all in one transaction; returns their names.
// Throws DatabaseError when an applied migration's checksum differs or when the database
// holds a version this binary does not know (it is older than the database).
std::vector<std::string> migrate(Connection& c, const std::vector<Migration>& migrations);

}  // namespace sen::db
