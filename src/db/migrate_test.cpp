#include "db/migrate.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "testing/temp_database.hpp"

namespace sen::db {
namespace {

// The migrations one engine applies.
std::vector<Migration> of_engine(const std::string& engine) {
  std::vector<Migration> out;
  for (auto& m : bundled_migrations())
    if (m.engine.empty() || m.engine == engine) out.push_back(m);
  return out;
}

TEST(Migrate, EachEngineHasMigrationsNumberedFromOneWithoutGaps) {
  for (std::string engine : {"sqlite", "postgresql"}) {
    auto all = of_engine(engine);
    ASSERT_FALSE(all.empty());
    for (std::size_t i = 0; i < all.size(); ++i) EXPECT_EQ(all[i].version, static_cast<int>(i + 1)) << engine;
  }
}

TEST(Migrate, AVersionForOneEngineHasItsTwinForTheOther) {
  for (const auto& m : bundled_migrations()) {
    if (m.engine.empty()) continue;
    auto twin = m.engine == "sqlite" ? "postgresql" : "sqlite";
    auto found = of_engine(twin);
    EXPECT_TRUE(
        std::any_of(found.begin(), found.end(),
                    [&](const Migration& t) { return t.version == m.version && t.name == m.name && t.engine == twin; }))
        << m.version << "_" << m.name << " has no " << twin << " twin";
  }
}

TEST(Migrate, SecondRunAppliesNothing) {
  testing::TempDatabase db;  // already migrated once
  auto again = db->with_connection([](Connection& c) { return migrate(c, bundled_migrations()); });
  EXPECT_TRUE(again.empty());
}

TEST(Migrate, NewMigrationIsAppliedAndRecorded) {
  testing::TempDatabase db;
  auto migrations = bundled_migrations();
  migrations.push_back({migrations.back().version + 1, "extra", "CREATE TABLE extra (id {{id}}, x TEXT)"});
  auto applied = db->with_connection([&](Connection& c) { return migrate(c, migrations); });
  ASSERT_EQ(applied.size(), 1u);
  EXPECT_NE(applied[0].find("extra"), std::string::npos);
  db->write([](Connection& c) {
    c.execute("INSERT INTO extra(x) VALUES ('a')");
    EXPECT_EQ(c.query("SELECT id FROM extra").row(0).integer(0), 1);
  });
}

TEST(Migrate, ChangedMigrationIsRefused) {
  testing::TempDatabase db;
  auto migrations = bundled_migrations();
  migrations[0].sql += "\n-- edited";
  try {
    db->with_connection([&](Connection& c) { return migrate(c, migrations); });
    FAIL() << "a changed migration was accepted";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("changed after it was applied"), std::string::npos);
  }
}

TEST(Migrate, FailingMigrationLeavesNothingBehind) {
  testing::TempDatabase db;
  auto migrations = bundled_migrations();
  int next = migrations.back().version + 1;
  migrations.push_back({next, "good", "CREATE TABLE good (x TEXT)"});
  migrations.push_back({next + 1, "bad", "CREATE TABLE broken (x TEXT"});
  EXPECT_THROW(db->with_connection([&](Connection& c) { return migrate(c, migrations); }), DatabaseError);
  EXPECT_THROW(db->read([](Connection& c) { c.query("SELECT x FROM good"); }), DatabaseError);
  auto versions =
      db->read([](Connection& c) { return c.query("SELECT count(*) FROM schema_migrations").row(0).integer(0); });
  EXPECT_EQ(versions, static_cast<std::int64_t>(of_engine(db->engine()).size()));
}

}  // namespace
}  // namespace sen::db
