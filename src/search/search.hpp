// One search over every kind of record (app/records.hpp), showing only what the caller may open
// through the record's own route.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/api.hpp"

namespace sen::search {

struct Hit {
  std::string kind;
  std::string id;
  std::string title;
  std::string snippet;
  std::optional<std::string> unit;
  std::string url;  // the web app's page of the record
};

struct Page {
  std::vector<Hit> items;
  std::optional<std::size_t> next;  // the `skip` of the following page; none after the last
};

// The hits of `query` that the caller may open, best first: `limit` of them after the first `skip`,
// among the 5.000 records that the search index ranks best of those in which each folded word of
// the query starts a word (those beyond are not checked, nor shown).
// Error invalid naming "q" when the query holds no letter or digit.
Page find(const app::Context& ctx, const std::vector<app::RecordKind>& kinds, std::string_view query, std::size_t skip,
          std::size_t limit);

}  // namespace sen::search
