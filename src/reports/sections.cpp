#include "reports/sections.hpp"

#include <cmath>

#include "base/vi_number.hpp"

namespace sen::reports {

Date Scope::data_until() const { return period.kind() == PeriodKind::year ? today : period.cutoff().last; }

Cell text_cell(std::string s) { return Cell{std::move(s), std::nullopt, 0, ""}; }

Cell number_cell(double v, int decimals) { return Cell{format_vi(v, decimals), v, decimals, ""}; }

Cell count_cell(int n) { return number_cell(n, 0); }

Cell percent_cell(std::optional<double> p) {
  if (!p) return text_cell("");
  Cell c = number_cell(std::round(*p * 10) / 10, 1);
  c.text += "%";
  return c;
}

}  // namespace sen::reports
