#include "auth/auth.hpp"

#include <gtest/gtest.h>

#include "auth/permissions.hpp"
#include "base/error.hpp"
#include "testing/temp_database.hpp"
#include "units/units.hpp"

namespace sen::auth {
namespace {

class AuthTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_->write([](db::Connection& c) {
      auto unit = [&](const char* code, std::optional<std::string> parent, int from, std::optional<Date> to = {}) {
        units::create(c, units::NewUnit{code, code, std::nullopt, "ward", parent, Date::from_ymd(from, 1, 1), false,
                                        std::nullopt});
        if (to) units::close(c, code, units::UnitClosure{1, *to, {}});
      };
      unit("P", std::nullopt, 2000);
      unit("CITY", "P", 2000, Date::from_ymd(2025, 6, 30));
      unit("NEW", "P", 2025);
      create_user(c, NewUser{"lan.officer", std::nullopt, "mật khẩu rất dài", "officer", std::string("P"), {}});
    });
  }
  testing::TempDatabase db_;
};

TEST_F(AuthTest, RolesCarryTheirPermissionsAndGrantsAreSeparate) {
  EXPECT_TRUE(role_has("admin", perm::kUsersManage));
  EXPECT_FALSE(role_has("leader", perm::kTargetsEnter));
  EXPECT_TRUE(role_has("officer", perm::kTargetsEnter));
  EXPECT_FALSE(role_has("admin", perm::kPetitionIdentity));  // never part of a role
  EXPECT_TRUE(role_has("viewer", perm::kSignedIn));
  EXPECT_FALSE(role_has("nobody", perm::kSignedIn));
  Principal p{User{}, "token", ""};
  p.user.role = "petition_officer";
  EXPECT_FALSE(p.can(perm::kPetitionIdentity));
  p.user.grants.insert(std::string(perm::kPetitionIdentity));
  EXPECT_TRUE(p.can(perm::kPetitionIdentity));
}

TEST_F(AuthTest, LoginSucceedsAndSessionsAuthenticate) {
  auto r = db_->write([](db::Connection& c) { return login(c, "lan.officer", "mật khẩu rất dài", "10.0.0.1"); });
  ASSERT_TRUE(r.ok);
  auto p = db_->read([&](db::Connection& c) { return from_session(c, r.session_token); });
  ASSERT_TRUE(p);
  EXPECT_EQ(p->user.username, "lan.officer");
  EXPECT_EQ(p->csrf, r.csrf_token);
  EXPECT_FALSE(db_->read([](db::Connection& c) { return from_session(c, "forged"); }));
}

TEST_F(AuthTest, FiveFailuresMakeTheNextAttemptWaitAndSuccessResets) {
  for (int i = 0; i < kFailuresBeforeWait; ++i) {
    auto r = db_->write([](db::Connection& c) { return login(c, "lan.officer", "sai mật khẩu", "10.0.0.2"); });
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.retry_after_seconds, 0);
  }
  auto locked = db_->write([](db::Connection& c) { return login(c, "lan.officer", "mật khẩu rất dài", "10.0.0.3"); });
  EXPECT_FALSE(locked.ok);  // the user name is locked, whatever the address
  EXPECT_GE(locked.retry_after_seconds, 1);
  EXPECT_LE(locked.retry_after_seconds, 31);
}

TEST_F(AuthTest, ScopeFollowsTheHierarchyAtTheDateOfTheData) {
  db_->read([](db::Connection& c) {
    Principal city{User{}, "token", ""};
    city.user.unit = "CITY";
    Principal province{User{}, "token", ""};
    province.user.unit = "P";
    Principal everywhere{User{}, "token", ""};
    EXPECT_TRUE(in_scope(c, province, "CITY", Date::from_ymd(2022, 12, 31)));
    EXPECT_TRUE(in_scope(c, province, "CITY", Date::from_ymd(2026, 12, 31)));  // judged on its last day
    EXPECT_FALSE(in_scope(c, city, "NEW", Date::from_ymd(2026, 12, 31)));
    EXPECT_FALSE(in_scope(c, city, "P", Date::from_ymd(2022, 12, 31)));
    EXPECT_TRUE(in_scope(c, everywhere, "NEW", Date::from_ymd(2026, 1, 1)));
  });
}

TEST_F(AuthTest, UserRules) {
  db_->write([](db::Connection& c) {
    auto attempt = [&](NewUser n) {
      try {
        create_user(c, n);
      } catch (const Error& e) {
        return e.field();
      }
      return std::string("ok");
    };
    EXPECT_EQ(attempt({"AB", std::nullopt, "mật khẩu rất dài", "viewer", std::nullopt, {}}), "username");
    EXPECT_EQ(attempt({"ok.name", std::nullopt, "short", "viewer", std::nullopt, {}}), "password");
    EXPECT_EQ(attempt({"ok.name", std::nullopt, "mật khẩu rất dài", "boss", std::nullopt, {}}), "role");
    EXPECT_EQ(attempt({"ok.name", std::nullopt, "mật khẩu rất dài", "viewer", std::string("NOPE"), {}}), "unit");
    EXPECT_EQ(attempt({"ok.name", std::nullopt, "mật khẩu rất dài", "viewer", std::nullopt, {"users.manage"}}), "grants");
    EXPECT_EQ(attempt({"lan.officer", std::nullopt, "mật khẩu rất dài", "viewer", std::nullopt, {}}), "username");
    EXPECT_EQ(attempt({"ok.name", std::nullopt, "mật khẩu rất dài", "viewer", std::nullopt, {"petitions.identity"}}), "ok");
  });
}

}  // namespace
}  // namespace sen::auth
