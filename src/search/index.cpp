#include "search/index.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <map>
#include <set>

#include "base/text.hpp"
#include "db/rows.hpp"

namespace sen::search {

namespace {

// Beyond this many noted records of one kind, its rows are read all at once rather than one by one.
constexpr std::size_t kReadOneByOne = 200;
// Notes handled by one write transaction at most.
constexpr std::size_t kNotesPerWrite = 1000;

bool postgres(db::Connection& c) {
  return c.engine() == "postgresql";
}

// The first kIndexedBytes of `text`, cut between two characters.
std::string first_part(std::string text) {
  if (text.size() <= kIndexedBytes) return text;
  std::size_t end = kIndexedBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  text.resize(end);
  return text;
}

// The folded text as the index holds it.
std::string indexed(std::string_view text) {
  return first_part(fold(text));
}

// The full-text query of `words`: each a word prefix, all required.
std::string fts_query(db::Connection& c, const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    // Folded words hold no ASCII punctuation, so no quote can end the quoted word early.
    out += postgres(c) ? fmt::format("{}'{}':*", out.empty() ? "" : " & ", w)
                       : fmt::format("{}\"{}\"*", out.empty() ? "" : " ", w);
  }
  return out;
}

void put(db::Connection& c, const std::string& kind, SearchRow row) {
  auto title = indexed(row.title), body = indexed(row.body);
  row.body = first_part(std::move(row.body));  // what snippets are cut from
  if (postgres(c)) {
    c.execute(
        "INSERT INTO search_entries (kind, record_key, title, body, words) VALUES ($1, $2, $3, $4, "
        "setweight(to_tsvector('simple', $5), 'A') || to_tsvector('simple', $6)) ON CONFLICT (kind, record_key) "
        "DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body, words = EXCLUDED.words",
        {kind, row.id, row.title, row.body, title, body});
    return;
  }
  auto found = c.query("SELECT id FROM search_entries WHERE kind = $1 AND record_key = $2", {kind, row.id});
  std::int64_t id = 0;
  if (found.size() > 0) {
    id = found.row(0).integer(0);
    c.execute("UPDATE search_entries SET title = $1, body = $2 WHERE id = $3", {row.title, row.body, id});
    c.execute("DELETE FROM search_text WHERE rowid = $1", {id});
  } else {
    id = c.query("INSERT INTO search_entries (kind, record_key, title, body) VALUES ($1, $2, $3, $4) RETURNING id",
                 {kind, row.id, row.title, row.body})
             .row(0)
             .integer(0);
  }
  c.execute("INSERT INTO search_text (rowid, title, body) VALUES ($1, $2, $3)", {id, title, body});
}

void remove(db::Connection& c, const std::string& kind, const std::string& key) {
  if (!postgres(c)) {
    c.execute(
        "DELETE FROM search_text WHERE rowid = (SELECT id FROM search_entries WHERE kind = $1 AND record_key = $2)",
        {kind, key});
  }
  c.execute("DELETE FROM search_entries WHERE kind = $1 AND record_key = $2", {kind, key});
}

// The rows of `kind` among `keys` as the kind gives them now; a key with no row is gone.
std::map<std::string, SearchRow> rows_of(db::Connection& c, const app::RecordKind& kind,
                                         const std::set<std::string>& keys) {
  std::map<std::string, SearchRow> out;
  if (keys.size() > kReadOneByOne) {
    for (auto& row : kind.search_rows(c, std::nullopt))
      if (keys.count(row.id)) out.emplace(row.id, std::move(row));
    return out;
  }
  for (const auto& key : keys)
    for (auto& row : kind.search_rows(c, key)) out.emplace(row.id, std::move(row));
  return out;
}

// The records noted in search_changes, by kind.
std::map<std::string, std::set<std::string>> noted(db::Connection& c) {
  std::map<std::string, std::set<std::string>> out;
  auto r = c.query("SELECT DISTINCT kind, record_key FROM search_changes");
  for (std::size_t i = 0; i < r.size(); ++i) out[r.row(i).text(0)].insert(r.row(i).text(1));
  return out;
}

std::vector<Entry> indexed_matches(db::Connection& c, const std::vector<const app::RecordKind*>& kinds,
                                   const std::vector<std::string>& words, std::size_t most) {
  db::Params params{fts_query(c, words)};
  std::vector<std::string> kind_names;
  for (const auto* k : kinds) kind_names.push_back(k->name);
  std::string kind_list = db::bind_all(params, kind_names);
  params.emplace_back(static_cast<std::int64_t>(most));
  auto sql = postgres(c) ? fmt::format(
                               "SELECT kind, record_key, title, body FROM search_entries "
                               "WHERE words @@ to_tsquery('simple', $1) AND kind IN ({}) "
                               "ORDER BY ts_rank(words, to_tsquery('simple', $1)) DESC, id LIMIT ${}",
                               kind_list, params.size())
                         : fmt::format(
                               "SELECT e.kind, e.record_key, e.title, e.body FROM search_text "
                               "JOIN search_entries e ON e.id = search_text.rowid "
                               "WHERE search_text MATCH $1 AND e.kind IN ({}) "
                               "ORDER BY bm25(search_text, 10.0, 1.0), e.id LIMIT ${}",
                               kind_list, params.size());
  auto r = c.query(sql, params);
  std::vector<Entry> out;
  out.reserve(r.size());
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    out.push_back({row.text(0), {row.text(1), row.text(2), row.text(3)}});
  }
  return out;
}

}  // namespace

