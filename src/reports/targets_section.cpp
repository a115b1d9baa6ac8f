// Kết quả thực hiện các chỉ tiêu, and the next year's targets.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "base/vi_number.hpp"
#include "projects/portfolio.hpp"
#include "projects/rates.hpp"
#include "reports/header.hpp"
#include "reports/sections.hpp"
#include "reports/sentences.hpp"
#include "targets/actuals.hpp"
#include "targets/scorecard_text.hpp"
#include "targets/shares.hpp"
#include "targets/targets.hpp"
#include "units/units.hpp"

namespace sen::reports {

namespace {

// Figures the Party's records give (admissions, ratings): the Party committee reports them, not
// the People's Committee.
bool from_party_records(const targets::Indicator& i) {
  return i.computed_from && (*i.computed_from == "admissions" || *i.computed_from == "org_ratings" ||
                             *i.computed_from == "member_ratings");
}

// The comparator as a table prints it before the number (tables are not prose).
std::string symbol(const std::string& comparator) {
  if (comparator == ">=") return "≥ ";
  if (comparator == "<=") return "≤ ";
  if (comparator == ">" || comparator == "<") return comparator + " ";
  return "";
}

// The target as a table shows it: "≥ 547.075" with 547075 as its number, "từ 5 đến 7".
Cell target_cell(const targets::Target& t, int decimals) {
  if (t.comparator == "between") return text_cell(targets::describe_target_vi(t, decimals));
  Cell c = number_cell(t.value, decimals);
  c.prefix = symbol(t.comparator);
  c.text = c.prefix + c.text;
  return c;
}

// The first year of the unit's term plan (nhiệm kỳ) that covers `year` and began before it.
std::optional<int> term_start(Scope& x, int year) {
  for (const auto& p : targets::plans(x.c, x.unit)) {
    if (p.kind != "term") continue;
    int from = std::stoi(p.period_from.substr(0, 4)), to = std::stoi(p.period_to.substr(0, 4));
    if (from < year && year <= to) return from;
  }
  return std::nullopt;
}

// "; lũy kế từ năm 2020 đến nay 68.500 cây (*)": an amount that adds up over the years, summed from
// the start of the term to the report's year when every year has a figure (marked when a year's
// figure is invented); empty otherwise.
std::string cumulative_clause(Scope& x, targets::ActualResolver& resolver, const targets::ScorecardItem& item,
                              std::optional<int> from) {
  const auto& i = item.indicator;
  if (!from || !item.actual || i.measure == "%" || i.direction == targets::Direction::lower ||
      i.period_aggregation != targets::PeriodAggregation::sum)
    return "";
  double sum = 0;
  bool marked_year = false;
  for (int y = *from; y <= x.period.year(); ++y) {
    auto a = y == x.period.year() ? item.actual : resolver.actual(i.code, x.unit, Period::year_of(y));
    if (!a) return "";
    sum += a->value;
    marked_year = marked_year || a->illustrative;
  }
  return marked(fmt::format("; lũy kế từ năm {} đến nay {} {}", *from, format_vi(sum, i.decimals), i.measure),
                marked_year);
}

// "; theo hồ sơ trên Sen, các dự án do đơn vị quản lý đã giải ngân 247.000 triệu đồng": what the
// records give beside a reported figure that differs from it, so the difference is not hidden.
std::string records_clause(const targets::ScorecardItem& item) {
  if (!item.records || !item.actual || item.records->value == item.actual->value) return "";
  const auto& i = item.indicator;
  std::string value = marked(i.measure == "%" ? format_vi(item.records->value, i.decimals) + "%"
                                              : format_vi(item.records->value, i.decimals) + " " + i.measure,
                             item.records->illustrative);
  if (item.records->derivation == "projects")
    return "; theo hồ sơ trên Sen, các dự án do đơn vị quản lý đã giải ngân " + value + " (mọi nguồn vốn)";
  return "; theo hồ sơ trên Sen: " + value;
}

// A cell of a figure with its marks: illustrative (*), derived through the lineage (**).
Cell figure_cell(Cell c, bool illustrative, bool derived_figure) {
  return marked(marked(std::move(c), illustrative), derived_figure, kDerivedMark);
}

Cell actual_cell(const targets::ScorecardItem& item, int decimals) {
  if (item.refusal) return text_cell("Không so sánh được");
  if (!item.actual) return text_cell("—");
  return figure_cell(number_cell(item.actual->value, decimals), item.actual->illustrative,
                     item.actual->derivation == "lineage");
}

Cell judged_target_cell(const targets::ScorecardItem& item, int decimals) {
  return figure_cell(target_cell(item.target, decimals), item.target.illustrative, !item.target_lineage.empty());
}

// The sentence of an item, its figures derived through the lineage marked at its end (each invented
// figure is marked where it stands); a figure refused across the reorganisation says why.
std::string item_sentence(const targets::ScorecardItem& item, std::string sentence) {
  if (item.refusal) return fmt::format("{}: {}.", item.indicator.name, item.refusal->reason_vi);
  return marked(std::move(sentence), targets::derived_through_lineage(item), kDerivedMark);
}

// The year's targets with the period's figures (and those of the same period a year before),
// not judged: the year is not over. Disbursement computed from projects is counted to the cut-off.
// What the projects managed in the subtree paid in the year up to the report's cut-off, in the
// indicator's measure: the same figure as the investment section's "đã giải ngân".
class PaidToCutoff {
 public:
  explicit PaidToCutoff(Scope& x) : x_(x) {}
  void apply(targets::Actual& figure, const targets::Indicator& i) {
    if (figure.derivation != "projects") return;
    if (!paid_) paid_ = projects::portfolio(x_.c, x_.unit, x_.period.year(), x_.today, x_.data_until());
    double per_unit = projects::dong_per_unit(i.measure);
    if (per_unit > 0) figure.value = static_cast<double>(paid_->total.paid().total()) / per_unit;
  }

