// The tasks module: what the API, the CLI, the demo and other modules call. Functions run in the
// caller's transaction and throw sen::Error for what the user must fix. `today` is a parameter
// everywhere a status is computed.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/period.hpp"
#include "db/connection.hpp"
#include "tasks/model.hpp"
#include "tasks/status.hpp"

namespace sen::tasks {

std::vector<Document> documents(db::Connection& c);
Document document(db::Connection& c, std::int64_t id);  // Error not_found
Document create_document(db::Connection& c, Document d);

std::vector<Programme> programmes(db::Connection& c);
Programme programme(db::Connection& c, std::int64_t id);
Programme create_programme(db::Connection& c, Programme p);

// A task as it stands on `today`. For a recurring task: its first occurrence not done (or the
// last one when all are done) gives the due date and the status.
struct TaskView {
  Task task;
  Status status = Status::in_progress;
  Date due;
  int days_left = 0;           // due − today; negative when overdue
  std::optional<int> percent;  // latest progress report
  std::string lead_unit_name;
  std::vector<std::string> coordinator_names;  // of task.coordinators, in order
};

struct OccurrenceView {
  Occurrence occurrence;
  Status status = Status::in_progress;
};

struct TaskDetail {
  TaskView view;
  std::optional<Document> document;
  std::vector<DeadlineChange> deadlines;  // oldest first
  std::vector<ExtensionRequest> extension_requests;
  std::vector<Progress> progress;
  std::vector<OccurrenceView> occurrences;  // recurring tasks only
  std::vector<TaskView> subtasks;
};

struct TaskFilter {
  std::optional<std::string> unit;  // lead or coordinating unit is this one or below it
  std::optional<Status> status;
  std::optional<int> due_within;  // open tasks due within N days from today (overdue included)
  std::optional<std::int64_t> document;
  std::optional<Link> linked_to;  // tasks linked to this indicator or project
  // Which tasks the caller may see (by lead and coordinating units); empty: all.
  std::function<bool(const Task&)> visible;
};

std::vector<TaskView> list(db::Connection& c, const TaskFilter& filter, Date today);
TaskDetail detail(db::Connection& c, std::int64_t id, Date today);  // Error not_found
// The tasks that `unit` leads and that are open (in progress or overdue) on `today`.
std::vector<TaskView> open_led_by(db::Connection& c, const std::string& unit, Date today);
// Makes `to` the lead unit of task `id` (a closed unit's work handed over); the task's history stays.
void hand_over(db::Connection& c, std::int64_t id, const std::string& to);
TaskView view(db::Connection& c, std::int64_t id, Date today);

// Creates a task with its first deadline (recurring tasks need recurrence_until).
Task create(db::Connection& c, Task t, const std::string& actor);

struct TaskChange {
  std::int64_t version = 0;
  std::optional<std::string> title;
  std::optional<std::string> content;
  std::optional<Priority> priority;
  std::optional<std::vector<std::string>> coordinators;
  std::optional<std::vector<Link>> links;
};
Task change(db::Connection& c, std::int64_t id, const TaskChange& ch);

void report_progress(db::Connection& c, std::int64_t id, const Progress& p, Date today);
// Completes a one-off task, or one occurrence (by due date) of a recurring one.
Task complete(db::Connection& c, std::int64_t id, std::int64_t version, Date on,
              const std::optional<std::string>& result, const std::optional<Date>& occurrence, Date today);
Task cancel(db::Connection& c, std::int64_t id, std::int64_t version, Date on, const std::string& reason);
ExtensionRequest request_extension(db::Connection& c, std::int64_t id, Date new_deadline, const std::string& reason,
                                   const std::string& actor);
// Approving adds the requested deadline to the history; the old ones stay.
ExtensionRequest decide_extension(db::Connection& c, std::int64_t id, std::int64_t request, bool approve,
                                  const std::optional<std::string>& note, const std::string& actor);

// Per lead unit, the period's record as it stood at its end (or on `today`, if sooner): the tasks
// (and occurrences) due within it, and those due before it that it inherited — still overdue, or
// completed late within it — counted by their status on that day.
struct UnitStats {
  std::string unit;
  std::string unit_name;
  int in_progress = 0, overdue = 0, done_on_time = 0, done_late = 0, cancelled = 0;
  // done_on_time ÷ (done_on_time + done_late + overdue) × 100: of the work whose deadline has
  // come or that is done, the share done on time; none when there is none.
  std::optional<double> on_time_pct;
  bool illustrative = false;  // some task counted is illustrative (demo data)
};
// `record` is the above (the dashboard's unit work); `due_within` counts only the work due within
// the period, by its status on `today` itself — a report's count, which its list of overdue tasks
// (due in the period, overdue on the report's date) must match.
enum class StatsScope { record, due_within };
std::vector<UnitStats> stats(db::Connection& c, const Period& period, Date today,
                             const std::function<bool(const Task&)>& visible, StatsScope scope = StatsScope::record);
// The day stats() judges statuses on: `today`, or for `record` the period's last day when sooner
// (a past period's record is the one it closed with).
Date judged_on(const Period& period, Date today, StatsScope scope);
// The rows' counts together, with their on-time share (unit and unit_name empty).
UnitStats total(const std::vector<UnitStats>& rows);

// Records reminders in the outbox: `due_soon` for open tasks due within `within` days, `overdue`
// for those past due; once per task, due date and kind. Returns the notices added.
// `visible`, when given, limits the tasks considered.
std::vector<Notice> remind(db::Connection& c, Date today, int within,
                           const std::function<bool(const Task&)>& visible = nullptr);
std::vector<Notice> notices(db::Connection& c, bool unsent_only);

}  // namespace sen::tasks
