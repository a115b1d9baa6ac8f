#include "db/postgres.hpp"

#include <fmt/format.h>
#include <libpq-fe.h>

#include <unordered_map>

namespace sen::db {

namespace {

// Type OIDs of pg_type that come back as numbers.
constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;

// A value as COPY's text format writes it: \N for NULL; backslash, tab, newline and carriage
// return escaped.
void append_copy_field(std::string& out, const Value& v) {
  if (std::holds_alternative<std::nullptr_t>(v)) {
    out += "\\N";
  } else if (auto n = std::get_if<std::int64_t>(&v)) {
    out += std::to_string(*n);
  } else if (auto d = std::get_if<double>(&v)) {
    out += fmt::format("{}", *d);  // shortest text that reads back exactly
  } else {
    for (char ch : std::get<std::string>(v)) {
      switch (ch) {
        case '\\':
          out += "\\\\";
          break;
        case '\t':
          out += "\\t";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        default:
          out += ch;
      }
    }
  }
}

std::string first_line(const char* message) {
  std::string s = message ? message : "";
  auto nl = s.find('\n');
  return nl == std::string::npos ? s : s.substr(0, nl);
}

class PostgresConnection final : public Connection {
 public:
  explicit PostgresConnection(PGconn* conn) : conn_(conn) {}
  ~PostgresConnection() override { PQfinish(conn_); }

  Result query(std::string_view sql, const Params& params) override {
    PGresult* res = run(sql, params);
    Result result;
    int columns = PQnfields(res), rows = PQntuples(res);
    std::vector<Oid> types(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) {
      result.columns.emplace_back(PQfname(res, c));
      types[static_cast<std::size_t>(c)] = PQftype(res, c);
    }
    result.rows.reserve(static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r) {
      std::vector<Value> row;
      row.reserve(static_cast<std::size_t>(columns));
      for (int c = 0; c < columns; ++c) row.push_back(cell(res, r, c, types[static_cast<std::size_t>(c)]));
      result.rows.push_back(std::move(row));
    }
    PQclear(res);
    return result;
  }

  std::int64_t execute(std::string_view sql, const Params& params) override {
    PGresult* res = run(sql, params);
    const char* n = PQcmdTuples(res);
    std::int64_t changed = n && *n ? std::stoll(n) : 0;
    PQclear(res);
    return changed;
  }

  void execute_script(std::string_view sql) override {
    std::string text(sql);
    PGresult* res = PQexec(conn_, text.c_str());
    check(res, "script");
    PQclear(res);
  }

  // COPY … FROM STDIN, the rows sent in blocks of about 64 KB.
  void append(std::string_view table, const std::vector<std::string>& columns, std::size_t count,
              const std::function<Params(std::size_t)>& row) override {
    if (count == 0) return;
    std::string names;
    for (std::size_t i = 0; i < columns.size(); ++i) names += (i ? ", " : "") + columns[i];
    std::string sql = fmt::format("COPY {}({}) FROM STDIN", table, names);
    PGresult* start = PQexec(conn_, sql.c_str());
    if (PQresultStatus(start) != PGRES_COPY_IN) check(start, sql);
    PQclear(start);
    std::string block;
    for (std::size_t r = 0; r < count; ++r) {
      Params values = row(r);
      for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) block += '\t';
        append_copy_field(block, values[i]);
      }
      block += '\n';
      if (block.size() >= 65536) send_copy_data(block);
    }
    send_copy_data(block);
    if (PQputCopyEnd(conn_, nullptr) != 1) throw DatabaseError("postgresql: " + first_line(PQerrorMessage(conn_)));
    PGresult* end = PQgetResult(conn_);
    while (PGresult* more = PQgetResult(conn_)) PQclear(more);  // the connection is ready only once drained
    check(end, sql);
    PQclear(end);
  }

