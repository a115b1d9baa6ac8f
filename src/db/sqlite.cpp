#include "db/sqlite.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <charconv>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace sen::db {

namespace {

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(sqlite3* handle) : db_(handle) {}
  ~SqliteConnection() override {
    for (auto& [sql, prepared] : statements_) sqlite3_finalize(prepared.stmt);
    sqlite3_close_v2(db_);
  }

  Result query(std::string_view sql, const Params& params) override {
    Prepared& prepared = prepare(sql);
    sqlite3_stmt* stmt = prepared.stmt;
    bind(prepared, params, sql);
    Result result;
    int columns = sqlite3_column_count(stmt);
    for (int i = 0; i < columns; ++i) result.columns.emplace_back(sqlite3_column_name(stmt, i));
    for (;;) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) fail(rc, sql, stmt);
      std::vector<Value> row;
      row.reserve(columns);
      for (int i = 0; i < columns; ++i) row.push_back(column(stmt, i));
      result.rows.push_back(std::move(row));
    }
    sqlite3_reset(stmt);
    return result;
  }

  std::int64_t execute(std::string_view sql, const Params& params) override {
    Prepared& prepared = prepare(sql);
    sqlite3_stmt* stmt = prepared.stmt;
    bind(prepared, params, sql);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE) fail(rc, sql, stmt);
    sqlite3_reset(stmt);
    return sqlite3_changes64(db_);
  }

  void execute_script(std::string_view sql) override {
    char* message = nullptr;
    std::string text(sql);
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string reason = message ? message : sqlite3_errmsg(db_);
      sqlite3_free(message);
      throw DatabaseError("sqlite: " + reason);
    }
  }

  std::string_view engine() const override { return "sqlite"; }
  void begin_read() override { execute("BEGIN", {}); }
  void begin_write() override { execute("BEGIN IMMEDIATE", {}); }
  void commit() override { execute("COMMIT", {}); }
  void rollback() override {
    if (!sqlite3_get_autocommit(db_)) execute("ROLLBACK", {});
  }

 private:
  // A prepared statement and, for each of its parameters, the index into Params ($n → n-1).
  struct Prepared {
    sqlite3_stmt* stmt = nullptr;
    std::vector<std::size_t> params;
  };

  Prepared& prepare(std::string_view sql) {
    if (auto it = statements_.find(sql); it != statements_.end()) return it->second;
    std::string key(sql);
    sqlite3_stmt* stmt = nullptr;
    int rc =
        sqlite3_prepare_v3(db_, key.data(), static_cast<int>(key.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
      throw DatabaseError(fmt::format("sqlite: {} in: {}", sqlite3_errmsg(db_), sql));
    }
    Prepared prepared{stmt, {}};
    int count = sqlite3_bind_parameter_count(stmt);
    for (int i = 1; i <= count; ++i) {
      const char* name = sqlite3_bind_parameter_name(stmt, i);
      std::size_t number = 0;
      if (!name || name[0] != '$' ||
          std::from_chars(name + 1, name + std::char_traits<char>::length(name), number).ec != std::errc() ||
          number == 0) {
        sqlite3_finalize(stmt);
        throw DatabaseError(fmt::format("sqlite: parameter {} is not $1…$n in: {}", name ? name : "?", sql));
      }
      prepared.params.push_back(number - 1);
    }
    return statements_.emplace(std::move(key), std::move(prepared)).first->second;
  }

  void bind(const Prepared& prepared, const Params& params, std::string_view sql) {
    sqlite3_stmt* stmt = prepared.stmt;
    for (std::size_t k = 0; k < prepared.params.size(); ++k) {
      int i = static_cast<int>(k + 1);
      std::size_t index = prepared.params[k];
      if (index >= params.size()) {
        throw DatabaseError(fmt::format("sqlite: parameter ${} has no value in: {}", index + 1, sql));
      }
      const Value& v = params[index];
      int rc = std::visit(
          [&](const auto& x) -> int {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::nullptr_t>)
              return sqlite3_bind_null(stmt, i);
            else if constexpr (std::is_same_v<T, std::int64_t>)
              return sqlite3_bind_int64(stmt, i, x);
            else if constexpr (std::is_same_v<T, double>)
              return sqlite3_bind_double(stmt, i, x);
            else
              return sqlite3_bind_text(stmt, i, x.data(), static_cast<int>(x.size()), SQLITE_TRANSIENT);
          },
          v);
      if (rc != SQLITE_OK) throw DatabaseError(fmt::format("sqlite: bind failed: {}", sqlite3_errmsg(db_)));
    }
  }

  static Value column(sqlite3_stmt* stmt, int i) {
    switch (sqlite3_column_type(stmt, i)) {
      case SQLITE_INTEGER:
        return static_cast<std::int64_t>(sqlite3_column_int64(stmt, i));
      case SQLITE_FLOAT:
        return sqlite3_column_double(stmt, i);
      case SQLITE_NULL:
        return nullptr;
      default: {
        auto text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
        return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, i)));
      }
    }
  }

  [[noreturn]] void fail(int rc, std::string_view sql, sqlite3_stmt* stmt) {
    std::string message = sqlite3_errmsg(db_);
    sqlite3_reset(stmt);
    if ((rc & 0xff) == SQLITE_CONSTRAINT) throw ConstraintViolation("sqlite: " + message);
    throw DatabaseError(fmt::format("sqlite: {} in: {}", message, sql));
  }

  sqlite3* db_;
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, Prepared, Hash, std::equal_to<>> statements_;
};

