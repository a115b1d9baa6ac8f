#include "tasks/status.hpp"

#include <gtest/gtest.h>

namespace sen::tasks {
namespace {

Date d(const char* iso) {
  return Date::parse(iso).value();
}

TEST(TaskStatus, ComputedFromDeadlineCompletionAndToday) {
  Date deadline = d("2023-06-30");
  EXPECT_EQ(status_of(deadline, std::nullopt, std::nullopt, d("2023-06-30")), Status::in_progress);  // last day counts
  EXPECT_EQ(status_of(deadline, std::nullopt, std::nullopt, d("2023-07-01")), Status::overdue);
  EXPECT_EQ(status_of(deadline, d("2023-06-30"), std::nullopt, d("2024-01-01")), Status::done_on_time);
  EXPECT_EQ(status_of(deadline, d("2023-07-01"), std::nullopt, d("2024-01-01")), Status::done_late);
  EXPECT_EQ(status_of(deadline, std::nullopt, d("2023-08-01"), d("2024-01-01")), Status::cancelled);
  // Seen from a day before the completion, the task was still open.
  EXPECT_EQ(status_of(deadline, d("2023-07-05"), std::nullopt, d("2023-07-02")), Status::overdue);
  EXPECT_EQ(status_of(deadline, std::nullopt, d("2023-08-01"), d("2023-06-01")), Status::in_progress);
  EXPECT_EQ(parse_status("done_late"), Status::done_late);
  EXPECT_FALSE(parse_status("late"));
}

TEST(TaskStatus, RecurringOccurrences) {
  auto monthly = occurrences(d("2023-01-31"), Recurrence::monthly, d("2023-05-31"));
  ASSERT_EQ(monthly.size(), 5u);
  EXPECT_EQ(monthly[1].iso(), "2023-02-28");  // the month's last day
  EXPECT_EQ(monthly[2].iso(), "2023-03-31");
  auto quarterly = occurrences(d("2023-03-25"), Recurrence::quarterly, d("2023-12-31"));
  ASSERT_EQ(quarterly.size(), 4u);
  EXPECT_EQ(quarterly.back().iso(), "2023-12-25");
  EXPECT_EQ(occurrences(d("2023-12-15"), Recurrence::yearly, d("2026-12-15")).size(), 4u);
  EXPECT_EQ(occurrences(d("2023-12-15"), Recurrence::none, std::nullopt).size(), 1u);
}

}  // namespace
}  // namespace sen::tasks
