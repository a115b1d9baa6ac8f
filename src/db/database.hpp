// A pool of connections to one database, and transactions over it; with PostgreSQL, optionally
// streaming replicas that take the read transactions.
// `location` is a SQLite file path or a postgresql:// URL.
#pragma once
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"

namespace sen::db {

// The data generation of the database as `c` sees it: raised by every write transaction just
// before it commits, read first in a read transaction (app/answer_cache.hpp).
std::int64_t data_generation(Connection& c);

// Connections to one server, opened on demand up to a size and reused.
class Pool {
 public:
  using Factory = std::function<std::unique_ptr<Connection>()>;
  Pool(Factory factory, std::size_t size) : factory_(std::move(factory)), size_(size == 0 ? 1 : size) {}
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;

  // A connection, returned to the pool when the lease ends; a broken one is dropped then.
  class Lease {
   public:
    Lease(Pool& pool, std::unique_ptr<Connection> c) : pool_(pool), connection_(std::move(c)) {}
    ~Lease() { pool_.release(std::move(connection_)); }
    Connection& operator*() { return *connection_; }
    explicit operator bool() const { return connection_ != nullptr; }

   private:
    Pool& pool_;
    std::unique_ptr<Connection> connection_;
  };
  // Waits for an idle connection or opens one; throws DatabaseError when it cannot be opened.
  Lease acquire();
  // The same, but waits at most `wait` while every connection is in use, and gives an empty
  // lease then, or when no connection can be opened (`unreachable`).
  Lease try_acquire(std::chrono::milliseconds wait, bool& unreachable);
  // Keeps `connection` (already open) for later leases.
  void adopt(std::unique_ptr<Connection> connection);
  // Closes the idle connections: after one broke, its server may have restarted under them all.
  void drop_idle();

 private:
  void release(std::unique_ptr<Connection> connection);
  // acquire(), waiting at most `wait` when given: an empty lease then.
  Lease acquire_within(std::optional<std::chrono::milliseconds> wait);

  Factory factory_;
  std::size_t size_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;
  std::size_t open_ = 0;
};

class Database {
 public:
  // Opens `location`; `create` allows a new SQLite file (a PostgreSQL database must exist). Connects once at once, so
  // that a database that cannot be opened fails here with a one-line DatabaseError.
  static std::unique_ptr<Database> open(const std::string& location, bool create, std::size_t pool_size = 8);

  Database(Pool::Factory factory, std::size_t pool_size, std::string engine);
  // Keeps `connection`, opened already, for the first transactions.
  void adopt(std::unique_ptr<Connection> connection) { primary_.adopt(std::move(connection)); }
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  const std::string& engine() const { return engine_; }

  // Sends read transactions to a streaming replica of this PostgreSQL database at `url`
  // (sen serve --db-read). A read goes to a replica only once the replica has replayed everything
  // the primary had committed when the read began, so a caller always sees its own writes; a
  // replica that lags more than a moment, cannot be reached (within 2 s) or breaks mid-read is
  // skipped (for a few seconds), and the read is run on the next one or on the primary (also when
  // its connections are all in use for 100 ms: it is passed over for that read only); a read
  // that fails on a replica otherwise (a conflict with recovery) is run again on the primary.
  void add_replica(const std::string& url);

  // Runs f(Connection&) on a pooled connection outside any transaction (f manages its own).
  template <class F>
  auto with_connection(F&& f) {
    auto lease = primary_.acquire();
    return f(*lease);
  }
  // Runs f(Connection&) in a read transaction and returns its result. With replicas, f may be
  // run more than once: a read must have no effect outside the transaction but an idempotent one.
  template <class F>
  auto read(F&& f) {
    if (replicas_.empty()) return run(primary_, false, f);
    auto position = primary_position();
    std::size_t first = turn_++;
    for (std::size_t tried = 0; tried < replicas_.size(); ++tried) {
      Replica& r = *replicas_[(first + tried) % replicas_.size()];
      if (!r.usable()) continue;
      bool unreachable = false;
      auto lease = r.pool.try_acquire(kWaitForIdle, unreachable);
      if (!lease) {
        if (unreachable) r.skip("cannot be reached");  // a busy one is only passed over this time
        continue;
      }
      try {
        if (!caught_up(*lease, position)) {
          r.skip("lags behind the primary");
          continue;
        }
        return run_leased(*lease, false, f);
      } catch (const DatabaseError& e) {
        if ((*lease).healthy()) break;  // the read failed there (a conflict with recovery…): the primary runs it
        r.skip(e.what());
      }
    }
    return run(primary_, false, f);
  }
  // Runs f(Connection&) in a write transaction: raises the data generation, runs the
  // before-commit step and commits when f returns, rolls back when either throws.
  template <class F>
  auto write(F&& f) {
    return run(primary_, true, f);
  }
  // What every write transaction does last, after raising the data generation: with PostgreSQL,
  // one transaction at a time, each seeing every earlier one's committed writes (the search index
  // is brought up to date there). Set before the first write.
  void before_commit(std::function<void(Connection&)> step) { before_commit_ = std::move(step); }

 private:
  // How long a read waits for a connection of a replica whose connections are all in use before
  // it goes to the next replica, or the primary.
  static constexpr std::chrono::milliseconds kWaitForIdle{100};

  struct Replica {
    Replica(std::string url, Pool::Factory factory, std::size_t size);
    std::string url;
    Pool pool;
    std::atomic<std::int64_t> skipped_until{0};  // steady-clock milliseconds
    // Whether reads may go to it: not skipped, or the time to try again has come.
    bool usable() const;
    // Sends no read to it for a few seconds (logged, with `reason`), and drops its idle connections.
    void skip(const std::string& reason);
  };

  template <class F>
  auto run(Pool& pool, bool writing, F& f) {
    auto lease = pool.acquire();
    return run_leased(*lease, writing, f);
  }
  template <class F>
  auto run_leased(Connection& c, bool writing, F& f) {
    writing ? c.begin_write() : c.begin_read();
    try {
      if constexpr (std::is_void_v<decltype(f(c))>) {
        f(c);
        if (writing) finish_write(c);
        c.commit();
      } else {
        auto result = f(c);
        if (writing) finish_write(c);
        c.commit();
        return result;
      }
    } catch (...) {
      c.rollback();
      throw;
    }
  }
  // Raises the data generation, then runs the before-commit step.
  void finish_write(Connection& c);
  // The primary's WAL position now: what a replica must have replayed to serve a read.
  std::string primary_position();
  // Whether `replica` has replayed `position`, waiting a moment for it.
  static bool caught_up(Connection& replica, const std::string& position);

  std::string engine_;
  std::size_t pool_size_;
  Pool primary_;
  std::vector<std::unique_ptr<Replica>> replicas_;
  std::atomic<std::size_t> turn_{0};
  std::function<void(Connection&)> before_commit_;
};

}  // namespace sen::db
