// Task statuses as government task tracking reports them (Decision 42/2014/QĐ-TTg), computed
// from the deadline and the completion, never typed; "today" is a parameter.
//   in_progress   not done, deadline not passed (đang thực hiện trong hạn)
//   overdue       not done, deadline passed      (quá hạn chưa hoàn thành)
//   done_on_time  done on or before the deadline (hoàn thành đúng hạn)
//   done_late     done after the deadline        (hoàn thành quá hạn)
//   cancelled
// A deadline is a day: work done on that day is on time; the task is overdue from the next day.
// Completions and cancellations dated after `today` are not yet known on `today`.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/date.hpp"
#include "tasks/model.hpp"

namespace sen::tasks {

enum class Status { in_progress, overdue, done_on_time, done_late, cancelled };

const char* status_code(Status s);
// The words of Decision 42/2014/QĐ-TTg for a status: "Quá hạn chưa hoàn thành".
const char* status_words(Status s);
std::optional<Status> parse_status(const std::string& code);

Status status_of(Date deadline, const std::optional<Date>& completed_on, const std::optional<Date>& cancelled_on,
                 Date today);

// Due dates of a recurring task from its first one: every month, quarter or year on the same day
// of the month (the month's last day when it has fewer days), up to `until` inclusive, at most
// `limit` of them. A one-off task (Recurrence::none) has just its deadline.
std::vector<Date> occurrences(Date first, Recurrence recurrence, std::optional<Date> until, std::size_t limit = 600);

}  // namespace sen::tasks
