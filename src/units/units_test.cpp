#include "units/units.hpp"

#include <gtest/gtest.h>

#include "base/error.hpp"
#include "testing/temp_database.hpp"
#include "units/handovers.hpp"
#include "units/rules.hpp"

namespace sen::units {
namespace {

Date d(const char* iso) {
  return Date::parse(iso).value();
}

NewUnit unit(std::string code, std::optional<std::string> parent, const char* from, UnitKind kind = UnitKind::ward) {
  return NewUnit{code, "Đơn vị " + code, std::nullopt, kind, parent, d(from), false, std::nullopt};
}

ErrorKind error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.kind();
  }
  ADD_FAILURE() << "no error";
  return ErrorKind::invalid;
}

TEST(UnitRules, Codes) {
  EXPECT_NO_THROW(check_code("436"));
  EXPECT_NO_THROW(check_code("436-BH"));
  EXPECT_THROW(check_code(""), Error);
  EXPECT_THROW(check_code("-436"), Error);
  EXPECT_THROW(check_code("43 6"), Error);
  EXPECT_THROW(check_code(std::string(33, '1')), Error);
}

TEST(UnitRules, KindsByName) {
  EXPECT_EQ(kind_named("commune"), UnitKind::commune);
  EXPECT_EQ(kind_named("party_organization"), UnitKind::party_organization);
  try {
    kind_named("village");
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), "unit.kind_unknown");
    EXPECT_EQ(e.field(), "kind");
  }
  EXPECT_TRUE(is_party_kind(UnitKind::party_cell));
  EXPECT_FALSE(is_party_kind(UnitKind::ward));
}

TEST(UnitRules, ClampToLife) {
  EXPECT_EQ(clamp_to_life(d("2026-01-01"), d("2000-01-01"), d("2025-06-30")), d("2025-06-30"));
  EXPECT_EQ(clamp_to_life(d("1999-01-01"), d("2000-01-01"), std::nullopt), d("2000-01-01"));
  EXPECT_EQ(clamp_to_life(d("2022-12-31"), d("2000-01-01"), d("2025-06-30")), d("2022-12-31"));
}

class UnitsTest : public ::testing::Test {
 protected:
  template <class F>
  auto write(F f) {
    return db_->write(f);
  }
  testing::TempDatabase db_;
};

TEST_F(UnitsTest, HierarchyAtADate) {
  write([](db::Connection& c) {
    create(c, unit("42", std::nullopt, "2000-01-01", UnitKind::province));
    create(c, unit("436", "42", "2000-01-01", UnitKind::city));
    create(c, unit("W1", "436", "2000-01-01"));
    create(c, unit("N1", "42", "2025-07-01"));
    close(c, "W1", {1, d("2025-06-30"), {"N1"}});
    close(c, "436", {1, d("2025-06-30"), {}});

    auto before = detail(c, "W1", d("2022-12-31"));
    ASSERT_EQ(before.ancestors.size(), 2u);
    EXPECT_EQ(before.ancestors[0].code, "436");
    EXPECT_EQ(before.ancestors[1].code, "42");
    EXPECT_EQ(before.successors.at(0).successor, "N1");
    EXPECT_EQ(before.successors.at(0).effective, d("2025-07-01"));

    EXPECT_EQ(detail(c, "42", d("2022-12-31")).children.at(0).code, "436");
    auto after = detail(c, "42", d("2025-07-02"));
    ASSERT_EQ(after.children.size(), 1u);
    EXPECT_EQ(after.children[0].code, "N1");
    EXPECT_EQ(list(c, d("2025-07-02"), "", 100).size(), 2u);
  });
}

TEST_F(UnitsTest, CodesAreNeverReused) {
  write([](db::Connection& c) {
    create(c, unit("42", std::nullopt, "2000-01-01", UnitKind::province));
    create(c, unit("OLD", "42", "2000-01-01"));
    close(c, "OLD", {1, d("2010-12-31"), {}});
    EXPECT_EQ(error_of([&] { create(c, unit("OLD", "42", "2020-01-01")); }), ErrorKind::conflict);
  });
}

