// SQL of the extraction module; no rules here.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "extraction/model.hpp"

namespace sen::extraction::store {

std::vector<IndicatorWords> list_words(db::Connection& c);
std::optional<IndicatorWords> find_words(db::Connection& c, const std::string& indicator);
void insert_words(db::Connection& c, const IndicatorWords& w);
// Writes names, excluded, updated_by and updated_at if the version is still `expected`; false when stale.
bool update_words(db::Connection& c, const IndicatorWords& w, std::int64_t expected);

struct Row {
  std::int64_t id = 0;
  std::string unit, period, vintage;
  std::optional<std::string> document;
  std::string media_type, text;
  std::string proposals;  // JSON
  std::string created_by, created_at;
};

std::int64_t insert_extraction(db::Connection& c, const Row& r);
std::optional<Row> find_extraction(db::Connection& c, std::int64_t id);
// Newest first, at most `limit`, without their text and proposals.
std::vector<Row> list_extractions(db::Connection& c, const std::string& unit, const std::string& period,
                                  std::size_t limit);
void insert_accepted(db::Connection& c, std::int64_t extraction, std::int64_t value, const std::string& by,
                     const std::string& at);
// Ids of the values written from an extraction, oldest first.
std::vector<std::int64_t> accepted_values(db::Connection& c, std::int64_t extraction);

}  // namespace sen::extraction::store
