// Công tác xây dựng Đảng: inspection, supervision and discipline; ratings; admissions.
#include <fmt/format.h>

#include "base/vi_number.hpp"
#include "oversight/oversight.hpp"
#include "oversight/rules.hpp"
#include "reports/sections.hpp"
#include "reports/sentences.hpp"

namespace sen::reports {

namespace {

// "khiển trách 20, cảnh cáo 6": the forms used, in the order of the rules.
std::string forms_words(const std::map<std::string, int>& forms) {
  std::vector<std::pair<std::string, int>> counts;
  for (const auto& f : oversight::kForms) {
    auto it = forms.find(f);
    counts.push_back({std::string(oversight::form_name(f)) + " {}", it == forms.end() ? 0 : it->second});
  }
  return nonzero_counts(counts, ", ");
}

// "kiểm tra 118 tổ chức đảng, 45 đảng viên"; empty when both are zero.
std::string clause(const char* what, int organisations, int members) {
  auto counted = nonzero_counts({{"{} tổ chức đảng", organisations}, {"{} đảng viên", members}}, ", ");
  return counted.empty() ? "" : std::string(what) + " " + counted;
}

// "Kiểm tra 118 tổ chức đảng, 45 đảng viên; giám sát …; thi hành kỷ luật 28 đảng viên (khiển
// trách 20, …)", the clauses whose counts are not zero.
std::string oversight_sentence(const oversight::Stats& st) {
  std::vector<std::string> clauses{clause("kiểm tra", st.organisations_inspected, st.members_inspected),
                                   clause("giám sát", st.organisations_supervised, st.members_supervised)};
  std::vector<std::string> disciplined;
  if (st.members_disciplined > 0)
    disciplined.push_back(fmt::format("{} đảng viên ({})", st.members_disciplined, forms_words(st.member_forms)));
  if (st.organisations_disciplined > 0)
    disciplined.push_back(
        fmt::format("{} tổ chức đảng ({})", st.organisations_disciplined, forms_words(st.organisation_forms)));
  if (!disciplined.empty()) {
    clauses.push_back("thi hành kỷ luật " + disciplined.front() +
                      (disciplined.size() > 1 ? ", " + disciplined[1] : ""));
  }
  std::string out;
  for (const auto& c : clauses) {
    if (c.empty()) continue;
    out += (out.empty() ? "" : "; ") + c;
  }
  return capitalized(out);
}

}  // namespace

std::optional<Section> party_section(Scope& x) {
  Section s{"CÔNG TÁC XÂY DỰNG ĐẢNG", "Xây dựng Đảng", {}, "oversight.read"};
  auto st = oversight::stats(x.c, x.unit, x.period);
  auto sentence = oversight_sentence(st);
  bool any_illustrative = st.inspection_illustrative || st.supervision_illustrative || st.discipline_illustrative;
  if (!sentence.empty()) s.blocks.push_back(Paragraph{marked(sentence + ".", any_illustrative)});
  Bullets b;
  oversight::FigureSource figures(x.c);
  if (x.period.kind() == PeriodKind::year) {
    if (auto f = figures.figure("org_ratings", x.unit, x.period)) {
      b.items.push_back(
          marked(fmt::format("Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên: {}%.", format_vi(f->value, 1)),
                 f->illustrative));
    }
    if (auto f = figures.figure("member_ratings", x.unit, x.period)) {
      b.items.push_back(marked(fmt::format("Đảng viên hoàn thành tốt nhiệm vụ trở lên: {}%.", format_vi(f->value, 1)),
                               f->illustrative));
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
