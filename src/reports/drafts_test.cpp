#include "reports/drafts.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "base/error.hpp"
#include "demo/demo.hpp"
#include "targets/targets.hpp"
#include "testing/temp_database.hpp"

namespace sen::reports {
namespace {

const May kEverything = [](std::string_view) { return true; };

class Drafts : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = new testing::TempDatabase();
    demo::load(**db_);
  }
  static void TearDownTestSuite() { delete db_; }
  template <class F>
  auto write(F&& f) {
    return (*db_)->write(std::forward<F>(f));
  }
  static Draft annual_2022(db::Connection& c) {
    return create_draft(c, {"436", "annual", Period::year_of(2022), Issuer::party}, "vp.thanhuy");
  }
  static testing::TempDatabase* db_;
};
testing::TempDatabase* Drafts::db_ = nullptr;

ErrorKind kind_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.kind();
  }
  return ErrorKind::unavailable;  // nothing thrown
}

TEST_F(Drafts, AnAnnualDraftHasTheConferenceReportsPartsAndTheUnitsRecipients) {
  write([](db::Connection& c) {
    auto d = annual_2022(c);
    std::vector<std::string> keys;
    for (const auto& s : d.sections) keys.push_back(s.key);
    EXPECT_EQ(keys, (std::vector<std::string>{"overall", "strengths", "limitations", "lessons", "theme", "measures",
                                              "recipients"}));
    EXPECT_EQ(d.sections.back().text.substr(0, d.sections.back().text.find('\n')),
              "Ban Thường vụ Tỉnh ủy (để báo cáo),");
    // The next draft of the unit by the same issuer takes the recipients as the unit wrote them.
    write_section(c, d.id, "recipients", "Ban Thường vụ Tỉnh ủy,\nLưu Văn phòng Thành ủy.", 1, "vp.thanhuy");
    auto next = create_draft(c, {"436", "periodic", *Period::parse("2023-6M"), Issuer::party}, "vp.thanhuy");
    EXPECT_EQ(next.sections.back().text, "Ban Thường vụ Tỉnh ủy,\nLưu Văn phòng Thành ủy.");
    EXPECT_EQ(next.sections.size(), 5u);  // no lessons, no theme in part of a year
  });
}

TEST_F(Drafts, TwoEditorsDoNotOverwriteEachOther) {
  write([](db::Connection& c) {
    auto d = annual_2022(c);
    auto first = write_section(c, d.id, "strengths", "Kinh tế tiếp tục phát triển.", 1, "a");
    EXPECT_EQ(first.version, 2);
    EXPECT_EQ(kind_of([&] { write_section(c, d.id, "strengths", "Bản khác.", 1, "b"); }), ErrorKind::conflict);
    EXPECT_EQ(draft(c, d.id).sections[1].text, "Kinh tế tiếp tục phát triển.");
    EXPECT_EQ(kind_of([&] { write_section(c, d.id, "khong-co", "x", 1, "a"); }), ErrorKind::not_found);
  });
}

TEST_F(Drafts, AKindAndAPeriodMustAgreeAndAClosedUnitHasNoReport) {
  write([](db::Connection& c) {
    EXPECT_EQ(kind_of([&] {
                create_draft(c, {"436", "annual", *Period::parse("2023-6M"), Issuer::party}, "a");
              }),
              ErrorKind::invalid);
    // Hà Tĩnh City ceased on 30/06/2025: its 2025 report would be due in December.
    EXPECT_EQ(kind_of([&] {
                create_draft(c, {"436", "annual", Period::year_of(2025), Issuer::party}, "a");
              }),
              ErrorKind::unprocessable);
  });
}

