#include "projects/window.hpp"

#include <gtest/gtest.h>

#include "base/error.hpp"

namespace sen::projects {
namespace {

Date d(const char* iso) {
  return Date::parse(iso).value();
}

const std::vector<WindowRule> kRules = {
    {2020, "Luật 39/2019/QH14", "01-31", "12-31", std::nullopt},
    {2025, "Luật 58/2024/QH15", "01-31", "12-31", "09-30"},
};

CapitalPlan decision(const char* on, std::int64_t amount) {
  CapitalPlan p;
  p.decision_date = d(on);
  p.amount = amount;
  return p;
}

std::string code_of_refusal(const WindowFacts& facts, const char* source, int year, const char* on,
                            std::int64_t amount) {
  try {
    check_window(facts, source, year, d(on), amount);
  } catch (const Error& e) {
    EXPECT_EQ(e.field(), "paid_on");
    return e.code();
  }
  return "allowed";
}

TEST(DisbursementWindow, RunsFromTheFirstOfTheYearToTheEndOfJanuaryNext) {
  WindowFacts facts{kRules, {}, {decision("2021-12-28", 100)}, 0};
  EXPECT_EQ(window_end(kRules, 2022), d("2023-01-31"));
  EXPECT_EQ(check_window(facts, "city", 2022, d("2022-01-01"), 10), "window");
  EXPECT_EQ(check_window(facts, "city", 2022, d("2023-01-31"), 10), "window");
  EXPECT_EQ(code_of_refusal(facts, "city", 2022, "2023-02-01", 10), "disbursement.window_closed");
  EXPECT_EQ(code_of_refusal(facts, "city", 2022, "2021-12-31", 10), "disbursement.before_plan_year");
}

TEST(DisbursementWindow, AnExtensionCoversItsSourceUntilItsDay) {
  Extension oda{1, "P", 2022, "oda", d("2023-12-31"), "QĐ 123/QĐ-UBND", d("2023-02-10"), "x"};
  WindowFacts facts{kRules, {oda}, {decision("2021-12-28", 100)}, 0};
  EXPECT_EQ(check_window(facts, "oda", 2022, d("2023-06-15"), 10), "extension: QĐ 123/QĐ-UBND");
  EXPECT_EQ(code_of_refusal(facts, "city", 2022, "2023-06-15", 10), "disbursement.window_closed");
  // Nothing goes beyond 31 December of the following year, extension or not.
  EXPECT_EQ(code_of_refusal(facts, "oda", 2022, "2024-01-01", 10), "disbursement.beyond_extension");
  Extension every_source{2, "P", 2022, std::nullopt, d("2023-03-31"), "QĐ 9", d("2023-01-20"), "x"};
  facts.extensions = {every_source};
  EXPECT_EQ(check_window(facts, "city", 2022, d("2023-03-31"), 10), "extension: QĐ 9");
  EXPECT_EQ(code_of_refusal(facts, "city", 2022, "2023-04-01", 10), "disbursement.window_closed");
}

TEST(DisbursementWindow, CapitalAddedAfterSeptemberIsExtendedAutomaticallyFromThe2024Law) {
  // 2025 plan: 100 at first, raised to 160 on 15 October: 60 may be paid until 31/12/2026.
  std::vector<CapitalPlan> raised = {decision("2024-12-20", 100), decision("2025-10-15", 160)};
  WindowFacts facts{kRules, {}, raised, 0};
  EXPECT_EQ(added_late(window_rule(kRules, 2025), 2025, raised), 60);
  EXPECT_EQ(check_window(facts, "city", 2025, d("2026-05-01"), 60).rfind("automatic: ", 0), 0u);
  EXPECT_EQ(code_of_refusal(facts, "city", 2025, "2026-05-01", 61), "disbursement.window_closed");
  facts.paid_after_window = 50;  // only 10 of the added capital is left
  EXPECT_EQ(code_of_refusal(facts, "city", 2025, "2026-05-01", 20), "disbursement.window_closed");
  // The same rise under the 2019 law extends nothing.
  std::vector<CapitalPlan> raised_2022 = {decision("2021-12-20", 100), decision("2022-10-15", 160)};
  EXPECT_EQ(added_late(window_rule(kRules, 2022), 2022, raised_2022), 0);
  WindowFacts old_law{kRules, {}, raised_2022, 0};
  EXPECT_EQ(code_of_refusal(old_law, "city", 2022, "2023-05-01", 10), "disbursement.window_closed");
}

TEST(DisbursementWindow, NoRuleBefore2020) {
  EXPECT_THROW(window_rule(kRules, 2019), Error);
}

}  // namespace
}  // namespace sen::projects
