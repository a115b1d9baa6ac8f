#include "reports/sections.hpp"

#include <algorithm>
#include <cmath>

#include "base/vi_number.hpp"

namespace sen::reports {

Date Scope::data_until() const {
  return period.kind() == PeriodKind::year ? today : period.cutoff().last;
}

DateRange Scope::counted_days() const {
  return period.kind() == PeriodKind::year ? period.days() : period.cutoff();
}

Cell text_cell(std::string s) {
  return Cell{std::move(s), std::nullopt, 0, "", ""};
}

Cell number_cell(double v, int decimals) {
  return Cell{format_vi(v, decimals), v, decimals, "", ""};
}

Cell count_cell(int n) {
  return number_cell(n, 0);
}

Cell percent_cell(std::optional<double> p) {
  if (!p) return text_cell("");
  Cell c = number_cell(std::round(*p * 10) / 10, 1);
  c.text += "%";
  c.suffix += "%";  // a spreadsheet shows the sign too, the cell staying the number (152, not 1,52)
  return c;
}

Cell marked(Cell c, bool illustrative, const char* mark) {
  if (!illustrative || c.text.empty()) return c;
  c.text += mark;
  c.suffix += mark;
  return c;
}

std::string marked(std::string sentence, bool illustrative, const char* mark) {
  if (!illustrative) return sentence;
  bool stop = !sentence.empty() && sentence.back() == '.';
  if (stop) sentence.pop_back();
  return sentence + mark + (stop ? "." : "");
}

void add_derived_note(Section& s, const std::vector<std::string>& paths) {
  if (paths.empty()) return;
  std::string text = "(**) Số liệu suy ra qua sắp xếp đơn vị hành chính, không phải số liệu đơn vị báo cáo tự nhập: ";
  for (std::size_t i = 0; i < paths.size(); ++i) text += (i ? "; " : "") + paths[i];
  s.blocks.emplace_back(std::in_place_type<Paragraph>, Paragraph{text + ".", true});
}

namespace {

bool holds_mark(const std::string& s) {
  return s.find(kIllustrativeMark) != std::string::npos;
}

bool holds_mark(const Block& b) {
  if (const auto* p = std::get_if<Paragraph>(&b)) return holds_mark(p->text);
  if (const auto* l = std::get_if<Bullets>(&b))
    return std::any_of(l->items.begin(), l->items.end(), [](const auto& i) { return holds_mark(i); });
  if (const auto* t = std::get_if<Table>(&b)) {
    for (const auto& row : t->rows) {
      for (const auto& c : row) {
        if (holds_mark(c.text)) return true;
      }
    }
  }
  return false;
}

}  // namespace

bool add_illustrative_note(Section& s) {
  if (!std::any_of(s.blocks.begin(), s.blocks.end(), [](const Block& b) { return holds_mark(b); })) return false;
  s.blocks.emplace_back(std::in_place_type<Paragraph>, Paragraph{kIllustrativeNote, true});
  return true;
}

}  // namespace sen::reports
