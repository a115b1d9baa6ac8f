#include "audit/audit.hpp"

#include <fmt/format.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <boost/json.hpp>
#include <fstream>
#include <mutex>
#include <stdexcept>

#include "auth/secrets.hpp"
#include "base/date.hpp"
#include "base/json.hpp"
#include "db/rows.hpp"

namespace sen::audit {

namespace {

constexpr const char* kGenesis = "0000000000000000000000000000000000000000000000000000000000000000";

using Key = std::array<unsigned char, crypto_generichash_KEYBYTES>;

std::mutex key_mutex;
std::optional<Key> process_key;

std::optional<Key> key_of_hex(std::string_view hex) {
  Key key;
  std::size_t len = 0;
  if (hex.size() != key.size() * 2 ||
      sodium_hex2bin(key.data(), key.size(), hex.data(), hex.size(), nullptr, &len, nullptr) != 0 ||
      len != key.size()) {
    return std::nullopt;
  }
  return key;
}

Key current_key() {
  std::lock_guard lock(key_mutex);
  if (!process_key) throw std::logic_error("the audit key was not loaded");
  return *process_key;
}

// What a row's hash covers, fields separated by a byte that never occurs in them. Keyed rows also
// cover their scope.
std::string hashed_content(const Entry& e) {
  constexpr char kSep = '\x1f';
  std::string s;
  for (const std::string* f :
       {&e.prev_hash, &e.at, &e.actor, &e.remote_address, &e.request_id, &e.action, &e.entity, &e.entity_key}) {
    s += *f;
    s += kSep;
  }
  s += e.before_json.value_or("\x1e") + kSep + e.after_json.value_or("\x1e");
  if (e.keyed) s += kSep + e.where.unit.value_or("\x1e") + kSep + e.where.hidden_from.value_or("\x1e");
  return s;
}

std::string row_hash(const Entry& e, const std::optional<Key>& key) {
  if (!e.keyed) return auth::content_hash(hashed_content(e));
  if (!key) throw std::logic_error("the audit key was not loaded");
  auto text = hashed_content(e);
  unsigned char hash[32];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(text.data()), text.size(), key->data(),
                     key->size());
  char out[sizeof hash * 2 + 1];
  sodium_bin2hex(out, sizeof out, hash, sizeof hash);
  return out;
}

std::optional<std::string> json_text(const boost::json::value& v) {
  if (v.is_null()) return std::nullopt;
  return json::serialize(v);
}

constexpr const char* kColumns =
    "id, at, actor, remote_address, request_id, action, entity, entity_key, before_json, after_json, prev_hash, hash, "
    "unit, hidden_from, keyed";

// The row's scope is read beside (its columns unit and hidden_from).
Entry entry_of(const db::Row& r) {
  auto e = db::read<Entry>(r);
  e.where = db::read<Where>(r);
  return e;
}

// Creates `file` with a new key unless it exists (another process may be creating it at the same
// moment: the file appears whole or not at all, and the first one wins).
void create_key_file(const std::filesystem::path& file) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
  Key key;
  randombytes_buf(key.data(), key.size());
  char hex[sizeof(Key) * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, key.data(), key.size());
  if (!file.parent_path().empty()) std::filesystem::create_directories(file.parent_path());
  auto temp = file;
  temp += fmt::format(".{}.tmp", ::getpid());
  {
    std::ofstream out(temp, std::ios::trunc);
    ::chmod(temp.c_str(), 0600);
    out << hex << "\n";
    if (!out.flush()) throw std::runtime_error("cannot write the audit key file " + temp.string());
  }
  int linked = ::link(temp.c_str(), file.c_str());
  std::filesystem::remove(temp);
  if (linked != 0 && errno != EEXIST) throw std::runtime_error("cannot create the audit key file " + file.string());
}

}  // namespace

void load_or_create_key(const std::filesystem::path& file, db::Connection& c) {
  if (!std::filesystem::exists(file)) {
    if (!c.query("SELECT 1 FROM audit_log WHERE keyed = 1 LIMIT 1").empty()) {
      throw std::runtime_error(
          fmt::format("the audit key file {} is missing, but the audit trail was written with a key: restore the file "
                      "(see docs/security.md)",
                      file.string()));
    }
    create_key_file(file);
  }
  std::ifstream in(file);
  std::string hex;
  std::getline(in, hex);
  auto key = key_of_hex(hex);
  if (!key) throw std::runtime_error(fmt::format("the audit key file {} is not 64 hexadecimal digits", file.string()));
  std::lock_guard lock(key_mutex);
  process_key = key;
}

