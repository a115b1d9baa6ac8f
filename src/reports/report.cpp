#include "reports/report.hpp"

#include <fmt/format.h>

#include <set>

#include "base/text.hpp"
#include "reports/narrative.hpp"
#include "reports/sections.hpp"
#include "units/units.hpp"

namespace sen::reports {

namespace {

constexpr const char* kRoman[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

class Builder {
 public:
  explicit Builder(const ReportOptions& o) : o_(o) {}

  // The officer's text of a part as paragraphs; none when it is blank.
  std::vector<Block> text(const std::string& key) const {
    std::vector<Block> out;
    auto it = o_.narrative.find(key);
    if (it == o_.narrative.end()) return out;
    for (auto& line : lines_of(it->second)) out.push_back(Paragraph{std::move(line)});
    return out;
  }

  // Numbered sub-parts "1. Ưu điểm", …; those without content are left out and not counted.
  void add_numbered(Section& s, const std::vector<std::pair<std::string, std::vector<Block>>>& parts) const {
    int n = 0;
    for (const auto& [title, blocks] : parts) {
      if (blocks.empty()) continue;
      s.blocks.push_back(Subheading{fmt::format("{}. {}", ++n, title)});
      s.blocks.insert(s.blocks.end(), blocks.begin(), blocks.end());
    }
  }

  std::optional<Section> assessment(bool annual) const {
    Section s{"ĐÁNH GIÁ CHUNG", "Đánh giá chung", {}, ""};
    std::vector<std::pair<std::string, std::vector<Block>>> parts{
        {"Ưu điểm", text("strengths")}, {"Hạn chế, khuyết điểm và nguyên nhân", text("limitations")}};
    if (annual) parts.push_back({"Bài học kinh nghiệm", text("lessons")});
    add_numbered(s, parts);
    if (s.blocks.empty()) return std::nullopt;
    return s;
  }

  std::optional<Section> outlook(Scope& x, bool annual) const {
    if (!annual) {
      Section s{upper_vi("Nhiệm vụ trọng tâm " + next_period_phrase(x.period)), "Nhiệm vụ tới", text("measures"), ""};
      if (s.blocks.empty()) return std::nullopt;
      return s;
    }
    int next = x.period.year() + 1;
    Section s{fmt::format("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {}", next), fmt::format("Phương hướng {}", next), {}, ""};
    std::vector<Block> targets;
    if (o_.may("targets.read")) {
      if (auto t = next_year_targets(x)) {
        targets.push_back(std::move(*t));
        s.permission = "targets.read";
      }
    }
    add_numbered(s, {{fmt::format("Chủ đề năm {}", next), text("theme")},
                     {fmt::format("Các chỉ tiêu chủ yếu năm {}", next), std::move(targets)},
                     {"Nhiệm vụ, giải pháp trọng tâm", text("measures")}});
    if (s.blocks.empty()) return std::nullopt;
    return s;
  }

 private:
  const ReportOptions& o_;
};

Report build(db::Connection& c, const std::string& unit, const Period& period, const ReportOptions& o, bool annual) {
  Report r;
  r.header = make_header(c, unit, period, o.header);
  Scope x{c, unit, period, o.header.date, o.header.issuer, units::subtree(c, unit, period.days().last)};
  Builder b(o);
  std::vector<std::optional<Section>> sections;
  // A Party committee reports on Party building first; a People's Committee does not report on it.
  if (x.issuer == Issuer::party && o.may("oversight.read")) sections.push_back(party_section(x));
  if (o.may("targets.read")) sections.push_back(targets_section(x));
  if (o.may("tasks.read")) sections.push_back(tasks_section(x));
  if (o.may("projects.read")) sections.push_back(investment_section(x));
  if (o.may("petitions.read")) sections.push_back(petitions_section(x));
  sections.push_back(b.assessment(annual));
  sections.push_back(b.outlook(x, annual));
  if (auto opening = b.text("overall"); !opening.empty()) r.sections.push_back(Section{"", "Mở đầu", opening, ""});
  std::size_t n = 0;
  bool illustrative = false;
  for (auto& s : sections) {
    if (!s) continue;
    s->title = fmt::format("{}. {}", kRoman[n++], s->title);
    illustrative = illustrative || std::any_of(s->blocks.begin(), s->blocks.end(), [](const Block& b) {
                     const auto* p = std::get_if<Paragraph>(&b);
                     return p && p->text == kIllustrativeNote;
                   });
    r.sections.push_back(std::move(*s));
  }
  // The report's mark: before anything else, that some figures are illustrative.
  if (illustrative)
    r.sections.insert(r.sections.begin(), Section{"", "Ghi chú", {Paragraph{kIllustrativeReport, true}}, ""});
  r.file_stem = fmt::format("bao-cao-{}-{}", unit, period.code());
  return r;
}

}  // namespace

Report annual_report(db::Connection& c, const std::string& unit, int year, const ReportOptions& options) {
  return build(c, unit, Period::year_of(year), options, true);
}

Report periodic_report(db::Connection& c, const std::string& unit, const Period& period, const ReportOptions& options) {
  return build(c, unit, period, options, period.kind() == PeriodKind::year);
}

std::vector<std::string> permissions_of(const Report& r) {
  std::set<std::string> needed;
  for (const auto& s : r.sections) {
    if (!s.permission.empty()) needed.insert(s.permission);
  }
  return {needed.begin(), needed.end()};
}

}  // namespace sen::reports
