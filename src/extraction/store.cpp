#include "extraction/store.hpp"

#include <boost/json.hpp>

namespace sen::extraction::store {

namespace bj = boost::json;

namespace {

std::string phrases_json(const std::vector<std::string>& phrases) {
  bj::array a;
  for (const auto& p : phrases) a.emplace_back(p);
  return bj::serialize(a);
}

std::vector<std::string> phrases_of(const std::string& json) {
  std::vector<std::string> out;
  bj::value parsed = bj::parse(json);
  for (const auto& v : parsed.as_array()) out.emplace_back(v.as_string());
  return out;
}

constexpr const char* kWordColumns =
    "indicator_code, names, excluded, illustrative, source, version, updated_by, updated_at";

IndicatorWords words_of(const db::Row& r) {
  return IndicatorWords{r.text(0),          phrases_of(r.text(1)), phrases_of(r.text(2)), r.boolean(3),
                        r.optional_text(4), r.integer(5),          r.optional_text(6),    r.optional_text(7)};
}

constexpr const char* kExtractionColumns =
    "id, unit_code, period, vintage, document, media_type, text, proposals, created_by, created_at";

Row extraction_of(const db::Row& r) {
  return Row{r.integer(0), r.text(1), r.text(2), r.text(3), r.optional_text(4),
             r.text(5),    r.text(6), r.text(7), r.text(8), r.text(9)};
}

}  // namespace

std::vector<IndicatorWords> list_words(db::Connection& c) {
  auto r = c.query(std::string("SELECT ") + kWordColumns + " FROM indicator_words ORDER BY indicator_code");
  std::vector<IndicatorWords> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(words_of(r.row(i)));
  return out;
}

std::optional<IndicatorWords> find_words(db::Connection& c, const std::string& indicator) {
  auto r =
      c.query(std::string("SELECT ") + kWordColumns + " FROM indicator_words WHERE indicator_code = $1", {indicator});
  if (r.empty()) return std::nullopt;
  return words_of(r.row(0));
}

void insert_words(db::Connection& c, const IndicatorWords& w) {
  c.execute(
      "INSERT INTO indicator_words (indicator_code, names, excluded, illustrative, source, version, updated_by, "
      "updated_at) VALUES ($1, $2, $3, $4, $5, 1, $6, $7)",
      {w.indicator, phrases_json(w.names), phrases_json(w.excluded), static_cast<std::int64_t>(w.illustrative),
       db::nullable(w.source), db::nullable(w.updated_by), db::nullable(w.updated_at)});
}

bool update_words(db::Connection& c, const IndicatorWords& w, std::int64_t expected) {
  return c.execute(
             "UPDATE indicator_words SET names = $2, excluded = $3, updated_by = $4, updated_at = $5, "
             "version = version + 1 WHERE indicator_code = $1 AND version = $6",
             {w.indicator, phrases_json(w.names), phrases_json(w.excluded), db::nullable(w.updated_by),
              db::nullable(w.updated_at), expected}) == 1;
}

std::int64_t insert_extraction(db::Connection& c, const Row& r) {
  auto result = c.query(
      "INSERT INTO extractions (unit_code, period, vintage, document, media_type, text, proposals, created_by, "
      "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
      {r.unit, r.period, r.vintage, db::nullable(r.document), r.media_type, r.text, r.proposals, r.created_by,
       r.created_at});
  return result.row(0).integer(0);
}

std::optional<Row> find_extraction(db::Connection& c, std::int64_t id) {
  auto r = c.query(std::string("SELECT ") + kExtractionColumns + " FROM extractions WHERE id = $1", {id});
  if (r.empty()) return std::nullopt;
  return extraction_of(r.row(0));
}

std::vector<Row> list_extractions(db::Connection& c, const std::string& unit, const std::string& period,
                                  std::size_t limit) {
  auto r = c.query(
      "SELECT id, unit_code, period, vintage, document, media_type, '', '', created_by, created_at FROM extractions "
      "WHERE unit_code = $1 AND period = $2 ORDER BY id DESC LIMIT $3",
      {unit, period, static_cast<std::int64_t>(limit)});
  std::vector<Row> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(extraction_of(r.row(i)));
  return out;
}

void insert_accepted(db::Connection& c, std::int64_t extraction, std::int64_t value, const std::string& by,
                     const std::string& at) {
  c.execute("INSERT INTO extraction_values (extraction_id, value_id, accepted_by, accepted_at) VALUES ($1, $2, $3, $4)",
            {extraction, value, by, at});
}

std::vector<std::int64_t> accepted_values(db::Connection& c, std::int64_t extraction) {
  auto r = c.query("SELECT value_id FROM extraction_values WHERE extraction_id = $1 ORDER BY value_id", {extraction});
  std::vector<std::int64_t> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(r.row(i).integer(0));
  return out;
}

}  // namespace sen::extraction::store