TEST_F(Drafts, TheNarrativeIsPrintedInItsPlace) {
  write([](db::Connection& c) {
    auto d = annual_2022(c);
    write_section(c, d.id, "limitations", "Công tác kiểm tra, giám sát ở một số cấp ủy chưa thường xuyên.", 1, "a");
    auto report = draft_report(c, draft(c, d.id), kEverything);
    std::vector<std::string> titles;
    for (const auto& s : report.sections) titles.push_back(s.title);
    // The demo's figures are partly illustrative: the report's note on them comes first, untitled.
    EXPECT_EQ(titles.at(0), "");
    EXPECT_EQ(titles.at(1), "I. CÔNG TÁC XÂY DỰNG ĐẢNG");  // Party building first in a Party report
    auto assessment = std::find_if(report.sections.begin(), report.sections.end(), [](const Section& s) {
      return s.title.find("ĐÁNH GIÁ CHUNG") != std::string::npos;
    });
    ASSERT_NE(assessment, report.sections.end());
    EXPECT_EQ(std::get<Subheading>(assessment->blocks[0]).text, "1. Hạn chế, khuyết điểm và nguyên nhân");
    EXPECT_EQ(std::get<Paragraph>(assessment->blocks[1]).text,
              "Công tác kiểm tra, giám sát ở một số cấp ủy chưa thường xuyên.");
  });
}

TEST_F(Drafts, AnIssuedReportIsFrozen) {
  write([](db::Connection& c) {
    auto d = annual_2022(c);
    write_section(c, d.id, "overall", "Năm 2022, kinh tế tiếp tục phát triển.", 1, "a");
    auto issued = issue(c, d.id, {"123", Date::from_ymd(2022, 12, 27), "Dương Tất Thắng"}, kEverything,
                        Date::from_ymd(2026, 11, 27), "bi.thu");
    ASSERT_TRUE(issued.issued());
    EXPECT_EQ(issued.files.size(), 4u);
    auto before = issued_document(c, issued, Format::docx, kEverything);
    targets::Value v;
    v.indicator = "THU_NS";
    v.unit = "436";
    v.period = "2022";
    v.vintage = targets::Vintage::official;
    v.value = 1200;
    v.entered_by = "a";
    targets::record_value(c, v);
    EXPECT_EQ(issued_document(c, draft(c, d.id), Format::docx, kEverything), before);
    EXPECT_EQ(kind_of([&] { write_section(c, d.id, "overall", "Sửa sau khi ban hành.", 2, "a"); }),
              ErrorKind::conflict);
    EXPECT_EQ(
        kind_of([&] {
          issue(c, d.id, {"124", Date::from_ymd(2022, 12, 28), "x"}, kEverything, Date::from_ymd(2026, 11, 27), "a");
        }),
        ErrorKind::conflict);
    // The same number cannot be given twice in a year; a reader lacking a section's permission is refused.
    auto other = annual_2022(c);
    EXPECT_EQ(kind_of([&] {
                issue(c, other.id, {"123", Date::from_ymd(2022, 12, 28), "x"}, kEverything,
                      Date::from_ymd(2026, 11, 27), "a");
              }),
              ErrorKind::unprocessable);
    auto viewer = [](std::string_view p) { return p != "oversight.read"; };
    EXPECT_EQ(kind_of([&] { issued_document(c, issued, Format::pdf, viewer); }), ErrorKind::forbidden);
  });
}

TEST_F(Drafts, AReportIsNotDatedAfterItsUnitCeased) {
  write([](db::Connection& c) {
    auto d = create_draft(c, {"436", "periodic", *Period::parse("2025-6M"), Issuer::state}, "a");
    EXPECT_EQ(kind_of([&] {
                issue(c, d.id, {"9", Date::from_ymd(2025, 7, 2), "x"}, kEverything, Date::from_ymd(2026, 11, 27), "a");
              }),
              ErrorKind::unprocessable);
    EXPECT_NO_THROW(
        issue(c, d.id, {"9", Date::from_ymd(2025, 6, 30), "x"}, kEverything, Date::from_ymd(2026, 11, 27), "a"));
  });
}

}  // namespace
}  // namespace sen::reports
