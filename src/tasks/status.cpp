#include "tasks/status.hpp"

namespace sen::tasks {

const char* status_code(Status s) {
  switch (s) {
    case Status::in_progress:
      return "in_progress";
    case Status::overdue:
      return "overdue";
    case Status::done_on_time:
      return "done_on_time";
    case Status::done_late:
      return "done_late";
    case Status::cancelled:
      return "cancelled";
  }
  return "in_progress";
}

const char* status_words(Status s) {
  switch (s) {
    case Status::in_progress:
      return "Đang thực hiện trong hạn";
    case Status::overdue:
      return "Quá hạn chưa hoàn thành";
    case Status::done_on_time:
      return "Hoàn thành đúng hạn";
    case Status::done_late:
      return "Hoàn thành quá hạn";
    case Status::cancelled:
      return "Đã hủy";
  }
  return "";
}

std::optional<Status> parse_status(const std::string& code) {
  for (auto s : {Status::in_progress, Status::overdue, Status::done_on_time, Status::done_late, Status::cancelled}) {
    if (code == status_code(s)) return s;
  }
  return std::nullopt;
}

Status status_of(Date deadline, const std::optional<Date>& completed_on, const std::optional<Date>& cancelled_on,
                 Date today) {
  if (cancelled_on && *cancelled_on <= today) return Status::cancelled;
  if (completed_on && *completed_on <= today)
    return *completed_on <= deadline ? Status::done_on_time : Status::done_late;
  return today > deadline ? Status::overdue : Status::in_progress;
}

std::vector<Date> occurrences(Date first, Recurrence recurrence, std::optional<Date> until, std::size_t limit) {
  int step = recurrence == Recurrence::monthly     ? 1
             : recurrence == Recurrence::quarterly ? 3
             : recurrence == Recurrence::yearly    ? 12
                                                   : 0;
  if (step == 0) return {first};
  std::vector<Date> out;
  for (int k = 0; out.size() < limit; ++k) {
    Date due = first.plus_months(k * step);
    if (until && due > *until) break;
    out.push_back(due);
  }
  return out;
}

}  // namespace sen::tasks
