// The database a command works on.
#pragma once
#include <filesystem>
#include <memory>
#include <string>

#include "db/database.hpp"

namespace sen::cli {

// Opens `location` (a new SQLite file only when `create`), brings its schema and reference data
// up to date, and loads the audit key of this process from audit_key_file(location).
std::unique_ptr<db::Database> open_database(const std::string& location, bool create = false, std::size_t pool = 1);

// Where a database's audit key is kept: $SEN_AUDIT_KEY when set, else `audit.key` beside a SQLite
// file, else `var/audit.key` (PostgreSQL). Every server of one database must use the same file.
std::filesystem::path audit_key_file(const std::string& location);

}  // namespace sen::cli
