#include "reports/sentences.hpp"

#include <gtest/gtest.h>

namespace sen::reports {
namespace {

const Period k2022 = Period::year_of(2022);
const Period k6M = *Period::parse("2023-6M");

targets::ScorecardItem item(const std::string& name, const std::string& measure, const std::string& comparator,
                            double target, std::optional<double> actual, targets::Status status,
                            std::optional<double> pct = std::nullopt) {
  targets::ScorecardItem it;
  it.indicator.name = name;
  it.indicator.measure = measure;
  it.indicator.decimals = 1;
  it.target.comparator = comparator;
  it.target.value = target;
  if (actual) it.actual = targets::Actual{*actual, targets::Vintage::estimate, "entered", false, std::nullopt, {}};
  it.evaluation = {status, pct};
  return it;
}

targets::ScorecardItem revenue() {
  return item("Tổng thu ngân sách trên địa bàn", "tỷ đồng", ">=", 771.4, 1172.5, targets::Status::exceeded, 152.0);
}

TEST(Sentences, AnAmountIsAShareOfItsPlan) {
  EXPECT_EQ(indicator_sentence(revenue(), k2022),
            "Tổng thu ngân sách trên địa bàn ước đạt 1.172,5 tỷ đồng, bằng 152% kế hoạch.");
  auto official = item("Tổng thu ngân sách trên địa bàn", "tỷ đồng", ">=", 771.4, 700, targets::Status::not_met, 90.74);
  official.actual->vintage = targets::Vintage::official;
  EXPECT_EQ(indicator_sentence(official, k2022),
            "Tổng thu ngân sách trên địa bàn đạt 700 tỷ đồng, bằng 90,7% kế hoạch.");
}

TEST(Sentences, WhoSetThePlanIsNamedWhenRecorded) {
  auto it = revenue();
  it.target.assigned_by = "tỉnh giao";
  EXPECT_EQ(indicator_sentence(it, k2022),
            "Tổng thu ngân sách trên địa bàn ước đạt 1.172,5 tỷ đồng, bằng 152% kế hoạch tỉnh giao.");
}

TEST(Sentences, TargetsAreWordsNeverSymbols) {
  targets::Indicator rate;
  rate.measure = "%";
  rate.decimals = 0;
  targets::Indicator cases;
  cases.measure = "vụ";
  auto words = [](const targets::Indicator& i, const std::string& comparator, double v, std::optional<double> to = {}) {
    targets::Target t;
    t.comparator = comparator;
    t.value = v;
    t.value_to = to;
    return target_words(t, i);
  };
  EXPECT_EQ(words(rate, ">", 80), "trên 80%");
  EXPECT_EQ(words(rate, ">=", 90), "từ 90% trở lên");
  EXPECT_EQ(words(cases, "<=", 20), "không quá 20 vụ");
  EXPECT_EQ(words(rate, "<", 1), "dưới 1%");
  EXPECT_EQ(words(rate, "=", 100), "100%");
  EXPECT_EQ(words(cases, "between", 5, 7), "từ 5 đến 7 vụ");
}

TEST(Sentences, ARateIsComparedWithItsTargetInWords) {
  auto it =
      item("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên", "%", ">", 80, 86.1, targets::Status::exceeded, 107.6);
  auto said = indicator_sentence(it, k2022);
  EXPECT_EQ(said, "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên ước đạt 86,1% (kế hoạch trên 80%), vượt kế hoạch.");
  for (const char* symbol : {">", "<", "=", "≥", "≤"}) EXPECT_EQ(said.find(symbol), std::string::npos) << symbol;
}

TEST(Sentences, ACeilingIsKeptNeverExceeded) {
  auto accidents = item("Số vụ tai nạn giao thông", "vụ", "<=", 20, 14, targets::Status::exceeded, 142.9);
  accidents.indicator.direction = targets::Direction::lower;
  accidents.indicator.decimals = 0;
  EXPECT_EQ(indicator_sentence(accidents, k2022),
            "Số vụ tai nạn giao thông ước xảy ra 14 vụ, không quá 20 vụ theo chỉ tiêu, đạt.");
  accidents.actual->value = 24;
  accidents.evaluation = {targets::Status::not_met, 83.3};
  EXPECT_EQ(indicator_sentence(accidents, k2022),
            "Số vụ tai nạn giao thông ước xảy ra 24 vụ, không đạt chỉ tiêu (không quá 20 vụ).");
  auto poverty = item("Tỷ lệ hộ nghèo", "%", "<=", 1, 0.78, targets::Status::exceeded, 128.2);
  poverty.indicator.direction = targets::Direction::lower;
  poverty.indicator.decimals = 2;
  EXPECT_EQ(indicator_sentence(poverty, k2022), "Tỷ lệ hộ nghèo ước còn 0,78%, không quá 1% theo chỉ tiêu, đạt.");
}

TEST(Sentences, TheSamePeriodOfThePreviousYearIsCompared) {
  auto it = revenue();
  it.previous = targets::Actual{1005.3, targets::Vintage::official, "entered", false, std::nullopt, {}};
  EXPECT_EQ(indicator_sentence(it, k2022),
            "Tổng thu ngân sách trên địa bàn ước đạt 1.172,5 tỷ đồng, bằng 152% kế hoạch, tăng 16,6% so với năm 2021.");
  auto growth = item("Tốc độ tăng trưởng giá trị sản xuất", "%", ">=", 11, 11.67, targets::Status::exceeded, 106.1);
  growth.indicator.decimals = 2;
  growth.previous = targets::Actual{10.2, targets::Vintage::official, "entered", false, std::nullopt, {}};
  EXPECT_EQ(comparison(growth, k2022), "tăng 1,47 điểm phần trăm so với năm 2021");
  it.previous->value = 1172.5;
  EXPECT_EQ(comparison(it, k2022), "bằng năm 2021");
  it.previous->value = 1200;
  EXPECT_EQ(comparison(it, k6M), "giảm 2,3% so với cùng kỳ năm 2022");
  it.previous.reset();
  EXPECT_EQ(comparison(it, k2022), "");
}

TEST(Sentences, PartOfAYearIsSaidAgainstTheYearPlanWithoutJudgement) {
  auto it = item("Tổng thu ngân sách trên địa bàn", "tỷ đồng", ">=", 1039, 620, targets::Status::no_data);
  it.previous = targets::Actual{574, targets::Vintage::official, "entered", false, std::nullopt, {}};
  EXPECT_EQ(
      part_of_year_sentence(it, k6M),
      "Tổng thu ngân sách trên địa bàn ước đạt 620 tỷ đồng, bằng 59,7% kế hoạch năm, tăng 8% so với cùng kỳ năm 2022.");
  auto rate = item("Tỷ lệ hộ dùng nước sạch", "%", ">", 98, 97.5, targets::Status::no_data);
  rate.indicator.period_aggregation = targets::PeriodAggregation::last;
  EXPECT_EQ(part_of_year_sentence(rate, k6M), "Tỷ lệ hộ dùng nước sạch ước đạt 97,5% (kế hoạch năm trên 98%).");
  rate.actual.reset();
  EXPECT_EQ(part_of_year_sentence(rate, k6M), "Tỷ lệ hộ dùng nước sạch: chưa có số liệu 6 tháng đầu năm 2023.");
}

TEST(Sentences, NoCountOfZeroIsWritten) {
  EXPECT_EQ(targets_summary(25, 0, 0), "25/25 chỉ tiêu đạt và vượt kế hoạch");
  EXPECT_EQ(targets_summary(0, 0, 8), "8 chỉ tiêu chưa có số liệu");
  EXPECT_EQ(targets_summary(20, 2, 3),
            "20/25 chỉ tiêu đạt và vượt kế hoạch, 2 chỉ tiêu không đạt, 3 chỉ tiêu chưa có số liệu");
  EXPECT_EQ(targets_summary(0, 0, 0), "");
  EXPECT_EQ(targets_summary(4, 0, 0, 1),
            "4/5 chỉ tiêu đạt và vượt kế hoạch, 1 chỉ tiêu không so sánh được qua sắp xếp đơn vị");
  EXPECT_EQ(nonzero_counts({{"kiểm tra {} tổ chức đảng", 118}, {"{} đảng viên", 0}}, ", "),
            "kiểm tra 118 tổ chức đảng");
  EXPECT_EQ(nonzero_counts({{"{} đơn", 0}}, ", "), "");
  EXPECT_EQ(nonzero_counts({{"{} cây", 23000}}, ", "), "23.000 cây");
}

TEST(Sentences, NoFigureIsSaid) {
  auto it = item("Tỷ lệ hộ dùng nước sạch", "%", ">=", 98, std::nullopt, targets::Status::no_data);
  EXPECT_EQ(indicator_sentence(it, k2022), "Tỷ lệ hộ dùng nước sạch: chưa có số liệu.");
}

}  // namespace
}  // namespace sen::reports