void use_key(const std::string& hex) {
  auto key = key_of_hex(hex);
  if (!key) throw std::invalid_argument("an audit key is 64 hexadecimal digits");
  std::lock_guard lock(key_mutex);
  process_key = key;
}

void record(db::Connection& c, const Actor& actor, std::string_view action, std::string_view entity,
            std::string_view key, const Where& where, const boost::json::value& before,
            const boost::json::value& after) {
  Key k = current_key();
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
          "",
          where,
          true};
  e.hash = row_hash(e, k);
  c.execute(
      "INSERT INTO audit_log(at, actor, remote_address, request_id, action, entity, entity_key, before_json, "
      "after_json, prev_hash, hash, unit, hidden_from, keyed) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 1)",
      {e.at, e.actor, e.remote_address, e.request_id, e.action, e.entity, e.entity_key, db::nullable(e.before_json),
       db::nullable(e.after_json), e.prev_hash, e.hash, db::nullable(where.unit), db::nullable(where.hidden_from)});
}

std::vector<Entry> list(db::Connection& c, const Filter& f) {
  static const std::string sql = fmt::format(
      "SELECT {} FROM audit_log WHERE (CAST($1 AS TEXT) IS NULL OR actor = $1) "
      "AND (CAST($2 AS TEXT) IS NULL OR entity = $2) AND (CAST($3 AS TEXT) IS NULL OR entity_key = $3) "
      "AND (CAST($4 AS TEXT) IS NULL OR at >= $4) AND (CAST($5 AS TEXT) IS NULL OR at <= $5) "
      "AND (CAST($6 AS BIGINT) IS NULL OR id < $6) ORDER BY id DESC LIMIT $7",
      kColumns);
  auto r =
      c.query(sql, {db::nullable(f.actor), db::nullable(f.entity), db::nullable(f.entity_key), db::nullable(f.from),
                    db::nullable(f.to), db::nullable(f.before_id), static_cast<std::int64_t>(f.limit)});
  std::vector<Entry> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(entry_of(r.row(i)));
  return out;
}

std::string Anchor::text() const {
  return fmt::format("{}:{}", rows, hash);
}

std::optional<Anchor> Anchor::parse(std::string_view text) {
  auto colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || text.size() - colon - 1 != 64) return std::nullopt;
  Anchor a;
  for (char ch : text.substr(0, colon)) {
    if (ch < '0' || ch > '9' || a.rows > 1'000'000'000'000) return std::nullopt;
    a.rows = a.rows * 10 + static_cast<std::size_t>(ch - '0');
  }
  a.hash = std::string(text.substr(colon + 1));
  if (!key_of_hex(a.hash)) return std::nullopt;
  return a;
}

Anchor anchor(db::Connection& c) {
  auto count = c.query("SELECT COUNT(*) FROM audit_log").row(0).integer(0);
  auto last = c.query("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
  return Anchor{static_cast<std::size_t>(count), last.empty() ? kGenesis : last.row(0).text(0), utc_timestamp()};
}

Verification verify(db::Connection& c, const std::optional<Anchor>& anchored) {
  static const std::string sql = fmt::format("SELECT {} FROM audit_log ORDER BY id", kColumns);
  std::optional<Key> key;
  {
    std::lock_guard lock(key_mutex);
    key = process_key;
  }
  auto r = c.query(sql);
  Verification v;
  std::string prev = kGenesis;
  bool keyed_seen = false;
  for (std::size_t i = 0; i < r.size(); ++i) {
    Entry e = entry_of(r.row(i));
    ++v.rows;
    if (e.prev_hash != prev) {
      v.first_broken = e.id;
      v.reason = "it does not follow the row before it: a row before it was removed or altered";
      return v;
    }
    if (keyed_seen && !e.keyed) {
      v.first_broken = e.id;
      v.reason = "it is not keyed although rows before it are: it was written without the audit key";
      return v;
    }
    if (e.keyed && !key) throw std::logic_error("the audit key was not loaded");
    if (row_hash(e, key) != e.hash) {
      v.first_broken = e.id;
      v.reason = "its content does not match its hash: it was altered";
      return v;
    }
    keyed_seen = keyed_seen || e.keyed;
    if (anchored && v.rows == anchored->rows && e.hash != anchored->hash) {
      v.first_broken = e.id;
      v.reason = "it is not the row the anchor recorded: the trail was rewritten from there";
      return v;
    }
    prev = e.hash;
  }
  v.head = prev;
  if (anchored && v.rows < anchored->rows) {
    v.anchor_missing = true;
    v.reason = fmt::format("the anchor recorded {} rows but {} remain: rows were removed from the end", anchored->rows,
                           v.rows);
  }
  return v;
}

}  // namespace sen::audit
