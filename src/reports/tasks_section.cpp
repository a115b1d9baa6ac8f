// Thực hiện các nhiệm vụ được giao: the tasks due in the period, the directives and their tasks.
#include <fmt/format.h>

#include <algorithm>

#include "reports/header.hpp"
#include "reports/sections.hpp"
#include "reports/sentences.hpp"
#include "tasks/tasks.hpp"
#include "units/handovers.hpp"
#include "units/units.hpp"

namespace sen::reports {

namespace {

std::string_view document_kind(tasks::DocumentKind kind) {
  switch (kind) {
    case tasks::DocumentKind::ket_luan:
      return "Kết luận";
    case tasks::DocumentKind::chi_thi:
      return "Chỉ thị";
    case tasks::DocumentKind::nghi_quyet:
      return "Nghị quyết";
    case tasks::DocumentKind::thong_bao_ket_luan:
      return "Thông báo kết luận";
    case tasks::DocumentKind::ke_hoach:
      return "Kế hoạch";
  }
  return "Văn bản";
}

struct Counts {
  int in_progress = 0, overdue = 0, done_on_time = 0, done_late = 0, cancelled = 0;
  int total() const { return in_progress + overdue + done_on_time + done_late + cancelled; }
  void add(tasks::Status s) {
    switch (s) {
      case tasks::Status::in_progress:
        ++in_progress;
        break;
      case tasks::Status::overdue:
        ++overdue;
        break;
      case tasks::Status::done_on_time:
        ++done_on_time;
        break;
      case tasks::Status::done_late:
        ++done_late;
        break;
      case tasks::Status::cancelled:
        ++cancelled;
        break;
    }
  }
  // "hoàn thành đúng hạn 8, quá hạn chưa hoàn thành 4": the statuses that occur.
  std::string words() const {
    return nonzero_counts({{"hoàn thành đúng hạn {}", done_on_time},
                           {"hoàn thành quá hạn {}", done_late},
                           {"đang thực hiện trong hạn {}", in_progress},
                           {"quá hạn chưa hoàn thành {}", overdue},
                           {"hủy {}", cancelled}},
                          ", ");
  }
};

// Who led each task at the period's end: a task that a closed unit handed over later is counted,
// and named, where it was then.
struct Leads {
  Scope& x;
  units::Holders holders;
  Date day;

