#include "auth/auth.hpp"

#include <gtest/gtest.h>

#include "access/permissions.hpp"
#include "base/error.hpp"
#include "testing/temp_database.hpp"
#include "units/units.hpp"

namespace sen::auth {
namespace {

const std::string kPassword = "mật khẩu rất dài";

class AuthTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_->write([](db::Connection& c) {
      auto unit = [&](const char* code, std::optional<std::string> parent, int from, std::optional<Date> to = {}) {
        units::create(c, units::NewUnit{code, code, std::nullopt, units::UnitKind::ward, parent,
                                        Date::from_ymd(from, 1, 1), false, std::nullopt});
        if (to) units::close(c, code, units::UnitClosure{1, *to, {}});
      };
      unit("P", std::nullopt, 2000);
      unit("CITY", "P", 2000, Date::from_ymd(2025, 6, 30));
      unit("NEW", "P", 2025);
      unit("WARD", "NEW", 2025);
      unit("OTHER", "P", 2025);
      auto root = operator_principal("cli:test");
      create_user(c, root, NewUser{"lan.officer", std::nullopt, kPassword, "officer", std::string("P"), {}});
      create_user(c, root, NewUser{"ward.admin", std::nullopt, kPassword, "admin", std::string("NEW"), {}});
      create_user(c, root, NewUser{"other.viewer", std::nullopt, kPassword, "viewer", std::string("OTHER"), {}});
      create_user(
          c, root,
          NewUser{
              "super", std::nullopt, kPassword, "admin", std::nullopt, {std::string(access::perm::kPetitionIdentity)}});
      create_user(c, root,
                  NewUser{"ward.kiosk", std::nullopt, std::nullopt, "petition_officer", std::string("WARD"), {}, true});
    });
  }
  Principal as(const std::string& username) {
    return db_->read([&](db::Connection& c) { return Principal{user(c, username), "token"}; });
  }
  // The error code of `f` run in a write transaction, or "ok".
  template <class F>
  std::string outcome(F f) {
    try {
      db_->write(f);
    } catch (const Error& e) {
      return e.code() + (e.field().empty() ? "" : "@" + e.field());
    }
    return "ok";
  }
  testing::TempDatabase db_;
};

TEST_F(AuthTest, RolesCarryTheirPermissionsAndGrantsAreSeparate) {
  EXPECT_TRUE(access::role_has("admin", access::perm::kUsersManage));
  EXPECT_FALSE(access::role_has("leader", access::perm::kTargetsEnter));
  EXPECT_TRUE(access::role_has("officer", access::perm::kTargetsEnter));
  EXPECT_FALSE(access::role_has("admin", access::perm::kPetitionIdentity));  // never part of a role
  EXPECT_TRUE(access::role_has("viewer", access::perm::kSignedIn));
  EXPECT_FALSE(access::role_has("nobody", access::perm::kSignedIn));
  Principal p{User{}, "token"};
  p.user.role = "petition_officer";
  EXPECT_FALSE(p.can(access::perm::kPetitionIdentity));
  p.user.grants.insert(std::string(access::perm::kPetitionIdentity));
  EXPECT_TRUE(p.can(access::perm::kPetitionIdentity));
}

TEST_F(AuthTest, SettingsSharedByAllUnitsNeedAnAccountWithoutAScope) {
  Principal admin{User{}, "token"};
  admin.user.role = "admin";
  EXPECT_TRUE(admin.can(access::perm::kCalendarManage));
  admin.user.unit = "NEW";
  EXPECT_FALSE(admin.can(access::perm::kCalendarManage));
  EXPECT_FALSE(admin.can(access::perm::kIndicatorsWrite));
  EXPECT_FALSE(admin.can(access::perm::kProjectsCurve));
  EXPECT_TRUE(admin.can(access::perm::kUsersManage));  // within its scope
}

TEST_F(AuthTest, LoginSucceedsAndSessionsAuthenticate) {
  auto r = db_->write([](db::Connection& c) { return login(c, "lan.officer", kPassword, "10.0.0.1"); });
  ASSERT_TRUE(r.ok);
  auto p = db_->read([&](db::Connection& c) { return from_session(c, r.session_token); });
  ASSERT_TRUE(p);
  EXPECT_EQ(p->user.username, "lan.officer");
  EXPECT_EQ(p->csrf, r.csrf_token);
  EXPECT_FALSE(db_->read([](db::Connection& c) { return from_session(c, "forged"); }));
}

