#include "db/rows.hpp"

#include <gtest/gtest.h>

#include "testing/temp_database.hpp"

namespace sen::db {
namespace {

struct Pair {
  std::string code;
  std::optional<std::int64_t> amount;
  std::optional<Date> due;
  std::vector<std::string> not_a_column;
};
BOOST_DESCRIBE_STRUCT(Pair, (), (code, amount, due, not_a_column))

TEST(Rows, ReadByColumnNameWhateverTheOrder) {
  testing::TempDatabase db;
  auto rows = db->write([](Connection& c) {
    c.execute_script("CREATE TABLE pairs (due TEXT, code TEXT, amount BIGINT)");
    insert(c, "pairs", Pair{"A", 5, Date::parse("2026-12-31"), {"x"}});
    insert(c, "pairs", Pair{"B", std::nullopt, std::nullopt, {}});
    return read_all<Pair>(c.query("SELECT amount, due, code FROM pairs ORDER BY code"));
  });
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].code, "A");
  EXPECT_EQ(rows[0].amount, 5);
  EXPECT_EQ(rows[0].due->iso(), "2026-12-31");
  EXPECT_TRUE(rows[0].not_a_column.empty());
  EXPECT_EQ(rows[1].code, "B");
  EXPECT_FALSE(rows[1].amount);
  EXPECT_FALSE(rows[1].due);
}

TEST(Rows, AMissingColumnIsABugNamedAtOnce) {
  testing::TempDatabase db;
  db->write([](Connection& c) { c.execute_script("CREATE TABLE pairs (code TEXT)"); });
  auto r = db->read([](Connection& c) { return c.query("SELECT code FROM pairs"); });
  Result one{{"code"}, {{std::string("A")}}};
  EXPECT_THROW(read<Pair>(one.row(0)), std::logic_error);
  Result none{{"code"}, {}};
  EXPECT_THROW(read_all<Pair>(none), std::logic_error) << "even when no row came back";
}

TEST(Rows, ColumnsForInsertAndUpdate) {
  auto cols = columns(Pair{"A", 5, std::nullopt, {}}, {"due"});
  EXPECT_EQ(cols.list(), "code, amount");
  EXPECT_EQ(cols.placeholders(), "$1, $2");
  EXPECT_EQ(cols.assignments(2), "code = $2, amount = $3");
  EXPECT_EQ(column_values(Pair{"A", 5, std::nullopt, {}}, {"due"}), cols.values) << "the same values, without names";
  cols.rename("code", "pair_code");
  EXPECT_EQ(cols.list(), "pair_code, amount");
  EXPECT_THROW(cols.rename("nothing", "x"), std::logic_error);
}

TEST(Rows, ListBoundAfterTheParametersThere) {
  Params params{std::string("unit")};
  EXPECT_EQ(bind_all(params, {"A", "B"}), "$2, $3");
  EXPECT_EQ(params, (Params{std::string("unit"), std::string("A"), std::string("B")}));
  EXPECT_EQ(bind_all(params, {}), "");
}

}  // namespace
}  // namespace sen::db
