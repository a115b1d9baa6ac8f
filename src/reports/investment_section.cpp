// Đầu tư công: the year's capital plan of the projects managed in the subtree and what was paid.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "base/vi_number.hpp"
#include "projects/portfolio.hpp"
#include "reports/sections.hpp"

namespace sen::reports {

namespace {

std::string million_words(std::int64_t dong) {
  return format_vi(std::round(static_cast<double>(dong) / 1e6), 0);
}

Cell million_cell(std::int64_t dong) {
  return number_cell(std::round(static_cast<double>(dong) / 1e6), 0);
}

std::optional<double> rate(std::int64_t part, std::int64_t whole) {
  if (whole == 0) return std::nullopt;
  return 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

}  // namespace

std::optional<Section> investment_section(Scope& x) {
  int year = x.period.year();
  Date until = x.data_until();
  // Payments made by the last day of the data: the cut-off of part of a year, the report's date.
  auto pf = projects::portfolio(x.c, x.unit, year, x.today, until);
  if (!pf.active) return std::nullopt;
  Section s{"ĐẦU TƯ CÔNG", "Đầu tư công", {}, "projects.read"};
  std::vector<const projects::ProjectYear*> key;
  for (const auto& p : pf.projects) {
    if (p.ledger.allocated_total() > 0 || p.ledger.paid().total() > 0) key.push_back(&p);
  }
  auto plan = pf.total.allocated_total();
  auto paid_amounts = pf.total.paid();
  auto paid = paid_amounts.total();
  std::string said = plan > 0 ? fmt::format(
                                    "Kế hoạch vốn đầu tư công năm {} của {} dự án do đơn vị quản lý (theo dõi "
                                    "trên Sen) {} triệu đồng",
                                    year, pf.projects.size(), million_words(plan))
                              : fmt::format("Các dự án do đơn vị quản lý chưa được giao kế hoạch vốn năm {}", year);
  if (paid > 0) {
    said += fmt::format("; đã giải ngân {} triệu đồng", million_words(paid));
    // Payments the treasury has not confirmed yet are said to be estimates (ước), not hidden in the total.
    if (paid_amounts.estimate > 0)
      said += fmt::format(" (trong đó ước giải ngân {} triệu đồng)", million_words(paid_amounts.estimate));
    if (auto r = rate(paid, plan))
      said += fmt::format(", đạt {}% kế hoạch vốn năm", format_vi(std::round(*r * 10) / 10, 1));
  } else {
    said += "; chưa giải ngân";
  }
  s.blocks.push_back(
      Paragraph{marked(fmt::format("{} (tính đến ngày {}).", said, until.vietnamese()), pf.total.illustrative)});
  std::sort(key.begin(), key.end(),
            [](auto* a, auto* b) { return a->ledger.allocated_total() > b->ledger.allocated_total(); });
  if (key.size() > 10) key.resize(10);
  Table t{{"STT", "Dự án", "Kế hoạch vốn năm (triệu đồng)", "Đã giải ngân (triệu đồng)", "Tỷ lệ"},
          {0.8, 5, 1.9, 1.9, 1.3},
          {},
          {}};
  int n = 0;
  for (const auto* p : key) {
    auto paid_here = p->ledger.paid().total();
    bool invented = p->ledger.illustrative;
    t.rows.push_back(
        {count_cell(++n), text_cell(p->project.name), marked(million_cell(p->ledger.allocated_total()), invented),
         marked(million_cell(paid_here), invented), percent_cell(rate(paid_here, p->ledger.allocated_total()))});
    t.group_rows.push_back(false);
  }
  s.blocks.push_back(std::move(t));
  add_illustrative_note(s);
  return s;
}

}  // namespace sen::reports
