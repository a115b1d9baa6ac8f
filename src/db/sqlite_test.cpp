#include "db/sqlite.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "db/database.hpp"
#include "db/migrate.hpp"

namespace sen::db {
namespace {

// A migrated SQLite database in a temporary directory, whatever engine the other tests use.
class SqliteFile {
 public:
  SqliteFile() {
    char pattern[] = "/tmp/sen-sqlite-XXXXXX";
    dir_ = mkdtemp(pattern);
    db_ = Database::open(dir_ + "/sen.db", true, 2);
    db_->with_connection([](Connection& c) { return migrate(c, bundled_migrations()); });
  }
  ~SqliteFile() {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }
  Database* operator->() { return db_.get(); }

 private:
  std::string dir_;
  std::unique_ptr<Database> db_;
};

TEST(Sqlite, BindsNumberedParametersAndReadsTypes) {
  SqliteFile db;
  db->write([](Connection& c) {
    c.execute_script("CREATE TABLE t (a TEXT, b BIGINT, c DOUBLE PRECISION, d TEXT)");
    // $2 used twice, parameters given out of textual order.
    EXPECT_EQ(c.execute("INSERT INTO t VALUES ($3, $2, $1, $2)", {2.5, std::int64_t{42}, "Hà Tĩnh"}), 1);
    auto r = c.query("SELECT a, b, c, d, NULL FROM t WHERE b = $1", {std::int64_t{42}});
    ASSERT_EQ(r.size(), 1u);
    auto row = r.row(0);
    EXPECT_EQ(row.text(0), "Hà Tĩnh");
    EXPECT_EQ(row.integer(1), 42);
    EXPECT_DOUBLE_EQ(row.real(2), 2.5);
    EXPECT_EQ(row.text(3), "42");
    EXPECT_TRUE(row.is_null(4));
    EXPECT_FALSE(row.optional_text(4));
  });
}

TEST(Sqlite, AFailedTransactionWritesNothing) {
  SqliteFile db;
  db->write([](Connection& c) { c.execute_script("CREATE TABLE t (a TEXT PRIMARY KEY)"); });
  EXPECT_THROW(db->write([](Connection& c) {
    c.execute("INSERT INTO t VALUES ($1)", {"one"});
    c.execute("INSERT INTO t VALUES ($1)", {"one"});  // violates the key
  }),
               ConstraintViolation);
  auto count = db->read([](Connection& c) { return c.query("SELECT count(*) FROM t").row(0).integer(0); });
  EXPECT_EQ(count, 0);
}

TEST(Sqlite, ForeignKeysAreEnforced) {
  SqliteFile db;
  EXPECT_THROW(db->write([](Connection& c) {
    c.execute("INSERT INTO unit_states(code, valid_from, name, kind) VALUES ('nowhere', '2020-01-01', 'x', 'ward')");
  }),
               ConstraintViolation);
}

TEST(Sqlite, MissingParameterIsAnError) {
  SqliteFile db;
  EXPECT_THROW(db->read([](Connection& c) { c.query("SELECT $1, $2", {std::int64_t{1}}); }), DatabaseError);
}

TEST(Sqlite, OpeningAMissingFileFailsWithoutCreatingIt) {
  EXPECT_THROW(open_sqlite("/tmp/sen-no-such-dir/x.db"), DatabaseError);
  EXPECT_FALSE(std::filesystem::exists("/tmp/sen-no-such-dir/x.db"));
}

}  // namespace
}  // namespace sen::db

namespace sen::db {
namespace {

TEST(Sqlite, AFullPoolIsWaitedForOnlyAsLongAsAsked) {
  char pattern[] = "/tmp/sen-pool-XXXXXX";
  std::string dir = mkdtemp(pattern);
  {
    SqliteOptions create;
    create.create = true;
    Pool pool([&] { return open_sqlite(dir + "/pool.db", create); }, 1);
    auto held = pool.acquire();
    bool unreachable = true;
    auto none = pool.try_acquire(std::chrono::milliseconds(50), unreachable);
    EXPECT_FALSE(none) << "the only connection is in use";
    EXPECT_FALSE(unreachable) << "busy is not unreachable: the replica is not skipped for it";
  }
  {
    Pool pool([&]() -> std::unique_ptr<Connection> { throw DatabaseError("refused"); }, 1);
    bool unreachable = false;
    EXPECT_FALSE(pool.try_acquire(std::chrono::milliseconds(50), unreachable));
    EXPECT_TRUE(unreachable);
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace sen::db
