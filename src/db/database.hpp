// A pool of connections to one database, and transactions over it.
// `location` is a SQLite file path or a postgresql:// URL.
#pragma once
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "db/connection.hpp"

namespace sen::db {

// The data generation of the database as `c` sees it: raised by every write transaction just
// before it commits, read first in a read transaction (app/answer_cache.hpp).
std::int64_t data_generation(Connection& c);

class Database {
 public:
  using Factory = std::function<std::unique_ptr<Connection>()>;

  // Opens `location`; `create` allows a new SQLite file (a PostgreSQL database must exist). Connects once at once, so that a
  // database that cannot be opened fails here with a one-line DatabaseError.
  static std::unique_ptr<Database> open(const std::string& location, bool create, std::size_t pool_size = 8);

  Database(Factory factory, std::size_t pool_size, std::string engine);
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  const std::string& engine() const { return engine_; }

  // Runs f(Connection&) on a pooled connection outside any transaction (f manages its own).
  template <class F>
  auto with_connection(F&& f) {
    Lease lease = acquire();
    return f(*lease);
  }
  // Runs f(Connection&) in a read transaction and returns its result.
  template <class F>
  auto read(F&& f) {
    return run(false, std::forward<F>(f));
  }
  // Runs f(Connection&) in a write transaction: raises the data generation and commits when f
  // returns, rolls back when it throws.
  template <class F>
  auto write(F&& f) {
    return run(true, std::forward<F>(f));
  }

 private:
  class Lease {
   public:
    Lease(Database& db, std::unique_ptr<Connection> c) : db_(db), connection_(std::move(c)) {}
    ~Lease() { db_.release(std::move(connection_)); }
    Connection& operator*() { return *connection_; }

   private:
    Database& db_;
    std::unique_ptr<Connection> connection_;
  };

  template <class F>
  auto run(bool writing, F&& f) {
    Lease lease = acquire();
    Connection& c = *lease;
    writing ? c.begin_write() : c.begin_read();
    try {
      if constexpr (std::is_void_v<decltype(f(c))>) {
        f(c);
        if (writing) raise_generation(c);
        c.commit();
      } else {
        auto result = f(c);
        if (writing) raise_generation(c);
        c.commit();
        return result;
      }
    } catch (...) {
      c.rollback();
      throw;
    }
  }

  static void raise_generation(Connection& c);
  Lease acquire();
  void release(std::unique_ptr<Connection> connection);

  Factory factory_;
  std::size_t pool_size_;
  std::string engine_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;
  std::size_t open_ = 0;
};

}  // namespace sen::db
