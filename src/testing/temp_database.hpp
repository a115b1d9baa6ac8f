// For tests only: a migrated database in a fresh temporary directory, removed afterwards.
#pragma once
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "db/database.hpp"
#include "db/migrate.hpp"

namespace sen::testing {

class TempDatabase {
 public:
  TempDatabase() {
    char pattern[] = "/tmp/sen-unit-XXXXXX";
    dir_ = mkdtemp(pattern);
    database_ = db::Database::open(path(), true, 4);
    database_->with_connection([](db::Connection& c) { return db::migrate(c, db::bundled_migrations()); });
  }
  ~TempDatabase() {
    database_.reset();
    std::filesystem::remove_all(dir_);
  }
  TempDatabase(const TempDatabase&) = delete;
  TempDatabase& operator=(const TempDatabase&) = delete;

  std::string path() const { return dir_ + "/sen.db"; }
  db::Database& operator*() { return *database_; }
  db::Database* operator->() { return database_.get(); }

 private:
  std::string dir_;
  std::unique_ptr<db::Database> database_;
};

}  // namespace sen::testing
