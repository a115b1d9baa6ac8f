#include "oversight/rules.hpp"

#include <gtest/gtest.h>

#include "base/error.hpp"

namespace sen::oversight {
namespace {

Date d(const char* iso) {
  return Date::parse(iso).value();
}

std::string refusal(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.code() + "@" + e.field();
  }
  return "allowed";
}

constexpr auto kOrganisation = SubjectKind::organisation;
constexpr auto kMember = SubjectKind::member;

TEST(Discipline, TheSubjectDecidesTheForms) {
  EXPECT_EQ(allowed_forms(kOrganisation, std::nullopt, false),
            (std::vector<Form>{Form::khien_trach, Form::canh_cao, Form::giai_tan}));
  EXPECT_EQ(allowed_forms(kMember, MemberStatus::probationary, true),
            (std::vector<Form>{Form::khien_trach, Form::canh_cao}));
  EXPECT_EQ(allowed_forms(kMember, MemberStatus::full, true),
            (std::vector<Form>{Form::khien_trach, Form::canh_cao, Form::cach_chuc, Form::khai_tru}));
  EXPECT_EQ(allowed_forms(kMember, MemberStatus::full, false),
            (std::vector<Form>{Form::khien_trach, Form::canh_cao, Form::khai_tru}));
  EXPECT_EQ(refusal([] { check_form(kMember, MemberStatus::probationary, true, Form::cach_chuc); }),
            "discipline.form_not_allowed@form");
  EXPECT_EQ(refusal([] { check_form(kMember, MemberStatus::probationary, false, Form::khai_tru); }),
            "discipline.form_not_allowed@form");
  EXPECT_EQ(refusal([] { check_form(kMember, MemberStatus::full, false, Form::cach_chuc); }),
            "discipline.form_not_allowed@form");
  EXPECT_EQ(refusal([] { check_form(kOrganisation, std::nullopt, false, Form::khai_tru); }),
            "discipline.form_not_allowed@form");
  EXPECT_EQ(refusal([] { check_form(kMember, MemberStatus::full, true, Form::cach_chuc); }), "allowed");
}

TEST(Discipline, EachFormHasItsNameAndLimitation) {
  EXPECT_STREQ(form_name(Form::khien_trach), "khiển trách");
  EXPECT_STREQ(form_name(Form::giai_tan), "giải tán");
  EXPECT_EQ(limitation_years(Form::khien_trach), 5);
  EXPECT_EQ(limitation_years(Form::cach_chuc), 10);
  EXPECT_EQ(limitation_years(Form::giai_tan), std::nullopt);
}

TEST(Discipline, TheStatuteOfLimitationsRunsFromTheViolationToTheConclusion) {
  // khiển trách: 5 years.
  EXPECT_EQ(refusal([] { check_limitation(Form::khien_trach, d("2017-03-01"), d("2022-03-02")); }),
            "discipline.time_barred@violation_on");
  EXPECT_EQ(refusal([] { check_limitation(Form::khien_trach, d("2017-03-01"), d("2022-03-01")); }), "allowed");
  // cảnh cáo: 10 years, so the same dates are in time.
  EXPECT_FALSE(check_limitation(Form::canh_cao, d("2017-03-01"), d("2022-03-02")));
  // khai trừ: no limitation.
  EXPECT_FALSE(check_limitation(Form::khai_tru, d("1990-01-01"), d("2022-03-02")));
  // Less than six months left: a warning.
  EXPECT_TRUE(check_limitation(Form::khien_trach, d("2017-03-01"), d("2021-12-01")));
  EXPECT_EQ(refusal([] { check_limitation(Form::khien_trach, d("2022-03-01"), d("2022-02-01")); }),
            "discipline.concluded_before_violation@concluded_on");
  EXPECT_EQ(notice_due(d("2022-12-29")), d("2023-01-03"));
}

const std::vector<RuleSet> kRules = {
    {"132-QĐ/TW", "rating", d("2018-01-01"), d("2022-12-31"), "Quy định 132-QĐ/TW", "levels"},
    {"124-QĐ/TW", "rating", d("2023-01-01"), d("2024-12-31"), "Quy định 124-QĐ/TW", "levels"},
    {"366-QĐ/TW", "rating", d("2025-01-01"), std::nullopt, "Quy định 366-QĐ/TW", "points"},
};

TEST(Rating, TheRuleSetOfTheYear) {
  EXPECT_EQ(rating_rule_set(kRules, 2023).code, "124-QĐ/TW");
  EXPECT_EQ(rating_rule_set(kRules, 2024).code, "124-QĐ/TW");
  EXPECT_EQ(rating_rule_set(kRules, 2025).code, "366-QĐ/TW");
  EXPECT_THROW(rating_rule_set(kRules, 2017), Error);
}

TEST(Rating, PointsGiveTheBandAndTheLevelMayNotBeAboveIt) {
  EXPECT_EQ(band_of(90), Level::xuat_sac);
  EXPECT_EQ(band_of(89.5), Level::tot);
  EXPECT_EQ(band_of(70), Level::tot);
  EXPECT_EQ(band_of(50), Level::hoan_thanh);
  EXPECT_EQ(band_of(49.9), Level::khong_hoan_thanh);
  Rating r;
  r.score = 85;
  check_rating(r, kRules[2]);
  EXPECT_EQ(r.level, Level::tot);
  Rating above;
  above.score = 85;
  above.level = Level::xuat_sac;
  EXPECT_EQ(refusal([&] { check_rating(above, kRules[2]); }), "rating.above_band@level");
  Rating no_score;
  no_score.level = Level::tot;
  EXPECT_EQ(refusal([&] { check_rating(no_score, kRules[2]); }), "rating.score_range@score");
  Rating scored_by_levels;
  scored_by_levels.level = Level::tot;
  scored_by_levels.score = 80;
  EXPECT_EQ(refusal([&] { check_rating(scored_by_levels, kRules[1]); }), "rating.score_not_used@score");
  Rating exempt;
  exempt.exempt_reason = "Kết nạp chưa đủ 6 tháng";
  EXPECT_EQ(refusal([&] { check_rating(exempt, kRules[1]); }), "allowed");
}

TEST(Rating, AtMostOneExcellentForFiveGood) {
  EXPECT_EQ(refusal([] { check_cap(2, 10, "Đảng bộ phường Bắc Hà"); }), "allowed");
  EXPECT_EQ(refusal([] { check_cap(3, 10, "Đảng bộ phường Bắc Hà"); }), "rating.cap@level");
  EXPECT_EQ(refusal([] { check_cap(1, 4, "x"); }), "rating.cap@level");
  EXPECT_EQ(refusal([] { check_cap(0, 0, "x"); }), "allowed");
}

TEST(Admission, ProbationAndNewMembers) {
  EXPECT_EQ(probation_due(d("2022-05-19")), d("2023-05-19"));
  EXPECT_TRUE(newly_admitted(d("2023-07-01"), 2023));
  EXPECT_FALSE(newly_admitted(d("2023-06-30"), 2023));
  EXPECT_TRUE(is_admission_form("9-KNĐ"));
  EXPECT_FALSE(is_admission_form("10-KNĐ"));
  EXPECT_TRUE(is_confirmation_form("15-KNĐ"));
  EXPECT_FALSE(is_confirmation_form("16-KNĐ"));
  EXPECT_FALSE(is_admission_form("KNĐ"));
}

}  // namespace
}  // namespace sen::oversight
