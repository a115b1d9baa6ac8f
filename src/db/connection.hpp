// One interface over SQLite and PostgreSQL. SQL is written once with $1…$n parameters,
// in the portable subset both engines run. A Connection is used by one thread at a time.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/date.hpp"

namespace sen::db {

using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;
using Params = std::vector<Value>;

// A nullable parameter from an optional.
template <class T>
Value nullable(const std::optional<T>& v) {
  if (!v) return nullptr;
  if constexpr (std::is_integral_v<T>)
    return static_cast<std::int64_t>(*v);
  else if constexpr (std::is_same_v<T, Date>)
    return v->iso();  // dates are stored as YYYY-MM-DD
  else
    return Value(*v);
}

class Row {
 public:
  explicit Row(const std::vector<Value>& values, const std::vector<std::string>* columns = nullptr)
      : values_(values), columns_(columns) {}
  // The position of the column of that name; nullopt when the result has none.
  std::optional<std::size_t> index(std::string_view column) const;
  bool is_null(std::size_t i) const { return std::holds_alternative<std::nullptr_t>(values_.at(i)); }
  // Text of column i; "" when NULL. Numbers are converted.
  std::string text(std::size_t i) const;
  std::optional<std::string> optional_text(std::size_t i) const;
  // Integer of column i; 0 when NULL.
  std::int64_t integer(std::size_t i) const;
  std::optional<std::int64_t> optional_integer(std::size_t i) const;
  double real(std::size_t i) const;
  std::optional<double> optional_real(std::size_t i) const;
  bool boolean(std::size_t i) const { return integer(i) != 0; }
  // A date stored as YYYY-MM-DD; throws when the column holds anything else.
  Date date(std::size_t i) const;
  std::optional<Date> optional_date(std::size_t i) const;

 private:
  const std::vector<Value>& values_;
  const std::vector<std::string>* columns_;
};

struct Result {
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;

  bool empty() const { return rows.empty(); }
  std::size_t size() const { return rows.size(); }
  Row row(std::size_t i) const { return Row(rows.at(i), &columns); }
};

// Thrown when a statement fails for a reason other than bad input (broken SQL, I/O error).
// Constraint violations are reported as ConstraintViolation so stores can map them.
class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};
class ConstraintViolation : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

// Keys of the locks that serialise some writers across processes.
enum class LockKey : std::int64_t { migrations = 7363616, audit = 7363617, rollups = 7363618 };

class Connection {
 public:
  virtual ~Connection() = default;

  // Runs one statement and returns its rows (empty for statements without RETURNING).
  virtual Result query(std::string_view sql, const Params& params = {}) = 0;
  // Runs one statement and returns the number of rows it changed.
  virtual std::int64_t execute(std::string_view sql, const Params& params = {}) = 0;
  // Runs several statements without parameters (migrations).
  virtual void execute_script(std::string_view sql) = 0;
  // Adds `count` rows to `table`, row(i) giving the values of `columns` of the i-th, inside the
  // caller's transaction: a violated constraint throws ConstraintViolation and the caller's
  // rollback leaves none of them. The fastest way the engine offers for many rows (PostgreSQL:
  // COPY); by default one prepared INSERT per row.
  virtual void append(std::string_view table, const std::vector<std::string>& columns, std::size_t count,
                      const std::function<Params(std::size_t)>& row);
  // "sqlite" or "postgresql".
  virtual std::string_view engine() const = 0;

  // Transactions; begin_write takes the write lock at once where the engine needs it.
  virtual void begin_read() = 0;
  virtual void begin_write() = 0;
  virtual void commit() = 0;
  virtual void rollback() = 0;

  // Inside a write transaction: waits until no other transaction holds the lock, and holds it
  // until this one ends. SQLite's write transaction already excludes other writers.
  virtual void lock(LockKey) {}
  // False once the connection is broken; the pool then drops it.
  virtual bool healthy() const { return true; }
};

}  // namespace sen::db