// Before SQLite's first use: no memory statistics, whose global mutex every allocation would
// otherwise take (each connection is used by one thread at a time).
void configure_library_once() {
  static std::once_flag once;
  std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

// Switches a database to WAL. Two processes creating one new file at once both ask for it, and the
// switch answers SQLITE_BUSY at once instead of waiting on the busy handler: retry until the
// busy timeout. Other failures (not a database) surface with the schema read that follows.
void use_wal(sqlite3* handle, int busy_timeout_ms) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(busy_timeout_ms);
  for (;;) {
    int rc = sqlite3_exec(handle, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
    if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || std::chrono::steady_clock::now() > deadline) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

}  // namespace

std::unique_ptr<Connection> open_sqlite(const std::string& path, const SqliteOptions& options) {
  if (!options.create && !std::filesystem::exists(path)) {
    throw DatabaseError(fmt::format("database {} does not exist (create it with: sen init --db {})", path, path));
  }
  configure_library_once();
  sqlite3* handle = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (options.create ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string reason = handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc);
    sqlite3_close_v2(handle);
    throw DatabaseError(fmt::format("cannot open database {}: {}", path, reason));
  }
  auto connection = std::make_unique<SqliteConnection>(handle);
  sqlite3_busy_timeout(handle, options.busy_timeout_ms);
  use_wal(handle, options.busy_timeout_ms);
  try {
    // Reading the schema fails here, not on the first request, when the file is not a database.
    connection->execute_script(
        "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;"
        "SELECT count(*) FROM sqlite_schema;");
  } catch (const DatabaseError& e) {
    throw DatabaseError(fmt::format("cannot open database {}: {}", path, e.what()));
  }
  return connection;
}

void backup_sqlite(const std::string& from, const std::string& to) {
  if (std::filesystem::exists(to)) throw DatabaseError(fmt::format("backup target {} already exists", to));
  open_sqlite(from);  // fails with a clear reason when `from` is missing or not a database
  sqlite3* src = nullptr;
  sqlite3* dst = nullptr;
  if (sqlite3_open_v2(from.c_str(), &src, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
      sqlite3_open_v2(to.c_str(), &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    std::string reason = sqlite3_errmsg(dst ? dst : src);
    sqlite3_close_v2(src);
    sqlite3_close_v2(dst);
    throw DatabaseError("backup: " + reason);
  }
  sqlite3_backup* backup = sqlite3_backup_init(dst, "main", src, "main");
  int rc = SQLITE_OK;
  if (backup) {
    // Copy in steps so writers are not blocked for long; a write restarts the copy.
    while ((rc = sqlite3_backup_step(backup, 256)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
      if (rc != SQLITE_OK) sqlite3_sleep(20);
    }
    sqlite3_backup_finish(backup);
  }
  std::string reason = sqlite3_errmsg(dst);
  rc = backup ? (rc == SQLITE_DONE ? SQLITE_OK : rc) : sqlite3_errcode(dst);
  sqlite3_close_v2(src);
  sqlite3_close_v2(dst);
  if (rc != SQLITE_OK) {
    std::filesystem::remove(to);
    throw DatabaseError("backup: " + reason);
  }
}

}  // namespace sen::db
