// db::Connection over libpq. Statements are prepared once per connection; parameters travel
// as text and the server infers their types from the SQL.
#pragma once
#include <memory>
#include <string>

#include "db/connection.hpp"

namespace sen::db {

// True for "postgresql://…" and "postgres://…" locations.
bool is_postgres_url(const std::string& location);

// Connects; libpq fills what the URL leaves out from the PG* environment variables
// ("postgresql://" alone uses them all). Throws DatabaseError with a one-line reason.
std::unique_ptr<Connection> open_postgres(const std::string& url);

}  // namespace sen::db
