#include "audit/audit.hpp"

#include <gtest/gtest.h>

#include "testing/temp_database.hpp"

namespace sen::audit {
namespace {

class AuditTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_->write([](db::Connection& c) {
      for (int i = 1; i <= 4; ++i) {
        record(c, Actor{"lan", "10.0.0.1", "r" + std::to_string(i)}, "change", "unit", "436",
               {{"name", "cũ " + std::to_string(i)}}, {{"name", "mới " + std::to_string(i)}});
      }
    });
  }
  Verification verify_now() {
    return db_->read([](db::Connection& c) { return verify(c); });
  }
  testing::TempDatabase db_;
};

TEST_F(AuditTest, AnIntactChainVerifies) {
  auto v = verify_now();
  EXPECT_FALSE(v.first_broken);
  EXPECT_EQ(v.rows, 4u);
  EXPECT_EQ(v.head.size(), 64u);
}

TEST_F(AuditTest, AnAlteredRowIsNamed) {
  db_->write([](db::Connection& c) { c.execute("UPDATE audit_log SET actor = 'someone else' WHERE id = 3"); });
  auto v = verify_now();
  ASSERT_TRUE(v.first_broken);
  EXPECT_EQ(*v.first_broken, 3);
}

TEST_F(AuditTest, ARemovedRowIsFoundAtTheNextOne) {
  db_->write([](db::Connection& c) { c.execute("DELETE FROM audit_log WHERE id = 2"); });
  auto v = verify_now();
  ASSERT_TRUE(v.first_broken);
  EXPECT_EQ(*v.first_broken, 3);
  EXPECT_NE(v.reason.find("removed"), std::string::npos);
}

TEST_F(AuditTest, ListFiltersNewestFirst) {
  auto rows = db_->read([](db::Connection& c) {
    Filter f;
    f.actor = "lan";
    f.limit = 2;
    return list(c, f);
  });
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].request_id, "r4");
  EXPECT_EQ(rows[1].request_id, "r3");
}

}  // namespace
}  // namespace sen::audit
