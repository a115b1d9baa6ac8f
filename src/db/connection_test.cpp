// Behaviour every engine must share; runs on SQLite, and on PostgreSQL under SEN_TEST_PG_URL_FILE.
#include "db/connection.hpp"

#include <gtest/gtest.h>

#include "testing/temp_database.hpp"

namespace sen::db {
namespace {

TEST(Connection, RoundTripsTypesThroughNumberedParameters) {
  testing::TempDatabase db;
  db->write([](Connection& c) {
    c.execute_script("CREATE TABLE t (a TEXT, b BIGINT, c DOUBLE PRECISION, d TEXT)");
    EXPECT_EQ(
        c.execute("INSERT INTO t(a, b, c, d) VALUES ($3, $2, $1, NULL)", {1172.5, std::int64_t{548291}, "Hà Tĩnh"}), 1);
    auto r = c.query("SELECT a, b, c, d FROM t WHERE b = $1", {std::int64_t{548291}});
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r.row(0).text(0), "Hà Tĩnh");
    EXPECT_EQ(r.row(0).integer(1), 548291);
    EXPECT_DOUBLE_EQ(r.row(0).real(2), 1172.5);
    EXPECT_TRUE(r.row(0).is_null(3));
  });
}

TEST(Connection, ConstraintViolationsAreRecognisedAndRolledBack) {
  testing::TempDatabase db;
  db->write([](Connection& c) { c.execute_script("CREATE TABLE k (a TEXT PRIMARY KEY)"); });
  EXPECT_THROW(db->write([](Connection& c) {
    c.execute("INSERT INTO k(a) VALUES ($1)", {"x"});
    c.execute("INSERT INTO k(a) VALUES ($1)", {"x"});
  }),
               ConstraintViolation);
  EXPECT_EQ(db->read([](Connection& c) { return c.query("SELECT count(*) FROM k").row(0).integer(0); }), 0);
}

TEST(Connection, AppendsRowsWithTextThatCopyMustEscape) {
  testing::TempDatabase db;
  const std::vector<Params> rows = {{"tab\there", std::int64_t{1}, 0.1},
                                    {"line\nbreak\r\\N and \\", std::int64_t{-2}, nullptr},
                                    {nullptr, std::int64_t{3}, 1e20}};
  db->write([&](Connection& c) {
    c.execute_script("CREATE TABLE t (a TEXT, b BIGINT, c DOUBLE PRECISION)");
    c.append("t", {"a", "b", "c"}, rows.size(), [&](std::size_t i) { return rows[i]; });
  });
  auto r = db->read([](Connection& c) { return c.query("SELECT a, b, c FROM t ORDER BY b"); });
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r.row(0).text(0), "line\nbreak\r\\N and \\");
  EXPECT_TRUE(r.row(0).is_null(2));
  EXPECT_EQ(r.row(1).text(0), "tab\there");
  EXPECT_DOUBLE_EQ(r.row(1).real(2), 0.1);
  EXPECT_TRUE(r.row(2).is_null(0));
  EXPECT_DOUBLE_EQ(r.row(2).real(2), 1e20);
}

TEST(Connection, AnAppendThatBreaksAConstraintLeavesNoRow) {
  testing::TempDatabase db;
  db->write([](Connection& c) { c.execute_script("CREATE TABLE k (a TEXT PRIMARY KEY)"); });
  const std::vector<Params> rows = {{"x"}, {"y"}, {"x"}};
  EXPECT_THROW(
      db->write([&](Connection& c) { c.append("k", {"a"}, rows.size(), [&](std::size_t i) { return rows[i]; }); }),
      ConstraintViolation);
  // The connection is usable again, and nothing was written.
  EXPECT_EQ(db->read([](Connection& c) { return c.query("SELECT count(*) FROM k").row(0).integer(0); }), 0);
}

}  // namespace
}  // namespace sen::db
