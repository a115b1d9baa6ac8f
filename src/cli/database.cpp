#include "cli/database.hpp"

#include <spdlog/spdlog.h>

#include <cstdlib>

#include "audit/audit.hpp"
#include "db/postgres.hpp"
#include "wiring/modules.hpp"
#include "wiring/setup.hpp"

namespace sen::cli {

std::filesystem::path audit_key_file(const std::string& location) {
  if (const char* set = std::getenv("SEN_AUDIT_KEY"); set && *set) return set;
  if (db::is_postgres_url(location)) return std::filesystem::path("var") / "audit.key";
  return std::filesystem::path(location).parent_path() / "audit.key";
}

std::unique_ptr<db::Database> open_database(const std::string& location, bool create, std::size_t pool) {
  wiring::install_modules();
  auto database = db::Database::open(location, create, pool);
  for (const auto& name : wiring::prepare_database(*database)) spdlog::info("applied migration {}", name);
  database->read([&](db::Connection& c) { audit::load_or_create_key(audit_key_file(location), c); });
  return database;
}

}  // namespace sen::cli