  std::string_view engine() const override { return "postgresql"; }
  void begin_read() override { execute_script("BEGIN"); }
  void begin_write() override { execute_script("BEGIN"); }
  void commit() override { execute_script("COMMIT"); }
  void rollback() override {
    if (PQtransactionStatus(conn_) != PQTRANS_IDLE) execute_script("ROLLBACK");
  }
  void lock(LockKey key) override {
    execute_script(fmt::format("SELECT pg_advisory_xact_lock({})", static_cast<std::int64_t>(key)));
  }
  bool healthy() const override { return PQstatus(conn_) == CONNECTION_OK; }

 private:
  PGresult* run(std::string_view sql, const Params& params) {
    const std::string& name = prepare(sql);
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size());
    for (std::size_t i = 0; i < params.size(); ++i) {
      const Value& v = params[i];
      if (std::holds_alternative<std::nullptr_t>(v)) {
        values[i] = nullptr;
        continue;
      }
      if (auto s = std::get_if<std::string>(&v))
        texts[i] = *s;
      else if (auto n = std::get_if<std::int64_t>(&v))
        texts[i] = std::to_string(*n);
      else
        texts[i] = fmt::format("{}", std::get<double>(v));  // shortest text that reads back exactly
      values[i] = texts[i].c_str();
    }
    PGresult* res =
        PQexecPrepared(conn_, name.c_str(), static_cast<int>(params.size()), values.data(), nullptr, nullptr, 0);
    check(res, sql);
    return res;
  }

  void send_copy_data(std::string& block) {
    if (block.empty()) return;
    if (PQputCopyData(conn_, block.data(), static_cast<int>(block.size())) != 1)
      throw DatabaseError("postgresql: " + first_line(PQerrorMessage(conn_)));
    block.clear();
  }

  const std::string& prepare(std::string_view sql) {
    if (auto it = statements_.find(sql); it != statements_.end()) return it->second;
    std::string name = fmt::format("s{}", statements_.size() + 1);
    std::string text(sql);
    PGresult* res = PQprepare(conn_, name.c_str(), text.c_str(), 0, nullptr);
    check(res, sql);
    PQclear(res);
    return statements_.emplace(std::move(text), std::move(name)).first->second;
  }

  void check(PGresult* res, std::string_view sql) {
    auto status = PQresultStatus(res);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return;
    std::string message = first_line(PQresultErrorMessage(res));
    const char* state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
    bool constraint = state && state[0] == '2' && state[1] == '3';  // class 23: integrity constraint violation
    PQclear(res);
    if (constraint) throw ConstraintViolation("postgresql: " + message);
    throw DatabaseError(fmt::format("postgresql: {} in: {}", message, sql));
  }

  static Value cell(PGresult* res, int r, int c, Oid type) {
    if (PQgetisnull(res, r, c)) return nullptr;
    const char* text = PQgetvalue(res, r, c);
    switch (type) {
      case kInt2:
      case kInt4:
      case kInt8:
        return static_cast<std::int64_t>(std::stoll(text));
      case kFloat4:
      case kFloat8:
      case kNumeric:
        return std::stod(text);
      case kBool:
        return static_cast<std::int64_t>(text[0] == 't');
      default:
        return std::string(text, static_cast<std::size_t>(PQgetlength(res, r, c)));
    }
  }

  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  PGconn* conn_;
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> statements_;  // SQL → statement name
};

}  // namespace

bool is_postgres_url(const std::string& location) {
  return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

std::unique_ptr<Connection> open_postgres(const std::string& url) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string reason = first_line(PQerrorMessage(conn));
    PQfinish(conn);
    throw DatabaseError(fmt::format("cannot open database {}: {}", url, reason));
  }
  auto c = std::make_unique<PostgresConnection>(conn);
  // Quiet notices such as "relation already exists, skipping"; dates and text as Sen expects;
  // every double read back exactly as stored (PostgreSQL's default since 12; a role or an older
  // server may round to 15 digits, and a sum kept by Sen would then differ from one it adds up).
  c->execute_script("SET client_min_messages = warning; SET client_encoding = 'UTF8'; SET extra_float_digits = 3");
  return c;
}

}  // namespace sen::db
