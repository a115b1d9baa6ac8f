#include "targets/scorecard_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "base/text.hpp"
#include "base/vi_number.hpp"
#include "targets/shares.hpp"

namespace sen::targets {

namespace {

// `text` padded with spaces to `width` characters (never cut).
std::string pad(const std::string& text, std::size_t width, bool right = false) {
  std::size_t length = utf8_length(text);
  std::string fill(length < width ? width - length : 0, ' ');
  return right ? fill + text : text + fill;
}

}  // namespace

const char* status_vi(Status s) {
  switch (s) {
    case Status::exceeded:
      return "Vượt";
    case Status::met:
      return "Đạt";
    case Status::not_met:
      return "Không đạt";
    case Status::no_data:
      return "Chưa có số liệu";
  }
  return "";
}

std::string item_status_vi(const ScorecardItem& item) {
  if (item.refusal) return "Không so sánh được";
  if (item.indicator.direction == Direction::lower && item.evaluation.status == Status::exceeded) return "Đạt";
  return status_vi(item.evaluation.status);
}

bool derived_through_lineage(const ScorecardItem& item) {
  return (item.actual && item.actual->derivation == "lineage") || !item.target_lineage.empty();
}

std::string lineage_step_vi(const LineageStep& step, const std::function<std::string(const std::string&)>& name) {
  double pct = std::round(step.share * 1000) / 10;
  std::string share = format_vi(pct, pct == std::round(pct) ? 0 : 1) + "%";
  std::string part = step.basis == "whole"        ? "toàn bộ"
                     : step.basis == "population" ? share + " theo dân số"
                     : step.basis == "area"       ? share + " theo diện tích"
                                                  : share + " theo chỉ tiêu " + step.basis;
  return fmt::format("{} ({}) → {} ({}), {}{}", name(step.from), step.from, name(step.to), step.to, part,
                     step.illustrative ? " (phần chia minh họa)" : "");
}

std::vector<std::string> lineage_paths_vi(const std::vector<ScorecardItem>& items,
                                          const std::function<std::string(const std::string&)>& name) {
  std::vector<std::string> out;
  auto add = [&](const std::vector<LineageStep>& steps) {
    for (const auto& step : steps) {
      auto words = lineage_step_vi(step, name);
      if (std::find(out.begin(), out.end(), words) == out.end()) out.push_back(std::move(words));
    }
  };
  for (const auto& item : items) {
    if (item.actual && item.actual->derivation == "lineage") add(item.actual->lineage);
    add(item.target_lineage);
  }
  return out;
}

const char* vintage_vi(Vintage vintage) {
  switch (vintage) {
    case Vintage::official:
      return "Chính thức";
    case Vintage::preliminary:
      return "Sơ bộ";
    case Vintage::estimate:
      return "Ước";
    case Vintage::plan:
      return "Kế hoạch";
  }
  return "";
}

std::string scorecard_text(const Scorecard& card, const std::function<std::string(const std::string&)>& name) {
  std::string out =
      fmt::format("{} ({}) — {}\n{}\n", card.unit_name, card.unit, card.period.vietnamese(), summary_vi(card));
  // An illustrative figure (demo data) carries the mark " (*)", one derived through a
  // reorganisation's lineage " (**)"; both are explained under the table.
  auto mark = [](bool illustrative, bool derived = false) {
    return std::string(illustrative ? " (*)" : "") + (derived ? " (**)" : "");
  };
  auto target_text = [&](const ScorecardItem& it) {
    return describe_target_vi(it.target, it.indicator.decimals) + " " + it.indicator.measure +
           mark(it.target.illustrative, !it.target_lineage.empty());
  };
  bool any_illustrative = false;
  std::size_t name_width = 10, target_width = 12;
  for (const auto& it : card.items) {
    name_width = std::max(name_width, utf8_length(it.indicator.name));
    target_width = std::max(target_width, utf8_length(target_text(it)));
  }
  std::string area;
  for (const auto& it : card.items) {
    if (it.indicator.area != area) {
      area = it.indicator.area;
      out += fmt::format("\n{}\n  {}  {}  {}  {}  {}  {}\n", area_name_vi(area), pad("Chỉ tiêu", name_width),
                         pad("Chỉ tiêu KH", target_width, true), pad("Thực hiện", 18, true), pad("Số liệu", 10),
                         pad("% KH", 7, true), "Đánh giá");
    }
    int d = it.indicator.decimals;
    std::string actual =
        it.refusal  ? "không so sánh được"
        : it.actual ? format_vi(it.actual->value, d) + mark(it.actual->illustrative, it.actual->derivation == "lineage")
                    : "—";
    any_illustrative = any_illustrative || it.target.illustrative || (it.actual && it.actual->illustrative);
    std::string vintage = it.actual ? vintage_vi(it.actual->vintage) : "";
    // % KH is of the target shown; a plan entered apart is named on a line of its own.
    auto share = target_share(it);
    std::string pct = share ? format_vi(std::round(*share * 10) / 10, 1) + "%" : "";
    out += fmt::format("  {}  {}  {}  {}  {}  {}\n", pad(it.indicator.name, name_width),
                       pad(target_text(it), target_width, true), pad(actual, 18, true), pad(vintage, 10),
                       pad(pct, 7, true), item_status_vi(it));
    if (it.refusal) out += fmt::format("  {}  ({})\n", pad("", name_width), it.refusal->reason_vi);
    // A plan entered apart from the target is the share's denominator: named, not hidden.
    if (auto plan = separate_plan(it)) {
      out += fmt::format("  {}  (bằng {}% kế hoạch năm {} {})\n", pad("", name_width),
                         format_vi(std::round(*it.evaluation.achievement_pct * 10) / 10, 1), format_vi(*plan, d),
                         it.indicator.measure);
    }
    // What the records give beside a reported figure that differs: named, not hidden.
    if (it.records) {
      out += fmt::format("  {}  (theo hồ sơ trên Sen{}: {} {}{})\n", pad("", name_width),
                         it.records->derivation == "projects"
                             ? ", các dự án, mọi nguồn vốn của kế hoạch năm, kể cả thời gian kéo dài"
                             : "",
                         format_vi(it.records->value, d), it.indicator.measure, mark(it.records->illustrative));
    }
  }
  if (any_illustrative)
    out += "\n(*) Số liệu minh họa: dữ liệu mẫu nhập để trình diễn, không phải số liệu chính thức.\n";
  auto paths = lineage_paths_vi(card.items, name);
  if (!paths.empty()) {
    out += "\n(**) Số liệu suy ra qua sắp xếp đơn vị hành chính, không phải số liệu đơn vị tự nhập:\n";
    for (const auto& p : paths) out += "     " + p + "\n";
  }
  return out;
}

}  // namespace sen::targets
