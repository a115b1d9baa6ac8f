// Công tác xây dựng Đảng: inspection, supervision and discipline; ratings; admissions.
#include <fmt/format.h>

#include <tuple>

#include "base/vi_number.hpp"
#include "oversight/oversight.hpp"
#include "reports/sections.hpp"
#include "reports/sentences.hpp"
#include "units/lineage.hpp"

namespace sen::reports {

namespace {

// What an issued report states otherwise than the records counted: "Báo cáo … ghi kiểm tra 118
// tổ chức đảng (hồ sơ trên Sen: 117)". Empty when it states nothing otherwise.
std::string reported_otherwise(const oversight::Stats& st) {
  std::string out;
  for (const auto& f : oversight::counted_figures()) {
    auto it = st.reported.find(f.name);
    if (it == st.reported.end() || it->second == st.*f.count) continue;
    out += (out.empty() ? "" : "; ") + fmt::format(fmt::runtime(f.words), format_vi(it->second, 0)) +
           fmt::format(" (hồ sơ trên Sen: {})", format_vi(st.*f.count, 0));
  }
  if (out.empty()) return out;
  return fmt::format("{} ghi {}.", st.reported_source.value_or("Báo cáo đã ban hành"), out);
}

}  // namespace

std::optional<Section> party_section(Scope& x) {
  Section s{"CÔNG TÁC XÂY DỰNG ĐẢNG", "Xây dựng Đảng", {}, "oversight.read"};
  // A unit formed after the period has no party records of it: the section says whose they are
  // rather than counting zero beside the figures its targets section derives.
  if (auto absent = units::absent_during(x.c, x.unit, x.counted_days())) {
    s.blocks.push_back(Paragraph{absent->message_vi() + "."});
    return s;
  }
  auto st = oversight::stats(x.c, x.unit, x.period, x.counted_days());
  auto sentence = oversight::sentence_of(st, kIllustrativeMark);
  if (!sentence.empty()) s.blocks.push_back(Paragraph{sentence + "."});
  if (auto otherwise = reported_otherwise(st); !otherwise.empty()) s.blocks.push_back(Paragraph{otherwise});
  Bullets b;
  oversight::FigureSource figures(x.c);
  if (x.period.kind() == PeriodKind::year) {
    // Each share names what it is of: "92,3% (12 trong số 13 tổ chức cơ sở đảng được xếp loại)".
    for (auto [what, rated, who] : {std::tuple{"org_ratings", "Tổ chức cơ sở đảng", "tổ chức cơ sở đảng"},
                                    std::tuple{"member_ratings", "Đảng viên", "đảng viên"}}) {
      if (auto f = figures.figure(what, x.unit, x.period)) {
        b.items.push_back(
            marked(fmt::format("{} hoàn thành tốt nhiệm vụ trở lên: {}% ({} trong số {} {} được xếp loại).", rated,
                               format_vi(f->value, 1), format_vi(f->part, 0), format_vi(f->whole, 0), who),
                   f->illustrative));
      }
    }
  }
  if (st.admissions > 0) {
    b.items.push_back(marked(fmt::format("Kết nạp {} đảng viên mới.", st.admissions), st.admissions_illustrative));
  }
  if (!b.items.empty()) s.blocks.emplace_back(std::in_place_type<Bullets>, std::move(b));
  if (!sentence.empty()) {
    Table t{{"Nội dung", "Tổ chức đảng", "Đảng viên"}, {4, 1.5, 1.5}, {}, {}};
    auto row = [](const char* what, int organisations, int members, bool illustrative) {
      return std::vector<Cell>{text_cell(what), marked(count_cell(organisations), illustrative && organisations > 0),
                               marked(count_cell(members), illustrative && members > 0)};
    };
    t.rows = {
        row("Kiểm tra", st.organisations_inspected, st.members_inspected, st.inspection_illustrative),
        row("Giám sát", st.organisations_supervised, st.members_supervised, st.supervision_illustrative),
        row("Thi hành kỷ luật", st.organisations_disciplined, st.members_disciplined, st.discipline_illustrative)};
    t.group_rows = {false, false, false};
    s.blocks.push_back(std::move(t));
  }
  if (s.blocks.empty()) return std::nullopt;
  add_illustrative_note(s);
  return s;
}

}  // namespace sen::reports