TEST_F(AuthTest, FailuresLockAnAccountFromOneClientOnly) {
  auto attempt = [&](const char* user, const std::string& password, const char* client) {
    return db_->write([&](db::Connection& c) { return login(c, user, password, client); });
  };
  for (int i = 0; i < 5; ++i) {
    auto r = attempt("lan.officer", "sai mật khẩu", "10.0.0.2");
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.retry_after_seconds, 0);
  }
  auto locked = attempt("lan.officer", kPassword, "10.0.0.2");
  EXPECT_FALSE(locked.ok);  // the password was not even checked
  EXPECT_GE(locked.retry_after_seconds, 1);
  EXPECT_LE(locked.retry_after_seconds, 31);
  EXPECT_TRUE(attempt("lan.officer", kPassword, "10.0.0.3").ok);   // the user, from elsewhere
  EXPECT_TRUE(attempt("other.viewer", kPassword, "10.0.0.2").ok);  // another account, same client
}

TEST_F(AuthTest, ManyAccountsGuessedFromOneClientLockThatClient) {
  for (int i = 0; i < 30; ++i) {
    db_->write([&](db::Connection& c) { login(c, "user" + std::to_string(i), "sai mật khẩu", "10.0.0.9"); });
  }
  auto r = db_->write([](db::Connection& c) { return login(c, "lan.officer", kPassword, "10.0.0.9"); });
  EXPECT_FALSE(r.ok);
  EXPECT_GE(r.retry_after_seconds, 1);
}

TEST_F(AuthTest, ServiceAccountsNeverLogIn) {
  auto r = db_->write([](db::Connection& c) { return login(c, "ward.kiosk", "", "10.0.0.1"); });
  EXPECT_FALSE(r.ok);
}

TEST_F(AuthTest, ScopeFollowsTheHierarchyAtTheDateOfTheData) {
  db_->read([](db::Connection& c) {
    Principal city{User{}, "token"};
    city.user.unit = "CITY";
    Principal province{User{}, "token"};
    province.user.unit = "P";
    Principal everywhere{User{}, "token"};
    EXPECT_TRUE(in_scope(c, province, "CITY", Date::from_ymd(2022, 12, 31)));
    EXPECT_TRUE(in_scope(c, province, "CITY", Date::from_ymd(2026, 12, 31)));  // judged on its last day
    EXPECT_FALSE(in_scope(c, city, "NEW", Date::from_ymd(2026, 12, 31)));
    EXPECT_FALSE(in_scope(c, city, "P", Date::from_ymd(2022, 12, 31)));
    EXPECT_TRUE(in_scope(c, everywhere, "NEW", Date::from_ymd(2026, 1, 1)));
  });
}

TEST_F(AuthTest, UserRules) {
  auto root = operator_principal("cli:test");
  auto attempt = [&](NewUser n) { return outcome([&](db::Connection& c) { create_user(c, root, n); }); };
  EXPECT_EQ(attempt({"AB", std::nullopt, kPassword, "viewer", std::nullopt, {}}), "user.username_invalid@username");
  EXPECT_EQ(attempt({"ok.name", std::nullopt, "short", "viewer", std::nullopt, {}}), "password.too_short@password");
  EXPECT_EQ(attempt({"ok.name", std::nullopt, std::nullopt, "viewer", std::nullopt, {}}),
            "user.password_required@password");
  EXPECT_EQ(attempt({"ok.name", std::nullopt, kPassword, "boss", std::nullopt, {}}), "user.role_unknown@role");
  EXPECT_EQ(attempt({"ok.name", std::nullopt, kPassword, "viewer", std::string("NOPE"), {}}), "user.unit_unknown@unit");
  EXPECT_EQ(attempt({"ok.name", std::nullopt, kPassword, "viewer", std::nullopt, {"users.manage"}}),
            "user.grant_not_grantable@grants");
  EXPECT_EQ(attempt({"lan.officer", std::nullopt, kPassword, "viewer", std::nullopt, {}}), "user.exists@username");
  EXPECT_EQ(attempt({"ok.name", std::nullopt, kPassword, "viewer", std::nullopt, {"petitions.identity"}}), "ok");
}

