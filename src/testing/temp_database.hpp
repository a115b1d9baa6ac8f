// For tests only: a migrated, empty database, removed afterwards. SQLite in a temporary
// directory; or, when SEN_TEST_PG_URL_FILE names a file holding a server's URL, a new
// PostgreSQL database on that server.
#pragma once
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "audit/audit.hpp"
#include "db/database.hpp"
#include "db/postgres.hpp"
#include "wiring/modules.hpp"
#include "wiring/setup.hpp"

namespace sen::testing {

class TempDatabase {
 public:
  TempDatabase() {
    char pattern[] = "/tmp/sen-unit-XXXXXX";
    dir_ = mkdtemp(pattern);
    location_ = dir_ + "/sen.db";
    if (const char* file = std::getenv("SEN_TEST_PG_URL_FILE")) {
      std::ifstream in(file);
      std::getline(in, server_);
      static std::atomic<int> counter{0};
      name_ = "sen_unit_" + std::to_string(getpid()) + "_" + std::to_string(++counter);
      db::open_postgres(server_)->execute_script("CREATE DATABASE " + name_);
      location_ = server_.substr(0, server_.rfind('/') + 1) + name_;
    }
    database_ = db::Database::open(location_, true, 4);
    wiring::prepare_database(*database_);
    wiring::install_modules();
    audit::use_key(std::string(64, 'a'));  // a fixed audit key: tests write audit rows
  }
  ~TempDatabase() {
    database_.reset();
    if (!name_.empty()) db::open_postgres(server_)->execute_script("DROP DATABASE " + name_ + " WITH (FORCE)");
    std::filesystem::remove_all(dir_);
  }
  TempDatabase(const TempDatabase&) = delete;
  TempDatabase& operator=(const TempDatabase&) = delete;

  // A SQLite path or a PostgreSQL URL.
  const std::string& location() const { return location_; }
  db::Database& operator*() { return *database_; }
  db::Database* operator->() { return database_.get(); }

 private:
  std::string dir_;
  std::string location_;
  std::string server_;  // maintenance database URL, PostgreSQL only
  std::string name_;    // database name, PostgreSQL only
  std::unique_ptr<db::Database> database_;
};

}  // namespace sen::testing
