// The search index: the title and text of every record that search finds, folded (search/match.hpp)
// into the engine's full-text index — SQLite FTS5, or a PostgreSQL tsvector under a GIN index —
// behind one interface (migration 0021_search_index). Triggers on the records' tables note every
// write in search_changes; the index catches up in the next write transaction, and until it has,
// the records noted are read from their kinds, so search is never stale.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "app/records.hpp"
#include "base/search_row.hpp"
#include "db/connection.hpp"
#include "db/database.hpp"

namespace sen::search {

// How much of a record's text the index holds, as shown and folded: the first 256 KiB (a file's
// long text beyond it is not found; a PostgreSQL tsvector must stay under 1 MB).
inline constexpr std::size_t kIndexedBytes = 256 * 1024;

struct Entry {
  std::string kind;
  SearchRow row;  // as the kind gives it, not folded
};

// The records of `kinds` whose folded title or text holds each of `words` (folded, one word
// each) at the start of a word: at most `most`, the most relevant first by the engine's ranking.
std::vector<Entry> matching(db::Connection& c, const std::vector<const app::RecordKind*>& kinds,
                            const std::vector<std::string>& words, std::size_t most);

// Brings the entries of up to `most` noted records up to date, oldest notes first, and drops those
// notes; returns how many notes it handled. Runs last in a write transaction, where PostgreSQL runs
// one at a time (db::Database::before_commit).
std::size_t catch_up(db::Connection& c, const std::vector<app::RecordKind>& kinds, std::size_t most);

// Makes every write transaction of `database` catch the index up (a few hundred notes at most),
// then catches up every note there is now (logged: after a migration, the whole index is built
// here). `kinds` must outlive `database`.
void keep_current(db::Database& database, const std::vector<app::RecordKind>& kinds);

}  // namespace sen::search