TEST_F(AuthTest, AnAdministratorManagesOnlyItsScope) {
  auto ward = as("ward.admin");
  auto create = [&](NewUser n) { return outcome([&](db::Connection& c) { create_user(c, ward, n); }); };
  EXPECT_EQ(create({"a.ward", std::nullopt, kPassword, "admin", std::string("WARD"), {}}), "ok");
  EXPECT_EQ(create({"a.other", std::nullopt, kPassword, "viewer", std::string("OTHER"), {}}), "user.out_of_scope@unit");
  EXPECT_EQ(create({"a.all", std::nullopt, kPassword, "admin", std::nullopt, {}}), "user.out_of_scope@unit");
  // Only grants it holds itself.
  EXPECT_EQ(create({"a.id", std::nullopt, kPassword, "viewer", std::string("WARD"), {"petitions.identity"}}),
            "user.grant_not_held@grants");
  auto change = [&](const char* name, UserChange ch) {
    return outcome([&](db::Connection& c) {
      ch.version = user(c, name).version;
      change_user(c, ward, name, ch);
    });
  };
  UserChange widen;
  widen.unit_clear = true;
  EXPECT_EQ(change("ward.admin", widen), "user.out_of_scope@unit");  // not its own scope
  UserChange up;
  up.unit = "P";
  EXPECT_EQ(change("ward.admin", up), "user.out_of_scope@unit");
  UserChange grants;
  grants.grants = std::set<std::string>{std::string(access::perm::kPartyMembers)};
  EXPECT_EQ(change("ward.admin", grants), "user.grant_not_held@grants");
  UserChange password;
  password.password = "một mật khẩu mới dài";
  EXPECT_EQ(change("super", password), "user.out_of_scope@username");
  EXPECT_EQ(change("other.viewer", password), "user.out_of_scope@username");
  UserChange narrow;
  narrow.unit = "WARD";
  EXPECT_EQ(change("a.ward", narrow), "ok");
  auto listed = db_->read([&](db::Connection& c) { return users(c, ward); });
  std::set<std::string> names;
  for (const auto& u : listed) names.insert(u.username);
  EXPECT_EQ(names, (std::set<std::string>{"a.ward", "ward.admin", "ward.kiosk"}));
}

TEST_F(AuthTest, TokensOnlyForOneselfOrAServiceAccountOneManages) {
  auto ward = as("ward.admin");
  auto make = [&](const char* name, const char* holder) {
    return outcome([&](db::Connection& c) { create_token(c, ward, name, holder); });
  };
  EXPECT_EQ(make("t1", "super"), "token.not_service@username");
  EXPECT_EQ(make("t2", "lan.officer"), "token.not_service@username");
  EXPECT_EQ(make("t3", "ward.admin"), "ok");
  EXPECT_EQ(make("t4", "ward.kiosk"), "ok");
  auto tokens_seen = db_->read([&](db::Connection& c) { return tokens(c, ward); });
  EXPECT_EQ(tokens_seen.size(), 2u);
  EXPECT_EQ(outcome([&](db::Connection& c) { create_token(c, ward, "t5", "ward.admin", 366); }),
            "token.days_range@expires_in_days");
  db_->write([](db::Connection& c) { create_token(c, operator_principal("cli:test"), "t-super", "super"); });
  EXPECT_EQ(outcome([&](db::Connection& c) { revoke_token(c, ward, "t-super"); }), "token.not_found");
}

TEST_F(AuthTest, DisablingOrANewPasswordEndsTokensForGood) {
  auto root = operator_principal("cli:test");
  auto secret = db_->write([&](db::Connection& c) { return create_token(c, root, "lan", "lan.officer"); });
  EXPECT_TRUE(db_->read([&](db::Connection& c) { return from_token(c, secret); }));
  auto set_disabled = [&](bool disabled) {
    db_->write([&](db::Connection& c) {
      UserChange ch;
      ch.version = user(c, "lan.officer").version;
      ch.disabled = disabled;
      change_user(c, root, "lan.officer", ch);
    });
  };
  set_disabled(true);
  EXPECT_FALSE(db_->read([&](db::Connection& c) { return from_token(c, secret); }));
  set_disabled(false);
  EXPECT_FALSE(db_->read([&](db::Connection& c) { return from_token(c, secret); }));  // not back to life
  auto fresh = db_->write([&](db::Connection& c) { return create_token(c, root, "lan2", "lan.officer"); });
  db_->write([&](db::Connection& c) {
    UserChange ch;
    ch.version = user(c, "lan.officer").version;
    ch.password = "một mật khẩu mới dài";
    change_user(c, root, "lan.officer", ch);
  });
  EXPECT_FALSE(db_->read([&](db::Connection& c) { return from_token(c, fresh); }));
}

TEST_F(AuthTest, TokensExpire) {
  auto root = operator_principal("cli:test");
  auto secret = db_->write([&](db::Connection& c) { return create_token(c, root, "short", "lan.officer", 1); });
  auto listed = db_->read([&](db::Connection& c) { return tokens(c, root); });
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_GT(listed[0].expires_at, utc_timestamp(std::chrono::hours(23)));
  EXPECT_LT(listed[0].expires_at, utc_timestamp(std::chrono::hours(25)));
  db_->write([](db::Connection& c) { c.execute("UPDATE api_tokens SET expires_at = '2020-01-01T00:00:00.000Z'"); });
  EXPECT_FALSE(db_->read([&](db::Connection& c) { return from_token(c, secret); }));
}

}  // namespace
}  // namespace sen::auth
