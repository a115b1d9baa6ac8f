#include "targets/targets.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "base/error.hpp"
#include "calendar/calendar.hpp"
#include "targets/actuals.hpp"
#include "targets/checks.hpp"
#include "targets/figure_sources.hpp"
#include "targets/formula.hpp"
#include "targets/lineage.hpp"
#include "targets/messages.hpp"
#include "targets/rollups.hpp"
#include "targets/store.hpp"
#include "units/messages.hpp"
#include "units/units.hpp"

namespace sen::targets {

namespace {

void check_indicator_code(const std::string& code) {
  bool ok = !code.empty() && code.size() <= 40 && code[0] >= 'A' && code[0] <= 'Z' &&
            std::all_of(code.begin(), code.end(),
                        [](char ch) { return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_'; });
  if (!ok) {
    throw messages::error<"indicator.code_invalid">("code", code);
  }
}

// Position (1-based, in characters) of the first whole-word occurrence of `word` in `text`.
std::size_t word_position(const std::string& text, const std::string& word) {
  auto is_word = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_'; };
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    bool starts = at == 0 || !is_word(text[at - 1]);
    bool ends = at + word.size() == text.size() || !is_word(text[at + word.size()]);
    if (starts && ends) {
      std::size_t chars = 0;
      for (std::size_t i = 0; i < at; ++i) chars += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
      return chars + 1;
    }
  }
  return 1;
}

void validate_indicator(db::Connection& c, const Indicator& i) {
  check_indicator_code(i.code);
  std::vector<std::string> areas;
  for (const auto& a : kAreas) areas.push_back(a.code);
  require_one_of("area", i.area, areas);
  if (i.min_value && i.max_value && *i.min_value > *i.max_value) {
    throw messages::error<"indicator.max_below_min">("max_value");
  }
  if (i.decimals < 0 || i.decimals > 6) {
    throw messages::error<"indicator.decimals_range">("decimals");
  }
  if (i.unit_aggregation == UnitAggregation::weighted_average) {
    if (!i.weight_indicator) {
      throw messages::error<"indicator.weight_missing">("weight_indicator");
    }
    if (*i.weight_indicator == i.code || !store::find_indicator(c, *i.weight_indicator)) {
      throw messages::error<"indicator.weight_unknown">("weight_indicator", *i.weight_indicator);
    }
  }
  if (i.computed_from) {
    require_one_of("computed_from", *i.computed_from, figure_source_names());
    figure_source(*i.computed_from)->check(i);
    if (i.formula) {
      throw messages::error<"indicator.computed_with_formula">("computed_from");
    }
  }
  if (i.formula) {
    auto f = Formula::parse(*i.formula);
    for (const auto& ref : f.references()) {
      if (ref != i.code && !store::find_indicator(c, ref)) {
        auto pos = word_position(*i.formula, ref);
        throw messages::error<"formula.unknown_indicator">("formula", ref, pos);
      }
    }
    check_no_cycle(i.code, f.references(), [&](const std::string& code) -> std::vector<std::string> {
      auto other = store::find_indicator(c, code);
      if (!other || !other->formula) return {};
      return Formula::parse(*other->formula).references();
    });
  }
}

}  // namespace

std::string area_name_vi(const std::string& area) {
  for (const auto& a : kAreas) {
    if (area == a.code) return a.name_vi;
  }
  return area;
}

std::vector<Indicator> indicators(db::Connection& c) {
  return store::list_indicators(c);
}

Indicator indicator(db::Connection& c, const std::string& code) {
  auto i = store::find_indicator(c, code);
  if (!i) throw messages::error<"indicator.not_found">("", code);
  return *i;
}

Indicator create_indicator(db::Connection& c, const Indicator& i) {
  validate_indicator(c, i);
  if (store::find_indicator(c, i.code)) {
    throw messages::error<"indicator.code_taken">("code", i.code);
  }
  store::insert_indicator(c, i);
  return indicator(c, i.code);
}

Indicator update_indicator(db::Connection& c, const Indicator& i, std::int64_t expected_version) {
  auto current = indicator(c, i.code);
  validate_indicator(c, i);
  if (!store::update_indicator(c, i, expected_version)) throw stale_version(expected_version, current.version);
  return indicator(c, i.code);
}

std::vector<Plan> plans(db::Connection& c, const std::optional<std::string>& unit) {
  return store::list_plans(c, unit);
}

Plan plan(db::Connection& c, const std::string& code) {
  auto p = store::find_plan(c, code);
  if (!p) throw messages::error<"plan.not_found">("", code);
  return *p;
}

Plan create_plan(db::Connection& c, Plan p) {
  if (p.code.empty() || p.code.size() > 64 || p.code.find_first_of(" /?#%") != std::string::npos) {
    throw messages::error<"plan.code_invalid">("code");
  }
  require_one_of("kind", p.kind, {"annual", "term", "other"});
  auto from = Period::parse(p.period_from), to = Period::parse(p.period_to);
  if (!from || from->kind() != PeriodKind::year) {
    throw messages::error<"plan.period_from_not_year">("period_from");
  }
  if (!to || to->kind() != PeriodKind::year || to->year() < from->year()) {
    throw messages::error<"plan.period_to_invalid">("period_to");
  }
  auto life = units::lifetime(c, p.unit);
  if (!life || !life->overlaps(from->days().first, to->days().last)) {
    throw messages::error<"plan.unit_missing">("unit", p.unit);
  }
  if (store::find_plan(c, p.code)) {
    throw messages::error<"plan.code_taken">("code", p.code);
  }
  p.created_at = utc_timestamp();
  store::insert_plan(c, p);
  return p;
}

std::vector<Target> targets(db::Connection& c, const std::string& unit, const Period& period,
                            const std::optional<std::string>& plan) {
  return store::targets_of(c, unit, period.code(), plan);
}

std::vector<Target> plan_targets(db::Connection& c, const std::string& plan_code) {
  plan(c, plan_code);
  return store::targets_of_plan(c, plan_code);
}

Target target(db::Connection& c, std::int64_t id) {
  auto t = store::find_target(c, id);
  if (!t) throw messages::error<"target.not_found">("", id);
  return *t;
}

Target add_target(db::Connection& c, const Target& t) {
  Checker checker(c);
  throw_first(checker.check_target(t));
  if (store::find_target(c, t.plan, t.indicator, t.unit, t.period)) {
    throw messages::error<"target.exists">("", t.plan, t.indicator, t.unit, t.period);
  }
  Target stored = t;
  stored.id = store::insert_target(c, t);
  stored.version = 1;
  return stored;
}

Target update_target(db::Connection& c, const Target& t, std::int64_t expected_version) {
  auto current = target(c, t.id);
  Target merged = current;
  merged.comparator = t.comparator;
  merged.value = t.value;
  merged.value_to = t.value_to;
  merged.source = t.source;
  merged.note = t.note;
  merged.assigned_by = t.assigned_by;
  Checker checker(c);
  throw_first(checker.check_target(merged));
  if (!store::update_target(c, merged, expected_version)) throw stale_version(expected_version, current.version);
  return target(c, t.id);
}

Value record_value(db::Connection& c, Value v) {
  Checker checker(c);
  throw_first(checker.check_value(v));
  v.entered_at = utc_timestamp();
  v.id = store::insert_value(c, v);
  rollups::refresh_after(c, {v});
  return v;
}

std::vector<Value> current_values(db::Connection& c, const std::string& unit, const Period& period) {
  return store::current_values(c, unit, period.code());
}

std::vector<Value> value_history(db::Connection& c, const std::string& indicator, const std::string& unit,
                                 const Period& period) {
  return store::history(c, indicator, unit, period.code());
}

Scorecard scorecard(db::Connection& c, const std::string& unit, const Period& period,
                    const std::optional<std::string>& plan, const std::optional<Date>& map) {
  auto life = units::lifetime(c, unit);
  if (!life) throw units::messages::error<"unit.not_found">("", unit);
  Date day = period.days().last;
  if (life->valid_to && *life->valid_to < day) day = *life->valid_to;
  if (day < life->valid_from) day = life->valid_from;
  Scorecard card{unit, units::find(c, unit, day).value().name, period, {}};

  ActualResolver resolver(c);
  if (map) resolver.use_map(*map);
  Period previous_period = period.same_period_previous_year();
  std::vector<DerivedTarget> targets;
  for (auto& t : store::targets_of(c, unit, period.code(), plan)) targets.push_back({std::move(t), {}});
  if (targets.empty() && !plan) targets = lineage_targets(c, unit, period);
  for (const auto& [t, path] : targets) {
    const Indicator* ind = resolver.indicator(t.indicator);
    ScorecardItem item{t,
                       *ind,
                       resolver.actual(t.indicator, unit, period),
                       std::nullopt,
                       {},
                       std::nullopt,
                       std::nullopt,
                       std::nullopt,
                       resolver.refusal(t.indicator, unit, period),
                       path};
    if (item.actual && item.actual->derivation == "entered") {
      auto records = resolver.records_figure(t.indicator, unit, period);
      if (records && records->value != item.actual->value) item.records = records;
    }
    auto entered_plan = resolver.plan_figure(t.indicator, unit, period);
    item.evaluation = evaluate(t, *ind, item.actual ? std::optional(item.actual->value) : std::nullopt, entered_plan);
    item.plan_figure = t.comparator == "between" ? entered_plan : entered_plan.value_or(t.value);
    item.previous = resolver.actual(t.indicator, unit, previous_period);
    if (item.actual && item.previous) item.change = item.actual->value - item.previous->value;
    if (item.actual && item.previous && item.previous->value != 0) {
      item.change_pct = (item.actual->value / item.previous->value - 1) * 100;
    }
    switch (item.evaluation.status) {
      case Status::exceeded:
        ++card.exceeded;
        break;
      case Status::met:
        ++card.met;
        break;
      case Status::not_met:
        ++card.not_met;
        break;
      case Status::no_data:
        ++card.no_data;
        break;
    }
    card.items.push_back(std::move(item));
  }
  auto area_rank = [](const std::string& area) {
    for (std::size_t i = 0; i < std::size(kAreas); ++i) {
      if (area == kAreas[i].code) return i;
    }
    return std::size(kAreas);
  };
  std::stable_sort(card.items.begin(), card.items.end(), [&](const ScorecardItem& a, const ScorecardItem& b) {
    return area_rank(a.indicator.area) < area_rank(b.indicator.area);
  });
  return card;
}

std::vector<SeriesPoint> series(db::Connection& c, const std::string& code, const std::string& unit, int from_year,
                                int to_year, const std::optional<Date>& map) {
  indicator(c, code);  // not_found for an unknown indicator
  if (to_year < from_year || to_year - from_year > 50) {
    throw messages::error<"series.range">("to");
  }
  ActualResolver resolver(c);
  resolver.only(code);
  if (map) resolver.use_map(*map);
  std::vector<SeriesPoint> out;
  for (int y = from_year; y <= to_year; ++y) {
    Period p = Period::year_of(y);
    SeriesPoint point{p, resolver.actual(code, unit, p), std::nullopt, resolver.refusal(code, unit, p), {}};
    for (const auto& t : store::targets_of(c, unit, p.code(), std::nullopt)) {
      if (t.indicator == code) {
        point.target = t;
        break;
      }
    }
    if (!point.target) {
      for (auto& d : lineage_targets(c, unit, p)) {
        if (d.target.indicator == code) {
          point.target = d.target;
          point.target_lineage = d.path;
        }
      }
    }
    out.push_back(std::move(point));
  }
  return out;
}

std::vector<BreakdownRow> breakdown(db::Connection& c, const std::string& code, const std::string& unit,
                                    const Period& period, const std::optional<Date>& map) {
  indicator(c, code);
  auto life = units::lifetime(c, unit);
  if (!life) throw units::messages::error<"unit.not_found">("", unit);
  Date day = map.value_or(period.days().last);
  if (life->valid_to && *life->valid_to < day) day = *life->valid_to;
  ActualResolver resolver(c);
  resolver.only(code);
  if (map) resolver.use_map(*map);
  std::vector<BreakdownRow> out;
  for (const auto& child : units::figure_children(c, unit, day)) {
    auto actual = resolver.actual(code, child.code, period);
    out.push_back({child.code, child.name, child.illustrative, actual, resolver.refusal(code, child.code, period)});
  }
  return out;
}

SubmissionReport submissions(db::Connection& c, const std::string& unit, const Period& period,
                             const std::string& regime, Date today) {
  auto life = units::lifetime(c, unit);
  if (!life) throw units::messages::error<"unit.not_found">("", unit);
  auto due = calendar::report_due(c, regime, period);
  Date day = period.days().last;
  if (life->valid_to && *life->valid_to < day) day = *life->valid_to;
  std::vector<std::string> codes;
  auto kids = units::figure_children(c, unit, day);
  for (const auto& k : kids) codes.push_back(k.code);
  auto first = store::first_entries(c, codes, period.code());
  SubmissionReport report{due.cutoff, due.due, {}};
  for (const auto& k : kids) {
    Submission s{k.code, k.name, std::nullopt, ""};
    if (auto it = first.find(k.code); it != first.end()) s.first_entry = vietnam_date_of(it->second);
    if (s.first_entry)
      s.state = *s.first_entry <= due.due ? "on_time" : "late";
    else
      s.state = today > due.due ? "missing" : "pending";
    report.units.push_back(std::move(s));
  }
  return report;
}

namespace {

// Items whose figure was refused across a reorganisation: counted without data, said apart.
int not_comparable(const Scorecard& s) {
  return static_cast<int>(
      std::count_if(s.items.begin(), s.items.end(), [](const ScorecardItem& i) { return i.refusal.has_value(); }));
}

}  // namespace

std::string summary_vi(const Scorecard& s) {
  if (s.total() == 0) return "Chưa có chỉ tiêu";
  std::string text = fmt::format("{}/{} chỉ tiêu đạt và vượt kế hoạch", s.exceeded + s.met, s.total());
  if (s.not_met) text += fmt::format(", {} chỉ tiêu không đạt", s.not_met);
  int refused = not_comparable(s);
  if (s.no_data > refused) text += fmt::format(", {} chỉ tiêu chưa có số liệu", s.no_data - refused);
  if (refused) text += fmt::format(", {} chỉ tiêu không so sánh được qua sắp xếp đơn vị", refused);
  return text;
}

std::string summary_en(const Scorecard& s) {
  if (s.total() == 0) return "No targets";
  std::string text = fmt::format("{}/{} targets met or exceeded", s.exceeded + s.met, s.total());
  if (s.not_met) text += fmt::format(", {} not met", s.not_met);
  int refused = not_comparable(s);
  if (s.no_data > refused) text += fmt::format(", {} without data", s.no_data - refused);
  if (refused) text += fmt::format(", {} not comparable across the reorganisation", refused);
  return text;
}

}  // namespace sen::targets
