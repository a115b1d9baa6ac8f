#include "search/search.hpp"

#include <algorithm>

#include "base/error.hpp"
#include "base/text.hpp"
#include "search/index.hpp"
#include "search/match.hpp"
#include "search/messages.hpp"

namespace sen::search {

namespace {

// Matching records ranked and checked against the caller's visibility in one request, at most: a
// word found in 100.000 records of other units must not cost 100.000 checks.
constexpr std::size_t kMostChecked = 5000;

struct Candidate {
  const app::RecordKind* kind;
  SearchRow row;
  int score;
};

// The records of the kinds the caller's role reads that match the words, best first.
std::vector<Candidate> ranked(const app::Context& ctx, const std::vector<app::RecordKind>& kinds,
                              const std::vector<std::string>& words) {
  std::vector<const app::RecordKind*> readable;
  for (const auto& kind : kinds)
    if (kind.search_rows && ctx.principal->can(kind.read_permission)) readable.push_back(&kind);
  std::vector<Candidate> out;
  for (auto& e : matching(ctx.db, readable, words, kMostChecked)) {
    const app::RecordKind* kind = nullptr;
    for (const auto* k : readable)
      if (k->name == e.kind) kind = k;
    int s = score(words, fold(e.row.title), fold(e.row.body));
    if (kind && s > 0) out.push_back({kind, std::move(e.row), s});
  }
  std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  return out;
}

}  // namespace

Page find(const app::Context& ctx, const std::vector<app::RecordKind>& kinds, std::string_view query, std::size_t skip,
          std::size_t limit) {
  auto words = query_words(query);
  if (words.empty()) throw messages::error<"search.no_words">("q");
  Page page;
  std::size_t seen = 0, checked = 0;
  for (const auto& c : ranked(ctx, kinds, words)) {
    if (++checked > kMostChecked) break;
    auto record = app::try_open(ctx, *c.kind, c.row.id, app::Access::read);
    if (!record) continue;
    if (seen++ < skip) continue;
    if (page.items.size() == limit) {
      page.next = skip + limit;
      break;
    }
    // The title as the record's route gives it now (a unit's name of today, not a future one).
    page.items.push_back({c.kind->name, c.row.id, record->title.empty() ? c.row.title : record->title,
                          snippet(c.row.body, words), record->where.unit,
                          record->url.empty() ? c.kind->link + c.row.id : record->url});
  }
  return page;
}

}  // namespace sen::search
