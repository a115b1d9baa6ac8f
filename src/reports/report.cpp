#include "reports/report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "base/vi_number.hpp"
#include "oversight/oversight.hpp"
#include "petitions/petitions.hpp"
#include "projects/portfolio.hpp"
#include "reports/sentences.hpp"
#include "targets/evaluation.hpp"
#include "targets/scorecard_text.hpp"
#include "targets/targets.hpp"
#include "tasks/tasks.hpp"
#include "units/units.hpp"

namespace sen::reports {

namespace {

constexpr const char* kRoman[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};

Cell text(std::string s) {
  return Cell{std::move(s), std::nullopt, 0};
}
Cell number(double v, int decimals) {
  return Cell{format_vi(v, decimals), v, decimals};
}
Cell count(int n) {
  return number(n, 0);
}

// Money in triệu đồng, as the offices report it.
Cell million(std::int64_t dong) {
  return number(std::round(static_cast<double>(dong) / 1e6), 0);
}

std::optional<double> rate(std::int64_t part, std::int64_t whole) {
  if (whole == 0) return std::nullopt;
  return 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

std::string percent_text(std::optional<double> p) {
  return p ? format_vi(*p, 1) + "%" : "—";
}

struct Context {
  db::Connection& c;
  std::string unit;
  Period period;
  Date today;
  std::set<std::string> subtree;
};

Section targets_section(Context& x) {
  Section s{"", "Chỉ tiêu", {}};
  s.title = "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU";
  auto card = targets::scorecard(x.c, x.unit, x.period, std::nullopt);
  if (card.items.empty()) {
    s.blocks.push_back(Paragraph{"Chưa có chỉ tiêu cho kỳ này."});
    return s;
  }
  s.blocks.push_back(Paragraph{targets::summary_vi(card) + "."});
  Table t{{"STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "% KH", "Đánh giá"},
          {0.9, 4.2, 1.5, 1.5, 1.4, 1.3, 1.2},
          {},
          {}};
  std::string area;
  int n = 0;
  for (const auto& item : card.items) {
    if (item.indicator.area != area) {
      area = item.indicator.area;
      t.rows.push_back({text(targets::area_name_vi(area))});
      t.group_rows.push_back(true);
    }
    const auto& i = item.indicator;
    std::vector<Cell> row{
        count(++n),
        text(i.name),
        text(i.measure),
        text(targets::describe_target_vi(item.target, i.decimals)),
        item.actual ? number(item.actual->value, i.decimals) : text("—"),
        item.evaluation.achievement_pct ? number(std::round(*item.evaluation.achievement_pct * 10) / 10, 1) : text("—"),
        text(targets::status_vi(item.evaluation.status))};
    if (row[5].number) row[5].text += "%";
    t.rows.push_back(std::move(row));
    t.group_rows.push_back(false);
  }
  s.blocks.push_back(std::move(t));
  Bullets sentences;
  for (const auto& item : card.items) sentences.items.push_back(indicator_sentence(item));
  s.blocks.push_back(std::move(sentences));
  return s;
}

Section tasks_section(Context& x) {
  Section s{"THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO", "Nhiệm vụ", {}};
  auto visible = [&](const tasks::Task& t) { return x.subtree.count(t.lead_unit) > 0; };
  tasks::UnitStats sum;
  for (const auto& u : tasks::stats(x.c, x.period, x.today, visible)) {
    sum.in_progress += u.in_progress;
    sum.overdue += u.overdue;
    sum.done_on_time += u.done_on_time;
    sum.done_late += u.done_late;
    sum.cancelled += u.cancelled;
  }
  int total = sum.in_progress + sum.overdue + sum.done_on_time + sum.done_late + sum.cancelled;
  s.blocks.push_back(Paragraph{fmt::format(
      "Tổng số {} nhiệm vụ đến hạn trong kỳ: hoàn thành đúng hạn {}, hoàn thành quá hạn {}, đang thực hiện {}, quá hạn "
      "chưa hoàn thành {}, hủy {} (tính đến ngày {}).",
      total, sum.done_on_time, sum.done_late, sum.in_progress, sum.overdue, sum.cancelled, x.today.vietnamese())});
  Table t{{"Trạng thái", "Số nhiệm vụ"}, {4, 1.5}, {}, {}};
  for (auto [label, n] : {std::pair{"Hoàn thành đúng hạn", sum.done_on_time},
                          {"Hoàn thành quá hạn", sum.done_late},
                          {"Đang thực hiện", sum.in_progress},
                          {"Quá hạn", sum.overdue},
                          {"Hủy", sum.cancelled}}) {
    t.rows.push_back({text(label), count(n)});
    t.group_rows.push_back(false);
  }
  s.blocks.push_back(std::move(t));
  tasks::TaskFilter filter;
  filter.unit = x.unit;
  filter.status = tasks::Status::overdue;
  // Work due by the end of the period and still not done on the report's date.
  auto overdue = tasks::list(x.c, filter, x.today);
  std::erase_if(overdue, [&](const tasks::TaskView& v) { return v.due > x.period.days().last; });
  if (!overdue.empty()) {
    s.blocks.push_back(Paragraph{"Các nhiệm vụ quá hạn chưa hoàn thành:"});
    Table o{{"STT", "Nhiệm vụ", "Đơn vị chủ trì", "Hạn", "Quá hạn (ngày)"}, {0.9, 5, 2.2, 1.5, 1.3}, {}, {}};
    int n = 0;
    for (const auto& v : overdue) {
      o.rows.push_back(
          {count(++n), text(v.task.title), text(v.lead_unit_name), text(v.due.vietnamese()), count(-v.days_left)});
      o.group_rows.push_back(false);
    }
    s.blocks.push_back(std::move(o));
  }
  return s;
}

Section investment_section(Context& x) {
  Section s{"ĐẦU TƯ CÔNG", "Đầu tư công", {}};
  int year = x.period.year();
  auto pf = projects::portfolio(x.c, x.unit, year, x.today);
  // A year counts every payment of its plan, through the disbursement window; a shorter period
  // those made by the end of its last month.
  bool whole_year = x.period.kind() == PeriodKind::year;
  auto last_month = static_cast<std::size_t>(x.period.days().last.month());
  auto paid_of = [&](const projects::Ledger& l) {
    return (whole_year ? l.paid() : l.paid_through(last_month)).total();
  };
  std::string until =
      whole_year ? "tính đến ngày " + x.today.vietnamese() : fmt::format("đến hết tháng {}/{}", last_month, year);
  auto plan = pf.total.allocated_total();
  auto paid = paid_of(pf.total);
  if (!pf.active) {
    s.blocks.push_back(Paragraph{fmt::format("Chưa có kế hoạch vốn, giải ngân của các dự án năm {}.", year)});
    return s;
  }
  s.blocks.push_back(
      Paragraph{fmt::format("Kế hoạch vốn đầu tư công năm {} của các dự án do đơn vị quản lý {} triệu đồng; đã giải "
                            "ngân {} triệu đồng, đạt {} "
                            "kế hoạch vốn năm ({}).",
                            year, format_vi(std::round(plan / 1e6), 0), format_vi(std::round(paid / 1e6), 0),
                            percent_text(rate(paid, plan)), until)});
  std::vector<const projects::ProjectYear*> key;
  for (const auto& p : pf.projects) {
    if (p.ledger.allocated_total() > 0 || paid_of(p.ledger) > 0) key.push_back(&p);
  }
  std::sort(key.begin(), key.end(),
            [](auto* a, auto* b) { return a->ledger.allocated_total() > b->ledger.allocated_total(); });
  if (key.size() > 10) key.resize(10);
  Table t{{"STT", "Dự án", "Kế hoạch vốn năm (triệu đồng)", "Đã giải ngân (triệu đồng)", "Tỷ lệ"},
          {0.9, 5, 1.9, 1.9, 1.2},
          {},
          {}};
  int n = 0;
  for (const auto* p : key) {
    auto r = rate(paid_of(p->ledger), p->ledger.allocated_total());
    Cell pct = r ? number(std::round(*r * 10) / 10, 1) : text("—");
    if (r) pct.text += "%";
    t.rows.push_back(
        {count(++n), text(p->project.name), million(p->ledger.allocated_total()), million(paid_of(p->ledger)), pct});
    t.group_rows.push_back(false);
  }
  s.blocks.push_back(std::move(t));
  if (pf.total.illustrative) s.blocks.push_back(Paragraph{"Số liệu của các dự án có phần minh họa.", true});
  return s;
}

Section party_section(Context& x) {
  Section s{"CÔNG TÁC XÂY DỰNG ĐẢNG", "Xây dựng Đảng", {}};
  auto st = oversight::stats(x.c, x.unit, x.period);
  s.blocks.push_back(Paragraph{st.sentence + "."});
  Bullets b;
  oversight::FigureSource figures(x.c);
  if (x.period.kind() == PeriodKind::year) {
    if (auto f = figures.figure("org_ratings", x.unit, x.period)) {
      b.items.push_back(fmt::format("Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên: {}.", percent_text(f->value)));
    }
    if (auto f = figures.figure("member_ratings", x.unit, x.period)) {
      b.items.push_back(fmt::format("Đảng viên hoàn thành tốt nhiệm vụ trở lên: {}.", percent_text(f->value)));
    }
  }
  b.items.push_back(fmt::format("Kết nạp {} đảng viên mới.", st.admissions));
  s.blocks.push_back(std::move(b));
  Table t{{"Nội dung", "Tổ chức đảng", "Đảng viên"}, {4, 1.5, 1.5}, {}, {}};
  t.rows = {{text("Kiểm tra"), count(st.organisations_inspected), count(st.members_inspected)},
            {text("Giám sát"), count(st.organisations_supervised), count(st.members_supervised)},
            {text("Thi hành kỷ luật"), count(st.organisations_disciplined), count(st.members_disciplined)}};
  t.group_rows = {false, false, false};
  s.blocks.push_back(std::move(t));
  return s;
}

Section petitions_section(Context& x) {
  Section s{"TIẾP CÔNG DÂN, GIẢI QUYẾT ĐƠN THƯ", "Đơn thư", {}};
  auto visible = [&](const petitions::Petition& p) { return x.subtree.count(p.handling_unit) > 0; };
  auto st = petitions::stats(x.c, x.period, x.today, visible);
  s.blocks.push_back(
      Paragraph{fmt::format("Tiếp nhận {} đơn; thụ lý {} đơn thuộc thẩm quyền; đã giải quyết {} đơn (đúng hạn {}); "
                            "chuyển {}, hướng dẫn {}, lưu "
                            "{} đơn; {} đơn quá hạn, {} vụ việc chưa giải quyết dứt điểm.",
                            st.received, st.accepted, st.resolved, percent_text(st.on_time_pct), st.forwarded,
                            st.guided, st.filed, st.overdue, st.long_unresolved)});
  petitions::Filter f;
  f.long_unresolved_only = true;
  f.visible = visible;
  auto open = petitions::list(x.c, f, x.today);
  if (!open.empty()) {
    s.blocks.push_back(Paragraph{"Các vụ việc chưa giải quyết dứt điểm:"});
    Table t{{"Mã hồ sơ", "Ngày nhận", "Đơn vị xử lý", "Tình trạng"}, {1.6, 1.3, 3, 2.5}, {}, {}};
    for (const auto& v : open) {
      t.rows.push_back({text(v.petition.tracking_code), text(v.petition.received_on.vietnamese()),
                        text(v.handling_unit_name), text(petitions::status_text(v.state.status))});
      t.group_rows.push_back(false);
    }
    s.blocks.push_back(std::move(t));
  }
  return s;
}

Section next_year_section(Context& x) {
  int next = x.period.year() + 1;
  Section s{fmt::format("CÁC CHỈ TIÊU NĂM {}", next), fmt::format("Chỉ tiêu {}", next), {}};
  auto card = targets::scorecard(x.c, x.unit, Period::year_of(next), std::nullopt);
  if (card.items.empty()) {
    s.blocks.push_back(Paragraph{fmt::format("Chưa có chỉ tiêu năm {}.", next)});
    return s;
  }
  Table t{{"STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"}, {0.9, 5.5, 1.8, 1.8}, {}, {}};
  int n = 0;
  for (const auto& item : card.items) {
    t.rows.push_back({count(++n), text(item.indicator.name), text(item.indicator.measure),
                      text(targets::describe_target_vi(item.target, item.indicator.decimals))});
    t.group_rows.push_back(false);
  }
  s.blocks.push_back(std::move(t));
  return s;
}

Report build(db::Connection& c, const std::string& unit, const Period& period, const ReportOptions& o, bool annual) {
  Report r;
  r.header = make_header(c, unit, period, o.header);
  Context x{c, unit, period, o.header.date, units::subtree(c, unit, period.days().last)};
  if (o.may("targets.read")) r.sections.push_back(targets_section(x));
  if (o.may("tasks.read")) r.sections.push_back(tasks_section(x));
  if (o.may("projects.read")) r.sections.push_back(investment_section(x));
  if (o.may("oversight.read")) r.sections.push_back(party_section(x));
  if (o.may("petitions.read")) r.sections.push_back(petitions_section(x));
  if (annual && o.may("targets.read")) r.sections.push_back(next_year_section(x));
  for (std::size_t i = 0; i < r.sections.size(); ++i)
    r.sections[i].title = fmt::format("{}. {}", kRoman[i], r.sections[i].title);
  if (!annual) {
    auto window = period.cutoff();
    r.sections.insert(
        r.sections.begin(),
        Section{"",
                "Chốt số liệu",
                {Paragraph{fmt::format("Thời gian chốt số liệu (Nghị định 09/2019/NĐ-CP): từ ngày {} đến ngày {}.",
                                       window.first.vietnamese(), window.last.vietnamese()),
                           true}}});
  }
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

}  // namespace sen::reports
