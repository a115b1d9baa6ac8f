#include "extraction/extraction.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "base/error.hpp"
#include "base/period.hpp"
#include "base/request.hpp"
#include "base/text.hpp"
#include "extraction/extractor.hpp"
#include "extraction/json.hpp"
#include "extraction/messages.hpp"
#include "extraction/store.hpp"
#include "extraction/tokens.hpp"
#include "targets/checks.hpp"
#include "targets/messages.hpp"
#include "targets/targets.hpp"
#include "units/messages.hpp"
#include "units/units.hpp"

namespace sen::extraction {

namespace {

std::vector<std::string> clean_phrases(const std::vector<std::string>& phrases, const char* field) {
  std::vector<std::string> out;
  for (const auto& p : phrases) {
    std::string phrase = trim(p);
    if (utf8_length(phrase) < 2 || utf8_length(phrase) > 200 || folded_words(phrase).empty()) {
      throw messages::error<"phrase.length">(field, phrase);
    }
    if (std::find(out.begin(), out.end(), phrase) == out.end()) out.push_back(phrase);
  }
  return out;
}

// A field of the i-th accepted figure, as the API names it.
std::string item_field(std::size_t i, const std::string& field) {
  return fmt::format("items[{}].{}", i, field);
}

// The text between code points [start, end); nullopt when out of range.
std::optional<std::string> span_of(const std::string& text, std::size_t start, std::size_t end) {
  std::size_t b = std::string::npos, e = std::string::npos, count = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (count == start) b = i;
    if (count == end) e = i;
    ++count;
  }
  if (b == std::string::npos || e == std::string::npos || e < b) return std::nullopt;
  return text.substr(b, e - b);
}

}  // namespace

std::vector<CatalogueEntry> catalogue(db::Connection& c) {
  std::vector<CatalogueEntry> out;
  auto words = store::list_words(c);
  for (const auto& i : targets::indicators(c)) {
    CatalogueEntry e{i.code, i.name, i.measure, i.decimals, {}, {}};
    for (const auto& w : words) {
      if (w.indicator == i.code) {
        e.names = w.names;
        e.excluded = w.excluded;
      }
    }
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<IndicatorWords> all_words(db::Connection& c) {
  return store::list_words(c);
}

IndicatorWords words(db::Connection& c, const std::string& indicator) {
  targets::indicator(c, indicator);  // not_found
  if (auto w = store::find_words(c, indicator)) return *w;
  IndicatorWords none;
  none.indicator = indicator;
  return none;
}

IndicatorWords set_words(db::Connection& c, IndicatorWords w, std::int64_t expected_version) {
  auto current = words(c, w.indicator);
  w.names = clean_phrases(w.names, "names");
  w.excluded = clean_phrases(w.excluded, "excluded");
  w.updated_at = utc_timestamp();
  if (current.version == 0 && expected_version == 0) {
    store::insert_words(c, w);
  } else if (current.version != expected_version || !store::update_words(c, w, expected_version)) {
    throw stale_version(expected_version, current.version);
  }
  return words(c, w.indicator);
}

Proposals propose(db::Connection& c, const Request& r) {
  if (trim(r.text).empty()) {
    throw messages::error<"extraction.text_empty">("text");
  }
  auto period = Period::parse(r.period);
  if (!period) {
    throw targets::messages::error<"period.invalid">("period", r.period);
  }
  auto life = units::lifetime(c, r.unit);
  if (!life) {
    throw units::messages::error<"unit.no_such_code">("unit", r.unit);
  }
  if (!life->overlaps(period->days().first, period->days().last)) {
    throw units::messages::error<"unit.outside_period">("unit", r.unit, r.period);
  }
  json::enum_named<targets::Vintage>(r.vintage, "vintage");
  return extract(r.text, catalogue(c), *period, r.vintage);
}

Extraction create(db::Connection& c, Request r) {
  Extraction e;
  e.proposals = propose(c, r);
  e.request = std::move(r);
  e.created_at = utc_timestamp();
  store::Row row{0,
                 e.request.unit,
                 e.request.period,
                 e.request.vintage,
                 e.request.document,
                 e.request.media_type,
                 e.request.text,
                 boost::json::serialize(to_json(e.proposals)),
                 e.request.created_by,
                 e.created_at};
  e.id = store::insert_extraction(c, row);
  return e;
}

Extraction find(db::Connection& c, std::int64_t id) {
  auto row = store::find_extraction(c, id);
  if (!row) throw messages::error<"extraction.not_found">("", id);
  Extraction e;
  e.id = row->id;
  e.request = Request{row->unit, row->period, row->vintage, row->document, row->media_type, row->text, row->created_by};
  e.created_at = row->created_at;
  e.proposals = proposals_from_json(boost::json::parse(row->proposals));
  e.accepted = store::accepted_values(c, id);
  return e;
}

std::vector<Extraction> list(db::Connection& c, const std::string& unit, const std::string& period) {
  std::vector<Extraction> out;
  for (const auto& row : store::list_extractions(c, unit, period, 50)) {
    Extraction e;
    e.id = row.id;
    e.request = Request{row.unit, row.period, row.vintage, row.document, row.media_type, "", row.created_by};
    e.created_at = row.created_at;
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<targets::Value> accept(db::Connection& c, const Extraction& e, const std::vector<Acceptance>& items,
                                   const std::string& by) {
  if (items.empty()) {
    throw messages::error<"items.empty">("items");
  }
  targets::Checker checker(c);
  std::vector<targets::Value> values;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto& a = items[i];
    if (a.quote && a.start && a.end) {
      auto span = span_of(e.request.text, *a.start, *a.end);
      if (!span || *span != *a.quote) {
        throw messages::error<"item.quote_mismatch">(item_field(i, "quote"));
      }
    }
    targets::Value v;
    v.indicator = a.indicator;
    v.unit = e.request.unit;
    v.period = e.request.period;
    v.value = a.value;
    std::string document = e.request.document.value_or("Văn bản đã đọc");
    std::string source = a.quote ? fmt::format("{}: \"{}\"", document, *a.quote) : document;
    if (utf8_length(source) > 2000) source = document;
    v.source = source;
    v.note = fmt::format("Đọc từ văn bản (trích xuất số {})", e.id);
    v.entered_by = by;
    auto problems = checker.check_value(v);
    if (auto vintage = targets::read_vintage(a.vintage, 0, problems)) v.vintage = *vintage;
    if (!problems.empty()) {
      ErrorDetail first = problems.front();
      first.field = item_field(i, first.field);
      throw Error::of(first);
    }
    values.push_back(std::move(v));
  }
  std::vector<targets::Value> written;
  std::string at = utc_timestamp();
  for (auto& v : values) {
    auto recorded = targets::record_value(c, v);
    store::insert_accepted(c, e.id, recorded.id, by, at);
    written.push_back(std::move(recorded));
  }
  return written;
}

}  // namespace sen::extraction