  std::string of(const tasks::Task& t) const { return holders.on(std::to_string(t.id), t.lead_unit, day); }
  bool in_subtree(const tasks::Task& t) const { return x.subtree.count(of(t)) > 0; }
  std::string name(const tasks::TaskView& v) const {
    return of(v.task) == v.task.lead_unit ? v.lead_unit_name : units::name_at(x.c, of(v.task), v.due);
  }
};

void add_due_in_period(Scope& x, Section& s, const Leads& leads) {
  auto visible = [&](const tasks::Task& t) { return leads.in_subtree(t); };
  auto all = tasks::total(tasks::stats(x.c, x.period, x.today, visible, tasks::StatsScope::due_within));
  Counts sum{all.in_progress, all.overdue, all.done_on_time, all.done_late, all.cancelled};
  if (sum.total() == 0) return;
  s.blocks.push_back(
      Paragraph{marked(fmt::format("Trong {} có {} nhiệm vụ đến hạn; tính đến ngày {}: {}.", x.period.vietnamese(),
                                   sum.total(), x.today.vietnamese(), sum.words()),
                       all.illustrative)});
  Table t{{"Tình trạng", "Số nhiệm vụ"}, {4, 1.5}, {}, {}};
  for (auto [label, n] : {std::pair{"Hoàn thành đúng hạn", sum.done_on_time},
                          {"Hoàn thành quá hạn", sum.done_late},
                          {"Đang thực hiện trong hạn", sum.in_progress},
                          {"Quá hạn chưa hoàn thành", sum.overdue},
                          {"Đã hủy", sum.cancelled}}) {
    t.rows.push_back({text_cell(label), count_cell(n)});
    t.group_rows.push_back(false);
  }
  s.blocks.push_back(std::move(t));
}

// The directives (documents) of the period — issued in it by the report's date, or with a task of
// the subtree due in it — each with all its tasks of the subtree and their status on the date.
void add_directives(Scope& x, Section& s, const Leads& leads) {
  auto days = x.period.days();
  Table t{{"STT", "Nhiệm vụ", "Đơn vị chủ trì", "Hạn", "Tình trạng"}, {0.8, 5, 2.3, 1.5, 2.1}, {}, {}};
  Counts counts;
  int documents = 0, n = 0;
  bool invented = false;
  for (const auto& d : tasks::documents(x.c)) {
    if (d.issued_on > x.today) continue;
    tasks::TaskFilter filter;
    filter.document = d.id;
    filter.visible = [&](const tasks::Task& t) { return leads.in_subtree(t); };
    auto list = tasks::list(x.c, filter, x.today);
    bool issued_in = d.issued_on >= days.first && d.issued_on <= days.last;
    bool due_in = std::any_of(list.begin(), list.end(),
                              [&](const tasks::TaskView& v) { return v.due >= days.first && v.due <= days.last; });
    if (list.empty() || (!issued_in && !due_in)) continue;
    ++documents;
    t.rows.push_back({marked(text_cell(fmt::format("{} số {} ngày {} của {}", document_kind(d.kind), d.number,
                                                   d.issued_on.vietnamese(), d.issuer)),
                             d.illustrative)});
    t.group_rows.push_back(true);
    invented = invented || d.illustrative;
    for (const auto& v : list) {
      counts.add(v.status);
      invented = invented || v.task.illustrative;
      t.rows.push_back({count_cell(++n), marked(text_cell(v.task.title), v.task.illustrative), text_cell(leads.name(v)),
                        text_cell(v.due.vietnamese()), text_cell(tasks::status_words(v.status))});
      t.group_rows.push_back(false);
    }
  }
  if (documents == 0) return;
  s.blocks.push_back(Subheading{"Thực hiện các văn bản chỉ đạo"});
  s.blocks.push_back(Paragraph{marked(fmt::format("{} văn bản chỉ đạo giao {} nhiệm vụ; tính đến ngày {}: {}.",
                                                  documents, counts.total(), x.today.vietnamese(), counts.words()),
                                      invented)});
  s.blocks.push_back(std::move(t));
}

// Work due by the end of the period and still not done on the report's date.
void add_overdue(Scope& x, Section& s, const Leads& leads) {
  tasks::TaskFilter filter;
  filter.status = tasks::Status::overdue;
  auto overdue = tasks::list(x.c, filter, x.today);
  // The selection the count "quá hạn chưa hoàn thành N" above is made of: due in the period, led
  // by a unit of the subtree.
  auto days = x.period.days();
  std::erase_if(overdue, [&](const tasks::TaskView& v) {
    return v.due < days.first || v.due > days.last || !leads.in_subtree(v.task);
  });
  if (overdue.empty()) return;
  s.blocks.push_back(
      Paragraph{fmt::format("Các nhiệm vụ đến hạn trong {} quá hạn chưa hoàn thành:", x.period.vietnamese())});
  Table o{{"STT", "Nhiệm vụ", "Đơn vị chủ trì", "Hạn", "Quá hạn (ngày)"}, {0.8, 5, 2.3, 1.5, 1.4}, {}, {}};
  int n = 0;
  for (const auto& v : overdue) {
    o.rows.push_back({count_cell(++n), marked(text_cell(v.task.title), v.task.illustrative), text_cell(leads.name(v)),
                      text_cell(v.due.vietnamese()), count_cell(-v.days_left)});
    o.group_rows.push_back(false);
  }
  s.blocks.push_back(std::move(o));
}

}  // namespace

std::optional<Section> tasks_section(Scope& x) {
  Section s{"THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO", "Nhiệm vụ", {}, "tasks.read"};
  Leads leads{x, units::Holders(x.c, tasks::kRecordKind), x.period.days().last};
  add_due_in_period(x, s, leads);
  add_directives(x, s, leads);
  add_overdue(x, s, leads);
  if (s.blocks.empty()) return std::nullopt;
  add_illustrative_note(s);
  return s;
}

}  // namespace sen::reports