std::vector<Entry> matching(db::Connection& c, const std::vector<const app::RecordKind*>& kinds,
                            const std::vector<std::string>& words, std::size_t most) {
  if (kinds.empty() || words.empty()) return {};
  auto changed = noted(c);
  std::vector<Entry> out;
  for (auto& e : indexed_matches(c, kinds, words, most)) {
    auto k = changed.find(e.kind);
    if (k == changed.end() || !k->second.count(e.row.id)) out.push_back(std::move(e));
  }
  // Records written since the index caught up: as they are now, whatever the index holds.
  for (const auto* kind : kinds) {
    auto k = changed.find(kind->name);
    if (k == changed.end()) continue;
    for (auto& [key, row] : rows_of(c, *kind, k->second)) out.push_back({kind->name, std::move(row)});
  }
  return out;
}

std::size_t catch_up(db::Connection& c, const std::vector<app::RecordKind>& kinds, std::size_t most) {
  auto r = c.query("SELECT id, kind, record_key FROM search_changes ORDER BY id LIMIT $1",
                   {static_cast<std::int64_t>(most)});
  if (r.size() == 0) return 0;
  std::map<std::string, std::set<std::string>> keys;
  for (std::size_t i = 0; i < r.size(); ++i) keys[r.row(i).text(1)].insert(r.row(i).text(2));
  for (const auto& [name, noted_keys] : keys) {
    const app::RecordKind* kind = nullptr;
    for (const auto& k : kinds)
      if (k.name == name && k.search_rows) kind = &k;
    auto now = kind ? rows_of(c, *kind, noted_keys) : std::map<std::string, SearchRow>{};
    for (const auto& key : noted_keys) {
      auto row = now.find(key);
      row == now.end() ? remove(c, name, key) : put(c, name, row->second);
    }
  }
  // Every note up to the last one read is handled. A note of a transaction not committed yet is
  // not seen, so not deleted; one committed after this read cannot be, as write transactions reach
  // this step one at a time.
  c.execute("DELETE FROM search_changes WHERE id <= $1", {r.row(r.size() - 1).integer(0)});
  return r.size();
}

void keep_current(db::Database& database, const std::vector<app::RecordKind>& kinds) {
  database.before_commit([&kinds](db::Connection& c) { catch_up(c, kinds, kNotesPerWrite); });
  auto started = std::chrono::steady_clock::now();
  // Each write counts the notes waiting, then its before-commit step handles a batch of them.
  auto waiting = [](db::Connection& c) {
    return static_cast<std::size_t>(c.query("SELECT count(*) FROM search_changes").row(0).integer(0));
  };
  std::size_t total = database.write(waiting);
  for (std::size_t left = total; left > kNotesPerWrite;) left = database.write(waiting);
  if (total == 0) return;
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  spdlog::info("search index: {} changes indexed in {} ms", total, ms);
}

}  // namespace sen::search
