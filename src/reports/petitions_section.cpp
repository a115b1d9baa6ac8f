// Tiếp công dân, giải quyết đơn thư: the letters' statistics and the long-unresolved cases.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "base/vi_number.hpp"
#include "petitions/petitions.hpp"
#include "reports/sections.hpp"
#include "reports/sentences.hpp"
#include "units/handovers.hpp"
#include "units/lineage.hpp"
#include "units/units.hpp"

namespace sen::reports {

std::optional<Section> petitions_section(Scope& x) {
  Section s{"TIẾP CÔNG DÂN, GIẢI QUYẾT ĐƠN THƯ", "Đơn thư", {}, "petitions.read"};
  // A letter handed over by a closed unit is counted, and named, where it was at the period's end.
  units::Holders holders(x.c, petitions::kRecordKind);
  auto days = x.counted_days();
  Date end = days.last;
  auto holder = [&](const petitions::Petition& p) { return holders.on(std::to_string(p.id), p.handling_unit, end); };
  // The report is read by the unit's own staff: a denunciation against the unit, a unit above it
  // or a unit it took over is neither counted nor listed in it (docs/security.md).
  auto concerned = units::ancestors(x.c, x.unit, end);
  std::set<std::string> own{x.unit};
  for (const auto& a : concerned) own.insert(a.code);
  for (const auto& p : units::lineage(x.c, x.unit).predecessors) own.insert(p.predecessor);
  auto visible = [&](const petitions::Petition& p) {
    if (p.denunciation() && p.concerned_unit && own.count(*p.concerned_unit)) return false;
    return x.subtree.count(holder(p)) > 0;
  };
  // The letters handled in the period, on the report's date: one selection for the counts in the
  // sentence and the list of the cases not conclusively resolved under it. The overdue letters are
  // among those still open, named with them.
  auto handled = petitions::handled_in(x.c, days, x.today, visible);
  auto st = petitions::stats(handled);
  std::vector<const petitions::View*> open;
  for (const auto& v : handled.letters) {
    if (v.long_unresolved) open.push_back(&v);
  }
  std::stable_sort(open.begin(), open.end(),
                   [](const auto* a, const auto* b) { return a->petition.received_on < b->petition.received_on; });
  // The on-time share names what it is a share of: "đã giải quyết 2 đơn, trong đó 1 đơn đúng hạn (50%)";
  // "đều đúng hạn", "đều quá hạn" rather than a count of all or none.
  std::string resolved = st.resolved > 0 ? fmt::format("đã giải quyết {} đơn", format_vi(st.resolved, 0)) : "";
  if (!resolved.empty() && st.on_time_pct) {
    if (st.resolved_on_time == st.resolved)
      resolved += st.resolved > 1 ? ", đều đúng hạn" : ", đúng hạn";
    else if (st.resolved_on_time == 0)
      resolved += st.resolved > 1 ? ", đều quá hạn" : ", quá hạn";
    else
      resolved += fmt::format(", trong đó {} đơn đúng hạn ({}%)", format_vi(st.resolved_on_time, 0),
                              format_vi(std::round(*st.on_time_pct * 10) / 10, 1));
  }
  // Letters still open from before the period: "năm trước chuyển sang" in a year's report.
  std::string carried =
      x.period.kind() == PeriodKind::year ? "năm trước chuyển sang {} đơn" : "kỳ trước chuyển sang {} đơn";
  std::vector<std::string> clauses{
      nonzero_counts({{"tiếp nhận {} đơn", st.received}, {carried, st.carried_over}}, ", "),
      nonzero_counts({{"thụ lý {} đơn khiếu nại, tố cáo thuộc thẩm quyền", st.accepted - st.accepted_requests},
                      {"xử lý {} đơn kiến nghị, phản ánh", st.accepted_requests}},
                     "; "),
      resolved,
      nonzero_counts({{"chuyển {} đơn", st.forwarded}, {"hướng dẫn {} đơn", st.guided}, {"lưu {} đơn", st.filed}},
                     ", "),
      nonzero_counts({{"còn {} đơn đang giải quyết", st.open}}, "") +
          (st.overdue > 0 ? fmt::format(" ({} đơn quá hạn)", format_vi(st.overdue, 0)) : ""),
      nonzero_counts({{"{} vụ việc chưa giải quyết dứt điểm", static_cast<int>(open.size())}}, "")};
  std::string sentence;
  for (const auto& c : clauses) {
    if (!c.empty()) sentence += (sentence.empty() ? "" : "; ") + c;
  }
  // The listed cases are among the letters counted: their marks are the statistics'.
  if (!sentence.empty()) s.blocks.push_back(Paragraph{marked(capitalized(sentence) + ".", st.illustrative)});
  if (!open.empty()) {
    s.blocks.push_back(Paragraph{"Các vụ việc chưa giải quyết dứt điểm:"});
    Table t{{"Mã hồ sơ", "Ngày nhận", "Đơn vị xử lý", "Tình trạng"}, {1.7, 1.3, 3, 2.5}, {}, {}};
    for (const auto* letter : open) {
      const auto& v = *letter;
      t.rows.push_back(
          {marked(text_cell(v.petition.tracking_code), v.petition.illustrative),
           text_cell(v.petition.received_on.vietnamese()),
           text_cell(holder(v.petition) == v.petition.handling_unit ? v.handling_unit_name
                                                                    : units::name_at(x.c, holder(v.petition), end)),
           text_cell(petitions::status_text(v.state.status))});
      t.group_rows.push_back(false);
    }
    s.blocks.push_back(std::move(t));
  }
  if (s.blocks.empty()) return std::nullopt;
  add_illustrative_note(s);
  return s;
}

}  // namespace sen::reports
