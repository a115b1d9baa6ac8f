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

TEST(Migrate, AStepsResultThatNamesNoResultMovesIntoItsNote) {
  testing::TempDatabase db;  // 0024 already applied: it is run again on rows written after
  auto all = bundled_migrations();
  auto m = std::find_if(all.begin(), all.end(), [](const Migration& x) { return x.name == "petition_event_results"; });
  ASSERT_NE(m, all.end());
  db->write([&](Connection& c) {
    c.execute("INSERT INTO units(code, valid_from, illustrative, source) VALUES ('U', '2020-01-01', 1, 'test')");
    c.execute(
        "INSERT INTO petitions(tracking_code, channel, received_on, types, field, content, content_folded, "
        "handling_unit, created_by, created_at) VALUES ('T1', 'direct', '2022-01-03', 'kien_nghi', 'khac', 'x', 'x', "
        "'U', 't', '2022-01-03T00:00:00Z')");
    auto petition = c.query("SELECT id FROM petitions").row(0).integer(0);
    for (const auto& [note, result] : std::vector<std::pair<Value, Value>>{
             {nullptr, "khac"}, {"Đã trả lời", "xong"}, {"Quyết định", "dung"}, {nullptr, nullptr}}) {
      c.execute(
          "INSERT INTO petition_events(petition_id, kind, happened_on, note, result, recorded_by, recorded_at) "
          "VALUES ($1, 'accept', '2022-01-04', $2, $3, 't', '2022-01-04T00:00:00Z')",
          {petition, note, result});
    }
    c.execute_script(m->sql);
    auto r = c.query("SELECT note, result FROM petition_events ORDER BY id");
    ASSERT_EQ(r.size(), 4u);
    EXPECT_EQ(r.row(0).text(0), "(kết quả: khac)");
    EXPECT_TRUE(r.row(0).is_null(1));
    EXPECT_EQ(r.row(1).text(0), "Đã trả lời (kết quả: xong)");
    EXPECT_TRUE(r.row(1).is_null(1));
    EXPECT_EQ(r.row(2).text(0), "Quyết định");
    EXPECT_EQ(r.row(2).text(1), "dung");
    EXPECT_TRUE(r.row(3).is_null(0));
    EXPECT_TRUE(r.row(3).is_null(1));
  });
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
