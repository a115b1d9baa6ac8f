#include "reports/header.hpp"

#include <gtest/gtest.h>

#include "base/error.hpp"
#include "demo/demo.hpp"
#include "reports/narrative.hpp"
#include "reports/report_date.hpp"
#include "testing/temp_database.hpp"
#include "units/units.hpp"

namespace sen::reports {
namespace {

TEST(Header, DatesAreWrittenAsTheDecreeSays) {
  EXPECT_EQ(place_date("Hà Tĩnh", Date::from_ymd(2022, 12, 27)), "Hà Tĩnh, ngày 27 tháng 12 năm 2022");
  EXPECT_EQ(place_date("Hà Tĩnh", Date::from_ymd(2023, 1, 5)), "Hà Tĩnh, ngày 05 tháng 01 năm 2023");
  EXPECT_EQ(place_date("Thành Sen", Date::from_ymd(2025, 3, 9)), "Thành Sen, ngày 09 tháng 3 năm 2025");
}

TEST(Header, PeriodsReadAsInReports) {
  EXPECT_EQ(Period::parse("2022")->vietnamese(), "năm 2022");
  EXPECT_EQ(Period::parse("2023-6M")->vietnamese(), "6 tháng đầu năm 2023");
  EXPECT_EQ(Period::parse("2023-9M")->vietnamese(), "9 tháng năm 2023");
  EXPECT_EQ(Period::parse("2023-Q3")->vietnamese(), "quý III năm 2023");
  EXPECT_EQ(Period::parse("2023-03")->vietnamese(), "tháng 3 năm 2023");
  // The period after, named for "Nhiệm vụ trọng tâm …".
  EXPECT_EQ(next_period_phrase(*Period::parse("2022")), "năm 2023");
  EXPECT_EQ(next_period_phrase(*Period::parse("2023-6M")), "6 tháng cuối năm 2023");
  EXPECT_EQ(next_period_phrase(*Period::parse("2023-Q3")), "quý IV năm 2023");
  EXPECT_EQ(next_period_phrase(*Period::parse("2023-Q4")), "quý I năm 2024");
  EXPECT_EQ(next_period_phrase(*Period::parse("2023-12")), "tháng 1 năm 2024");
}

class HeaderOfDemo : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = new testing::TempDatabase();
    demo::load(**db_);
  }
  static void TearDownTestSuite() { delete db_; }
  static testing::TempDatabase* db_;
};
testing::TempDatabase* HeaderOfDemo::db_ = nullptr;

TEST_F(HeaderOfDemo, RecipientsAreNamedFromTheHierarchy) {
  (*db_)->read([](db::Connection& c) {
    auto party = default_recipients(c, "436", Period::year_of(2022), Issuer::party);
    EXPECT_EQ(party.front(), "Ban Thường vụ Tỉnh ủy (để báo cáo),");
    EXPECT_EQ(party.back(), "Lưu Văn phòng Thành ủy.");
    auto state = default_recipients(c, "436", Period::year_of(2022), Issuer::state);
    EXPECT_EQ(state.front(), "Ủy ban nhân dân tỉnh (để báo cáo);");
    EXPECT_EQ(state.back(), "Lưu: VT.");
    // After 2025 a ward answers to the province directly.
    auto ward = default_recipients(c, "18073", Period::year_of(2026), Issuer::party);
    EXPECT_EQ(ward.front(), "Ban Thường vụ Tỉnh ủy (để báo cáo),");
    EXPECT_EQ(ward.back(), "Lưu Văn phòng Đảng ủy.");
  });
}

TEST_F(HeaderOfDemo, TheStateFormBreaksTheBodysNameAfterItsKindAndHasNoStarOrParty) {
  (*db_)->read([](db::Connection& c) {
    HeaderOptions o;
    o.issuer = Issuer::state;
    o.date = Date::from_ymd(2022, 12, 27);
    auto h = make_header(c, "436", Period::year_of(2022), o);
    EXPECT_EQ(h.issuer, (std::vector<std::string>{"ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ TĨNH"}));
    EXPECT_EQ(h.superior, "");
    EXPECT_EQ(h.motto, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });
}

TEST_F(HeaderOfDemo, AReportDefaultsToTheEndOfItsReportingWindowAndNeverFollowsItsUnit) {
  (*db_)->read([](db::Connection& c) {
    auto day = default_report_date(c, Period::year_of(2022), Issuer::party);
    EXPECT_GT(day, Date::from_ymd(2022, 12, 14));  // after the cut-off, within the working days allowed
    EXPECT_LT(day, Date::from_ymd(2022, 12, 31));
    EXPECT_NO_THROW(require_open_on(c, "436", Date::from_ymd(2025, 6, 30), "date"));
    try {
      require_open_on(c, "436", Date::from_ymd(2026, 12, 1), "date");
      FAIL() << "a report of 436 dated after it ceased";
    } catch (const Error& e) {
      EXPECT_EQ(e.field(), "date");
      EXPECT_NE(e.message_vi().find("30/06/2025"), std::string::npos) << e.message_vi();
    }
    try {
      require_open_on(c, "18073", Date::from_ymd(2022, 12, 21), "date");
      FAIL() << "a report of Thành Sen dated before it was formed";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), "report.unit_not_formed");
    }
    Date today = Date::from_ymd(2026, 12, 2);
    EXPECT_EQ(report_date(c, "18073", Period::year_of(2022), Issuer::party, today), today);
    EXPECT_LT(report_date(c, "436", Period::year_of(2022), Issuer::party, today), Date::from_ymd(2022, 12, 31));
  });
}

TEST(Header, AProvinceUnderTheNationAnswersToTheCentreAndTheNationHasNoReport) {
  testing::TempDatabase db;
  db->write([](db::Connection& c) {
    auto from = Date::from_ymd(2025, 7, 1);
    units::create(c, {"VN", "Cả nước", std::nullopt, units::UnitKind::nation, std::nullopt, from, false, std::nullopt});
    units::create(c, {"42", "Tỉnh Hà Tĩnh", std::nullopt, units::UnitKind::province, "VN", from, false, std::nullopt});
  });
  db->read([](db::Connection& c) {
    auto year = Period::year_of(2025);
    EXPECT_EQ(default_recipients(c, "42", year, Issuer::party).front(), "Ban Bí thư Trung ương Đảng (để báo cáo),");
    EXPECT_EQ(default_recipients(c, "42", year, Issuer::state).front(), "Chính phủ (để báo cáo);");
    HeaderOptions o;
    o.date = Date::from_ymd(2025, 12, 20);
    EXPECT_EQ(make_header(c, "42", year, o).superior, "");
    try {
      make_header(c, "VN", year, o);
      FAIL() << "a report of the nation";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), "report.unit_national");
      EXPECT_EQ(e.field(), "unit");
    }
  });
}

}  // namespace
}  // namespace sen::reports