 private:
  Scope& x_;
  std::optional<projects::Portfolio> paid_;
};

targets::Scorecard part_of_year(Scope& x) {
  auto card = targets::scorecard(x.c, x.unit, Period::year_of(x.period.year()), std::nullopt);
  targets::ActualResolver resolver(x.c);
  auto previous = x.period.same_period_previous_year();
  PaidToCutoff paid(x);
  for (auto& item : card.items) {
    item.actual = resolver.actual(item.indicator.code, x.unit, x.period);
    item.previous = resolver.actual(item.indicator.code, x.unit, previous);
    if (item.actual) paid.apply(*item.actual, item.indicator);
    item.evaluation = {};
    item.change.reset();
    item.change_pct.reset();
  }
  return card;
}

Table judged_table(const std::vector<targets::ScorecardItem>& items) {
  Table t{{"STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "% KH", "Đánh giá"},
          {0.8, 3.6, 2.0, 1.9, 1.6, 1.3, 1.3},
          {},
          {}};
  std::string area;
  int n = 0;
  for (const auto& item : items) {
    const auto& i = item.indicator;
    if (i.area != area) {
      area = i.area;
      t.rows.push_back({text_cell(targets::area_name_vi(area))});
      t.group_rows.push_back(true);
    }
    t.rows.push_back({count_cell(++n), text_cell(i.name), text_cell(i.measure), judged_target_cell(item, i.decimals),
                      actual_cell(item, i.decimals), percent_cell(targets::target_share(item)),
                      text_cell(targets::item_status_vi(item))});
    t.group_rows.push_back(false);
  }
  return t;
}

Table part_of_year_table(const std::vector<targets::ScorecardItem>& items, const Period& period) {
  Table t{{"STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm", "Thực hiện", "% KH năm",
           fmt::format("Cùng kỳ {}", period.year() - 1)},
          {0.8, 3.6, 2.0, 1.9, 1.6, 1.3, 1.5},
          {},
          {}};
  std::string area;
  int n = 0;
  for (const auto& item : items) {
    const auto& i = item.indicator;
    if (i.area != area) {
      area = i.area;
      t.rows.push_back({text_cell(targets::area_name_vi(area))});
      t.group_rows.push_back(true);
    }
    t.rows.push_back({count_cell(++n), text_cell(i.name), text_cell(i.measure), judged_target_cell(item, i.decimals),
                      actual_cell(item, i.decimals), percent_cell(share_of_year_plan(item)),
                      item.previous ? marked(number_cell(item.previous->value, i.decimals), item.previous->illustrative)
                                    : text_cell("—")});
    t.group_rows.push_back(false);
  }
  return t;
}

}  // namespace

std::optional<Section> targets_section(Scope& x) {
  auto card = targets::scorecard(x.c, x.unit, x.period, std::nullopt);
  bool judged = !card.items.empty() || x.period.kind() == PeriodKind::year;
  if (!judged) card = part_of_year(x);
  if (x.issuer == Issuer::state)
    std::erase_if(card.items, [](const auto& item) { return from_party_records(item.indicator); });
  if (card.items.empty()) return std::nullopt;
  Section s{"KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "Chỉ tiêu", {}, "targets.read"};
  Bullets sentences;
  if (judged) {
    PaidToCutoff paid(x);
    for (auto& item : card.items) {
      if (item.records) paid.apply(*item.records, item.indicator);
    }
    targets::ActualResolver resolver(x.c);
    auto from = x.period.kind() == PeriodKind::year ? term_start(x, x.period.year()) : std::nullopt;
    int reached = 0, not_met = 0, no_data = 0, not_comparable = 0;
    for (const auto& item : card.items) {
      auto st = item.evaluation.status;
      if (item.refusal)
        ++not_comparable;
      else if (st == targets::Status::exceeded || st == targets::Status::met)
        ++reached;
      else if (st == targets::Status::not_met)
        ++not_met;
      else
        ++no_data;
      auto clauses = cumulative_clause(x, resolver, item, from) + records_clause(item);
      sentences.items.push_back(
          item_sentence(item, marked(indicator_sentence(item, x.period), !clauses.empty(), clauses.c_str())));
    }
    s.blocks.push_back(Paragraph{fmt::format("{}, {}.", capitalized(x.period.vietnamese()),
                                             targets_summary(reached, not_met, no_data, not_comparable))});
    s.blocks.push_back(judged_table(card.items));
  } else {
    s.blocks.push_back(
        Paragraph{fmt::format("Kết quả {} so với kế hoạch năm {}:", x.period.vietnamese(), x.period.year())});
    for (const auto& item : card.items) {
      sentences.items.push_back(item_sentence(item, part_of_year_sentence(item, x.period)));
    }
    s.blocks.push_back(part_of_year_table(card.items, x.period));
  }
  s.blocks.push_back(std::move(sentences));
  add_illustrative_note(s);
  auto last = x.period.days().last;
  add_derived_note(s, targets::lineage_paths_vi(
                          card.items, [&](const std::string& code) { return units::name_at(x.c, code, last); }));
  return s;
}

std::optional<Table> next_year_targets(Scope& x) {
  auto card = targets::scorecard(x.c, x.unit, Period::year_of(x.period.year() + 1), std::nullopt);
  if (x.issuer == Issuer::state)
    std::erase_if(card.items, [](const auto& item) { return from_party_records(item.indicator); });
  if (card.items.empty()) return std::nullopt;
  Table t{{"STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"}, {0.8, 5.3, 2.3, 1.9}, {}, {}};
  int n = 0;
  for (const auto& item : card.items) {
    t.rows.push_back({count_cell(++n), text_cell(item.indicator.name), text_cell(item.indicator.measure),
                      judged_target_cell(item, item.indicator.decimals)});
    t.group_rows.push_back(false);
  }
  return t;
}

}  // namespace sen::reports
