#include "db/database.hpp"

#include <spdlog/spdlog.h>

#include <filesystem>
#include <thread>

#include "db/postgres.hpp"
#include "db/sqlite.hpp"

namespace sen::db {

namespace {

constexpr auto kSkipReplicaFor = std::chrono::seconds(5);
constexpr auto kWaitForReplay = std::chrono::milliseconds(200);

std::int64_t steady_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace

std::int64_t data_generation(Connection& c) {
  return c.query("SELECT value FROM data_generation WHERE id = 1").row(0).integer(0);
}

Pool::Lease Pool::acquire() {
  return acquire_within(std::nullopt);
}

Pool::Lease Pool::acquire_within(std::optional<std::chrono::milliseconds> wait) {
  std::unique_lock lock(mutex_);
  auto room = [&] { return !idle_.empty() || open_ < size_; };
  if (!wait) {
    available_.wait(lock, room);
  } else if (!available_.wait_for(lock, *wait, room)) {
    return Lease(*this, nullptr);
  }
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

Pool::Lease Pool::try_acquire(std::chrono::milliseconds wait, bool& unreachable) {
  unreachable = false;
  try {
    return acquire_within(wait);
  } catch (const DatabaseError&) {
    unreachable = true;
    return Lease(*this, nullptr);
  }
}

void Pool::adopt(std::unique_ptr<Connection> connection) {
  {
    std::lock_guard lock(mutex_);
    ++open_;
  }
  release(std::move(connection));
}

void Pool::drop_idle() {
  std::lock_guard lock(mutex_);
  open_ -= idle_.size();
  idle_.clear();
  available_.notify_all();
}

void Pool::release(std::unique_ptr<Connection> connection) {
  if (!connection) return;
  std::lock_guard lock(mutex_);
  if (connection->healthy()) {
    idle_.push_back(std::move(connection));
  } else {
    --open_;  // a broken connection is dropped; the next acquire opens a new one
  }
  available_.notify_one();
}

std::unique_ptr<Database> Database::open(const std::string& location, bool create, std::size_t pool_size) {
  if (is_postgres_url(location)) {
    auto first = open_postgres(location);
    auto db = std::make_unique<Database>([location] { return open_postgres(location); }, pool_size, "postgresql");
    db->adopt(std::move(first));
    return db;
  }
  if (create) {
    auto parent = std::filesystem::path(location).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
  }
  auto first = open_sqlite(location, {.create = create});
  auto db = std::make_unique<Database>([location] { return open_sqlite(location); }, pool_size, "sqlite");
  db->adopt(std::move(first));
  return db;
}

Database::Database(Pool::Factory factory, std::size_t pool_size, std::string engine)
    : engine_(std::move(engine)), pool_size_(pool_size), primary_(std::move(factory), pool_size) {}

void Database::add_replica(const std::string& url) {
  if (engine_ != "postgresql" || !is_postgres_url(url)) {
    throw DatabaseError(
        "a read replica (--db-read) needs PostgreSQL: a postgresql:// URL for both the database and the replica");
  }
  // A replica that does not answer is skipped rather than waited for: connect within 2 s, and
  // notice a silent peer by TCP keepalives.
  std::string bounded = url + (url.find('?') == std::string::npos ? "?" : "&") +
                        "connect_timeout=2&keepalives=1&keepalives_idle=5&keepalives_interval=2&keepalives_count=2";
  replicas_.push_back(std::make_unique<Replica>(
      url, [bounded] { return open_postgres(bounded); }, pool_size_));
}

Database::Replica::Replica(std::string url_, Pool::Factory factory, std::size_t size)
    : url(std::move(url_)), pool(std::move(factory), size) {}

bool Database::Replica::usable() const {
  return steady_ms() >= skipped_until.load();
}

void Database::Replica::skip(const std::string& reason) {
  auto until = steady_ms() + std::chrono::duration_cast<std::chrono::milliseconds>(kSkipReplicaFor).count();
  auto before = skipped_until.exchange(until);
  pool.drop_idle();
  if (before < steady_ms()) spdlog::warn("read replica {} skipped for {} s: {}", url, kSkipReplicaFor.count(), reason);
}

void Database::finish_write(Connection& c) {
  // A random value, not a count: after a failover to a standby that lacks the last commits, or a
  // restore, a count would reach the same numbers again and revive answers kept for them.
  // Near the end of the transaction: on PostgreSQL the row stays locked only from here to the
  // commit, which orders the before-commit steps of concurrent transactions.
  c.execute(c.engine() == "postgresql" ? "UPDATE data_generation SET value = (random() * 9.2e18)::bigint WHERE id = 1"
                                       : "UPDATE data_generation SET value = random() WHERE id = 1");
  if (before_commit_) before_commit_(c);
}

std::string Database::primary_position() {
  auto lease = primary_.acquire();
  return (*lease).query("SELECT pg_current_wal_lsn()::text").row(0).text(0);
}

bool Database::caught_up(Connection& replica, const std::string& position) {
  auto give_up = std::chrono::steady_clock::now() + kWaitForReplay;
  for (;;) {
    auto r = replica.query("SELECT COALESCE(pg_last_wal_replay_lsn() >= $1::pg_lsn, false)", {position});
    if (r.row(0).boolean(0)) return true;
    if (std::chrono::steady_clock::now() >= give_up) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

}  // namespace sen::db
