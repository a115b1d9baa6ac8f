#include "tasks/tasks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "base/error.hpp"
#include "tasks/link_kinds.hpp"
#include "tasks/messages.hpp"
#include "tasks/store.hpp"
#include "units/handovers.hpp"
#include "units/units.hpp"

namespace sen::tasks {

namespace {

// Each link names an indicator or a project that exists.
void check_links(db::Connection& c, const std::vector<Link>& links) {
  for (const auto& l : links) {
    require_link_target(c, "links", l.kind, l.ref);
  }
}

Task require_task(db::Connection& c, std::int64_t id) {
  auto t = store::find_task(c, id);
  if (!t) throw messages::error<"task.not_found">("", id);
  return *t;
}

void require_open(const Task& t) {
  if (t.cancelled_on) {
    throw messages::error<"task.cancelled">("");
  }
  if (t.completed_on) {
    throw messages::error<"task.done">("");
  }
}

void check_version(const Task& t, std::int64_t expected) {
  if (t.version != expected) throw stale_version(expected, t.version);
}

// Occurrences of a task with their completion (a one-off task has one).
std::vector<OccurrenceView> occurrence_views(db::Connection& c, const Task& t, Date today) {
  std::vector<OccurrenceView> out;
  if (t.recurrence == Recurrence::none) {
    out.push_back(
        {{t.deadline, t.completed_on, t.result}, status_of(t.deadline, t.completed_on, t.cancelled_on, today)});
    return out;
  }
  auto done = store::completed_occurrences(c, t.id);
  for (Date due : occurrences(t.deadline, t.recurrence, t.recurrence_until)) {
    Occurrence o{due, std::nullopt, std::nullopt};
    for (const auto& d : done) {
      if (d.due == due) o = d;
    }
    out.push_back({o, status_of(due, o.completed_on, t.cancelled_on, today)});
  }
  return out;
}

TaskView make_view(db::Connection& c, Task t, Date today) {
  auto occ = occurrence_views(c, t, today);
  const OccurrenceView* current = &occ.back();
  for (const auto& o : occ) {
    bool done = o.occurrence.completed_on && *o.occurrence.completed_on <= today;
    if (!done) {
      current = &o;
      break;
    }
  }
  TaskView v;
  v.status = current->status;
  v.due = current->occurrence.due;
  v.days_left = today.days_until(v.due);
  auto p = store::progress(c, t.id);
  if (!p.empty()) v.percent = p.back().percent;
  v.lead_unit_name = units::name_at(c, t.lead_unit, v.due);
  for (const auto& u : t.coordinators) v.coordinator_names.push_back(units::name_at(c, u, v.due));
  v.task = std::move(t);
  return v;
}

bool under(db::Connection& c, const std::string& unit, const std::string& root, Date day) {
  if (unit == root) return true;
  auto life = units::lifetime(c, unit);
  if (!life) return false;
  if (day < life->valid_from) day = life->valid_from;
  if (life->valid_to && day > *life->valid_to) day = *life->valid_to;
  for (const auto& a : units::ancestors(c, unit, day)) {
    if (a.code == root) return true;
  }
  return false;
}

}  // namespace

std::vector<Document> documents(db::Connection& c) {
  return store::list_documents(c);
}

Document document(db::Connection& c, std::int64_t id) {
  auto d = store::find_document(c, id);
  if (!d) throw messages::error<"document.not_found">("", id);
  return *d;
}

Document create_document(db::Connection& c, Document d) {
  if (d.issuer_unit) units::require_exists(c, *d.issuer_unit, "issuer_unit");
  if (store::document_number_taken(c, d.number, d.issuer)) {
    throw messages::error<"document.exists">("number", d.issuer, d.number);
  }
  d.id = store::insert_document(c, d, utc_timestamp());
  return d;
}

std::vector<Programme> programmes(db::Connection& c) {
  return store::list_programmes(c);
}

Programme programme(db::Connection& c, std::int64_t id) {
  auto p = store::find_programme(c, id);
  if (!p) throw messages::error<"programme.not_found">("", id);
  return *p;
}

Programme create_programme(db::Connection& c, Programme p) {
  if (p.units.size() < 2) {
    throw messages::error<"programme.too_few_units">("units");
  }
  for (const auto& u : p.units) units::require_exists(c, u, "units");
  if (p.lead_unit && std::find(p.units.begin(), p.units.end(), *p.lead_unit) == p.units.end()) {
    throw messages::error<"programme.lead_not_signatory">("lead_unit");
  }
  if (p.valid_to < p.valid_from) {
    throw messages::error<"programme.ends_before_start">("valid_to");
  }
  p.id = store::insert_programme(c, p, utc_timestamp());
  return p;
}

Task create(db::Connection& c, Task t, const std::string& actor) {
  units::require_exists(c, t.lead_unit, "lead_unit");
  std::sort(t.coordinators.begin(), t.coordinators.end());
  t.coordinators.erase(std::unique(t.coordinators.begin(), t.coordinators.end()), t.coordinators.end());
  for (const auto& u : t.coordinators) {
    units::require_exists(c, u, "coordinators");
    if (u == t.lead_unit) {
      throw messages::error<"task.lead_coordinates">("coordinators");
    }
  }
  if (t.recurrence != Recurrence::none && (!t.recurrence_until || *t.recurrence_until < t.deadline)) {
    throw messages::error<"task.recurrence_until_invalid">("recurrence_until");
  }
  if (t.recurrence == Recurrence::none) t.recurrence_until.reset();
  if (t.document_id) document(c, *t.document_id);
  if (t.programme_id) programme(c, *t.programme_id);
  if (t.parent_id) require_task(c, *t.parent_id);
  check_links(c, t.links);
  t.created_by = actor;
  std::string now = utc_timestamp();
  t.id = store::insert_task(c, t, now);
  store::insert_deadline(c, t.id, DeadlineChange{t.deadline, "Giao nhiệm vụ", actor, now});
  return require_task(c, t.id);
}

Task change(db::Connection& c, std::int64_t id, const TaskChange& ch) {
  Task t = require_task(c, id);
  check_version(t, ch.version);
  if (ch.title) t.title = *ch.title;
  if (ch.content) t.content = ch.content;
  if (ch.priority) {
    t.priority = *ch.priority;
  }
  if (!store::update_task(c, t, ch.version)) throw stale_version(ch.version, t.version);
  if (ch.coordinators) {
    for (const auto& u : *ch.coordinators) units::require_exists(c, u, "coordinators");
    store::set_coordinators(c, id, *ch.coordinators);
  }
  if (ch.links) {
    check_links(c, *ch.links);
    store::set_links(c, id, *ch.links);
  }
  return require_task(c, id);
}

void report_progress(db::Connection& c, std::int64_t id, const Progress& p, Date today) {
  Task t = require_task(c, id);
  require_open(t);
  if (p.percent < 0 || p.percent > 100) {
    throw messages::error<"task.percent_range">("percent");
  }
  if (p.reported_on > today) {
    throw messages::error<"task.report_date_future">("date");
  }
  store::insert_progress(c, id, p, utc_timestamp());
}

Task complete(db::Connection& c, std::int64_t id, std::int64_t version, Date on,
              const std::optional<std::string>& result, const std::optional<Date>& occurrence, Date today) {
  Task t = require_task(c, id);
  check_version(t, version);
  require_open(t);
  if (on > today) {
    throw messages::error<"task.completion_date_future">("date");
  }
  if (t.recurrence == Recurrence::none) {
    t.completed_on = on;
    t.result = result;
  } else {
    if (!occurrence) {
      throw messages::error<"task.occurrence_required">("occurrence");
    }
    auto all = occurrence_views(c, t, today);
    auto it =
        std::find_if(all.begin(), all.end(), [&](const OccurrenceView& o) { return o.occurrence.due == *occurrence; });
    if (it == all.end()) {
      throw messages::error<"task.occurrence_unknown">("occurrence", *occurrence);
    }
    if (it->occurrence.completed_on) {
      throw messages::error<"task.occurrence_done">("occurrence");
    }
    store::insert_occurrence(c, id, Occurrence{*occurrence, on, result});
  }
  if (!store::update_task(c, t, version)) throw stale_version(version, t.version);
  return require_task(c, id);
}

Task cancel(db::Connection& c, std::int64_t id, std::int64_t version, Date on, const std::string& reason) {
  Task t = require_task(c, id);
  check_version(t, version);
  require_open(t);
  t.cancelled_on = on;
  t.cancel_reason = reason;
  if (!store::update_task(c, t, version)) throw stale_version(version, t.version);
  return require_task(c, id);
}

ExtensionRequest request_extension(db::Connection& c, std::int64_t id, Date new_deadline, const std::string& reason,
                                   const std::string& actor) {
  Task t = require_task(c, id);
  require_open(t);
  if (t.recurrence != Recurrence::none) {
    throw messages::error<"task.recurring_extension">("");
  }
  if (new_deadline <= t.deadline) {
    throw messages::error<"task.extension_not_later">("deadline", t.deadline);
  }
  for (const auto& r : store::extension_requests(c, id)) {
    if (!r.decision) {
      throw messages::error<"task.extension_pending">("");
    }
  }
  ExtensionRequest r{0, new_deadline, reason, actor, utc_timestamp(), std::nullopt, std::nullopt, std::nullopt};
  r.id = store::insert_extension_request(c, id, r);
  return r;
}

ExtensionRequest decide_extension(db::Connection& c, std::int64_t id, std::int64_t request, bool approve,
                                  const std::optional<std::string>& note, const std::string& actor) {
  Task t = require_task(c, id);
  require_open(t);
  auto all = store::extension_requests(c, id);
  auto it = std::find_if(all.begin(), all.end(), [&](const ExtensionRequest& r) { return r.id == request; });
  if (it == all.end()) throw messages::error<"extension.not_found">("", request);
  if (it->decision) {
    throw messages::error<"task.extension_decided">("");
  }
  std::string now = utc_timestamp();
  store::decide_extension_request(c, request, approve ? "approved" : "rejected", note, actor, now);
  if (approve) {
    store::insert_deadline(c, id, DeadlineChange{it->requested_deadline, "Gia hạn: " + it->reason, actor, now});
  }
  it->decision = approve ? "approved" : "rejected";
  it->decision_note = note;
  it->decided_by = actor;
  return *it;
}

TaskView view(db::Connection& c, std::int64_t id, Date today) {
  return make_view(c, require_task(c, id), today);
}

std::vector<TaskView> list(db::Connection& c, const TaskFilter& f, Date today) {
  std::vector<TaskView> out;
  for (auto& t : store::list_tasks(c)) {
    if (f.document && t.document_id != f.document) continue;
    if (f.linked_to && std::none_of(t.links.begin(), t.links.end(), [&](const Link& l) {
          return l.kind == f.linked_to->kind && l.ref == f.linked_to->ref;
        })) {
      continue;
    }
    if (f.visible && !f.visible(t)) continue;
    if (f.unit) {
      bool related = under(c, t.lead_unit, *f.unit, t.deadline);
      for (const auto& u : t.coordinators) related = related || under(c, u, *f.unit, t.deadline);
      if (!related) continue;
    }
    TaskView v = make_view(c, std::move(t), today);
    if (f.status && v.status != *f.status) continue;
    if (f.due_within) {
      bool open = v.status == Status::in_progress || v.status == Status::overdue;
      if (!open || v.days_left > *f.due_within) continue;
    }
    out.push_back(std::move(v));
  }
  std::sort(out.begin(), out.end(), [](const TaskView& a, const TaskView& b) {
    return a.due != b.due ? a.due < b.due : a.task.id < b.task.id;
  });
  return out;
}

std::vector<TaskView> open_led_by(db::Connection& c, const std::string& unit, Date today) {
  TaskFilter f;
  f.visible = [&](const Task& t) { return t.lead_unit == unit; };
  auto views = list(c, f, today);
  std::erase_if(views,
                [](const TaskView& v) { return v.status != Status::in_progress && v.status != Status::overdue; });
  return views;
}

void hand_over(db::Connection& c, std::int64_t id, const std::string& to) {
  units::require_exists(c, to, "to");
  store::set_lead_unit(c, require_task(c, id).id, to);
}

TaskDetail detail(db::Connection& c, std::int64_t id, Date today) {
  Task t = require_task(c, id);
  TaskDetail d;
  if (t.document_id) d.document = store::find_document(c, *t.document_id);
  d.deadlines = store::deadlines(c, id);
  d.extension_requests = store::extension_requests(c, id);
  d.progress = store::progress(c, id);
  if (t.recurrence != Recurrence::none) d.occurrences = occurrence_views(c, t, today);
  for (auto sub : store::subtask_ids(c, id)) d.subtasks.push_back(view(c, sub, today));
  d.view = make_view(c, std::move(t), today);
  return d;
}

namespace {

// done_on_time ÷ (done_on_time + done_late + overdue) × 100, when any of them.
void judge_on_time(UnitStats& s) {
  int judged = s.done_on_time + s.done_late + s.overdue;
  s.on_time_pct = judged > 0 ? std::optional(100.0 * s.done_on_time / judged) : std::nullopt;
}

}  // namespace

Date judged_on(const Period& period, Date today, StatsScope scope) {
  return scope == StatsScope::record ? std::min(today, period.days().last) : today;
}

UnitStats total(const std::vector<UnitStats>& rows) {
  UnitStats sum;
  for (const auto& r : rows) {
    sum.in_progress += r.in_progress;
    sum.overdue += r.overdue;
    sum.done_on_time += r.done_on_time;
    sum.done_late += r.done_late;
    sum.cancelled += r.cancelled;
    sum.illustrative = sum.illustrative || r.illustrative;
  }
  judge_on_time(sum);
  return sum;
}

std::vector<UnitStats> stats(db::Connection& c, const Period& period, Date today,
                             const std::function<bool(const Task&)>& visible, StatsScope scope) {
  auto days = period.days();
  Date as_of = judged_on(period, today, scope);
  std::map<std::string, UnitStats> by_unit;
  units::Holders holders(c, kRecordKind);  // a task handed over counts where it was at the period's end
  for (const auto& t : store::list_tasks(c)) {
    if (visible && !visible(t)) continue;
    for (const auto& o : occurrence_views(c, t, as_of)) {
      bool due_within = days.first <= o.occurrence.due && o.occurrence.due <= days.last;
      bool done_within = o.occurrence.completed_on && days.first <= *o.occurrence.completed_on;
      bool inherited = scope == StatsScope::record && o.occurrence.due < days.first &&
                       (o.status == Status::overdue || (o.status == Status::done_late && done_within));
      if (!due_within && !inherited) continue;
      const auto& lead = holders.on(std::to_string(t.id), t.lead_unit, days.last);
      auto& s = by_unit[lead];
      s.unit = lead;
      s.illustrative = s.illustrative || t.illustrative;
      switch (o.status) {
        case Status::in_progress:
          ++s.in_progress;
          break;
        case Status::overdue:
          ++s.overdue;
          break;
        case Status::done_on_time:
          ++s.done_on_time;
          break;
        case Status::done_late:
          ++s.done_late;
          break;
        case Status::cancelled:
          ++s.cancelled;
          break;
      }
    }
  }
  std::vector<UnitStats> out;
  for (auto& [code, s] : by_unit) {
    s.unit_name = units::name_at(c, code, days.last);
    judge_on_time(s);
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<Notice> remind(db::Connection& c, Date today, int within, const std::function<bool(const Task&)>& visible) {
  std::vector<Notice> added;
  std::string now = utc_timestamp();
  TaskFilter due_soon;
  due_soon.due_within = within;
  due_soon.visible = visible;
  for (const auto& v : list(c, due_soon, today)) {
    bool overdue = v.status == Status::overdue;
    Notice n{0,
             v.task.id,
             v.due,
             overdue ? "overdue" : "due_soon",
             v.task.lead_unit,
             overdue ? fmt::format("Nhiệm vụ \"{}\" đã quá hạn {} ngày (hạn {})", v.task.title, -v.days_left,
                                   v.due.vietnamese())
                     : fmt::format("Nhiệm vụ \"{}\" đến hạn ngày {} (còn {} ngày)", v.task.title, v.due.vietnamese(),
                                   v.days_left),
             now,
             std::nullopt};
    if (store::insert_notice(c, n)) added.push_back(n);
  }
  return added;
}

std::vector<Notice> notices(db::Connection& c, bool unsent_only) {
  return store::list_notices(c, unsent_only);
}

}  // namespace sen::tasks