TEST_F(UnitsTest, ClosingRefusesRemainingChildrenAndStaleVersions) {
  write([](db::Connection& c) {
    create(c, unit("42", std::nullopt, "2000-01-01", UnitKind::province));
    create(c, unit("A", "42", "2000-01-01"));
    EXPECT_EQ(error_of([&] { close(c, "42", {1, d("2020-12-31"), {}}); }), ErrorKind::conflict);
    EXPECT_EQ(error_of([&] { close(c, "A", {7, d("2020-12-31"), {}}); }), ErrorKind::conflict);
    EXPECT_EQ(error_of([&] { close(c, "A", {1, d("2020-12-31"), {"NOPE"}}); }), ErrorKind::unprocessable);
  });
}

TEST_F(UnitsTest, RenameFromADateKeepsHistory) {
  write([](db::Connection& c) {
    create(c, unit("X", std::nullopt, "2020-01-01", UnitKind::commune));
    UnitChange upgrade;
    upgrade.version = 1;
    upgrade.name = "Phường X";
    upgrade.kind = UnitKind::ward;
    upgrade.effective_from = d("2024-01-01");
    change(c, "X", upgrade);
    EXPECT_EQ(detail(c, "X", d("2023-12-31")).unit.kind, UnitKind::commune);
    EXPECT_EQ(detail(c, "X", d("2024-01-01")).unit.kind, UnitKind::ward);
    EXPECT_EQ(detail(c, "X", d("2024-01-01")).unit.name, "Phường X");
    EXPECT_EQ(detail(c, "X", d("2024-01-01")).states.size(), 2u);
    // A change dated before the last one would rewrite history.
    upgrade.version = 2;
    upgrade.effective_from = d("2023-06-01");
    EXPECT_EQ(error_of([&] { change(c, "X", upgrade); }), ErrorKind::unprocessable);
  });
}

TEST_F(UnitsTest, CyclesAreRefused) {
  write([](db::Connection& c) {
    create(c, unit("A", std::nullopt, "2000-01-01", UnitKind::province));
    create(c, unit("B", "A", "2000-01-01"));
    create(c, unit("C", "B", "2000-01-01"));
    UnitChange up;
    up.version = 1;
    up.parent = "C";
    EXPECT_EQ(error_of([&] { change(c, "A", up); }), ErrorKind::unprocessable);
  });
}

TEST_F(UnitsTest, AHandedOverRecordIsHeldWhereItWasOnEachDay) {
  write([](db::Connection& c) {
    create(c, unit("42", std::nullopt, "2000-01-01", UnitKind::province));
    create(c, unit("OLD", "42", "2000-01-01"));
    create(c, unit("MID", "42", "2025-07-01"));
    create(c, unit("NEW", "42", "2027-01-01"));
    record_handover(c, "task", "7", {"OLD", "MID", d("2025-07-01")}, "admin");
    record_handover(c, "task", "7", {"MID", "NEW", d("2027-01-01")}, "admin");
    record_handover(c, "project", "7", {"OLD", "NEW", d("2027-01-01")}, "admin");
    Holders tasks(c, "task");
    EXPECT_EQ(tasks.on("7", "NEW", d("2025-06-30")), "OLD");
    EXPECT_EQ(tasks.on("7", "NEW", d("2025-07-01")), "MID");
    EXPECT_EQ(tasks.on("7", "NEW", d("2026-12-31")), "MID");
    EXPECT_EQ(tasks.on("7", "NEW", d("2027-01-01")), "NEW");
    EXPECT_EQ(tasks.on("8", "OLD", d("2020-01-01")), "OLD") << "a record never handed over stays where it is";
    EXPECT_EQ(Holders(c, "project").on("7", "NEW", d("2026-12-31")), "OLD") << "kinds are apart";
  });
}

}  // namespace
}  // namespace sen::units
