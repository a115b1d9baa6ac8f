#include "audit/audit.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>

#include "auth/secrets.hpp"
#include "base/date.hpp"
#include "base/json.hpp"

namespace sen::audit {

namespace {

constexpr const char* kGenesis = "0000000000000000000000000000000000000000000000000000000000000000";

// What a row's hash covers, fields separated by a byte that never occurs in them.
std::string hashed_content(const Entry& e) {
  constexpr char kSep = '\x1f';
  std::string s;
  for (const std::string* f : {&e.prev_hash, &e.at, &e.actor, &e.remote_address, &e.request_id, &e.action, &e.entity,
                               &e.entity_key}) {
    s += *f;
    s += kSep;
  }
  s += e.before_json.value_or("\x1e") + kSep + e.after_json.value_or("\x1e");
  return s;
}

std::optional<std::string> json_text(const boost::json::value& v) {
  if (v.is_null()) return std::nullopt;
  return json::serialize(v);
}

constexpr const char* kColumns =
    "id, at, actor, remote_address, request_id, action, entity, entity_key, before_json, after_json, prev_hash, hash";

Entry entry_of(const db::Row& r) {
  return Entry{r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6), r.text(7),
               r.optional_text(8), r.optional_text(9), r.text(10), r.text(11)};
}

}  // namespace

void record(db::Connection& c, const Actor& actor, std::string_view action, std::string_view entity,
            std::string_view key, const boost::json::value& before, const boost::json::value& after) {
  c.lock(db::LockKey::audit);  // one writer at a time extends the chain
  auto last = c.query("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
  Entry e{0,
          utc_timestamp(),
          actor.name,
          actor.remote_address,
          actor.request_id,
          std::string(action),
          std::string(entity),
          std::string(key),
          json_text(before),
          json_text(after),
          last.empty() ? kGenesis : last.row(0).text(0),
          ""};
  e.hash = auth::content_hash(hashed_content(e));
  c.execute(
      "INSERT INTO audit_log(at, actor, remote_address, request_id, action, entity, entity_key, before_json, "
      "after_json, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
      {e.at, e.actor, e.remote_address, e.request_id, e.action, e.entity, e.entity_key, db::nullable(e.before_json),
       db::nullable(e.after_json), e.prev_hash, e.hash});
}

std::vector<Entry> list(db::Connection& c, const Filter& f) {
  static const std::string sql = fmt::format(
      "SELECT {} FROM audit_log WHERE (CAST($1 AS TEXT) IS NULL OR actor = $1) "
      "AND (CAST($2 AS TEXT) IS NULL OR entity = $2) AND (CAST($3 AS TEXT) IS NULL OR entity_key = $3) "
      "AND (CAST($4 AS TEXT) IS NULL OR at >= $4) AND (CAST($5 AS TEXT) IS NULL OR at <= $5) "
      "AND (CAST($6 AS BIGINT) IS NULL OR id < $6) ORDER BY id DESC LIMIT $7",
      kColumns);
  auto r = c.query(sql, {db::nullable(f.actor), db::nullable(f.entity), db::nullable(f.entity_key),
                         db::nullable(f.from), db::nullable(f.to), db::nullable(f.before_id),
                         static_cast<std::int64_t>(f.limit)});
  std::vector<Entry> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(entry_of(r.row(i)));
  return out;
}

Verification verify(db::Connection& c) {
  static const std::string sql = fmt::format("SELECT {} FROM audit_log ORDER BY id", kColumns);
  auto r = c.query(sql);
  Verification v;
  std::string prev = kGenesis;
  for (std::size_t i = 0; i < r.size(); ++i) {
    Entry e = entry_of(r.row(i));
    ++v.rows;
    if (e.prev_hash != prev) {
      v.first_broken = e.id;
      v.reason = "it does not follow the row before it: a row before it was removed or altered";
      return v;
    }
    if (auth::content_hash(hashed_content(e)) != e.hash) {
      v.first_broken = e.id;
      v.reason = "its content does not match its hash: it was altered";
      return v;
    }
    prev = e.hash;
  }
  v.head = prev;
  return v;
}

}  // namespace sen::audit
