#include "db/database.hpp"

#include <filesystem>

#include "db/postgres.hpp"
#include "db/sqlite.hpp"

namespace sen::db {

std::unique_ptr<Database> Database::open(const std::string& location, bool create, std::size_t pool_size) {
  if (is_postgres_url(location)) {
    auto first = open_postgres(location);
    auto db = std::make_unique<Database>([location] { return open_postgres(location); }, pool_size, "postgresql");
    db->release(std::move(first));
    db->open_ = 1;
    return db;
  }
  if (create) {
    auto parent = std::filesystem::path(location).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
  }
  auto first = open_sqlite(location, {.create = create});
  auto db = std::make_unique<Database>(
      [location] { return open_sqlite(location); }, pool_size, "sqlite");
  db->release(std::move(first));
  db->open_ = 1;
  return db;
}

std::int64_t data_generation(Connection& c) {
  return c.query("SELECT value FROM data_generation WHERE id = 1").row(0).integer(0);
}

void Database::raise_generation(Connection& c) {
  // Last in the transaction: on PostgreSQL the row stays locked only from here to the commit.
  c.execute("UPDATE data_generation SET value = value + 1 WHERE id = 1");
}

Database::Database(Factory factory, std::size_t pool_size, std::string engine)
    : factory_(std::move(factory)), pool_size_(pool_size == 0 ? 1 : pool_size), engine_(std::move(engine)) {}

Database::Lease Database::acquire() {
  std::unique_lock lock(mutex_);
  available_.wait(lock, [&] { return !idle_.empty() || open_ < pool_size_; });
  if (!idle_.empty()) {
    auto c = std::move(idle_.back());
    idle_.pop_back();
    return Lease(*this, std::move(c));
  }
  ++open_;
  lock.unlock();
  try {
    return Lease(*this, factory_());
  } catch (...) {
    std::lock_guard again(mutex_);
    --open_;
    available_.notify_one();
    throw;
  }
}

void Database::release(std::unique_ptr<Connection> connection) {
  if (!connection) return;
  std::lock_guard lock(mutex_);
  if (connection->healthy()) {
    idle_.push_back(std::move(connection));
  } else {
    --open_;  // a broken connection is dropped; the next acquire opens a new one
  }
  available_.notify_one();
}

}  // namespace sen::db
