#include "extraction/json.hpp"

#include <boost/json.hpp>

#include "base/json.hpp"

namespace sen::extraction {

namespace bj = boost::json;

namespace {

bj::array strings(const std::vector<std::string>& list) {
  bj::array a;
  for (const auto& s : list) a.emplace_back(s);
  return a;
}

std::optional<std::string> optional_string(const bj::object& o, const char* key) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  return std::string(v->as_string());
}

Proposal proposal_of(const bj::object& o) {
  Proposal p;
  p.indicator = optional_string(o, "indicator");
  p.name = std::string(o.at("name").as_string());
  p.value = o.at("value").to_number<double>();
  p.unit = std::string(o.at("unit").as_string());
  p.measure = std::string(o.at("measure").as_string());
  p.vintage = std::string(o.at("vintage").as_string());
  p.as_written = std::string(o.at("as_written").as_string());
  p.approx = optional_string(o, "approx");
  p.quote = std::string(o.at("quote").as_string());
  p.start = o.at("start").to_number<std::size_t>();
  p.end = o.at("end").to_number<std::size_t>();
  return p;
}

}  // namespace

bj::object to_json(const Proposal& p) {
  return {{"indicator", json::nullable(p.indicator)},
          {"name", p.name},
          {"value", p.value},
          {"unit", p.unit},
          {"measure", p.measure},
          {"vintage", p.vintage},
          {"as_written", p.as_written},
          {"approx", json::nullable(p.approx)},
          {"quote", p.quote},
          {"start", p.start},
          {"end", p.end}};
}

bj::object to_json(const Proposals& p) {
  bj::array items, suggestions, counts;
  for (const auto& i : p.items) items.push_back(to_json(i));
  for (const auto& s : p.suggestions) suggestions.push_back(to_json(s));
  for (const auto& c : p.counts) {
    counts.push_back(
        bj::object{{"met", c.met}, {"total", c.total}, {"quote", c.quote}, {"start", c.start}, {"end", c.end}});
  }
  return {{"items", std::move(items)}, {"suggestions", std::move(suggestions)}, {"counts", std::move(counts)}};
}

Proposals proposals_from_json(const bj::value& v) {
  Proposals p;
  const auto& o = v.as_object();
  for (const auto& i : o.at("items").as_array()) p.items.push_back(proposal_of(i.as_object()));
  for (const auto& s : o.at("suggestions").as_array()) p.suggestions.push_back(proposal_of(s.as_object()));
  for (const auto& c : o.at("counts").as_array()) {
    const auto& co = c.as_object();
    p.counts.push_back(CountStatement{static_cast<int>(co.at("met").to_number<std::int64_t>()),
                                      static_cast<int>(co.at("total").to_number<std::int64_t>()),
                                      std::string(co.at("quote").as_string()), co.at("start").to_number<std::size_t>(),
                                      co.at("end").to_number<std::size_t>()});
  }
  return p;
}

bj::object to_json(const IndicatorWords& w) {
  return {{"indicator", w.indicator},
          {"names", strings(w.names)},
          {"excluded", strings(w.excluded)},
          {"illustrative", w.illustrative},
          {"source", json::nullable(w.source)},
          {"version", w.version},
          {"updated_by", json::nullable(w.updated_by)},
          {"updated_at", json::nullable(w.updated_at)}};
}

}  // namespace sen::extraction
