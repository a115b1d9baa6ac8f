#include "audit/audit.hpp"

#include <gtest/gtest.h>

#include "auth/secrets.hpp"
#include "testing/temp_database.hpp"

namespace sen::audit {
namespace {

class AuditTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_->write([](db::Connection& c) {
      for (int i = 1; i <= 4; ++i) {
        record(c, Actor{"lan", "10.0.0.1", "r" + std::to_string(i)}, "change", "unit", "436", {"436"},
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

TEST_F(AuditTest, ARowRewrittenWithoutTheKeyIsNamed) {
  // Whoever writes the database can recompute an unkeyed hash, but not the keyed one.
  db_->write([](db::Connection& c) {
    auto r = c.query("SELECT prev_hash, at, request_id FROM audit_log WHERE id = 4");
    Entry forged{4,
                 r.row(0).text(1),
                 "someone else",
                 "10.0.0.1",
                 r.row(0).text(2),
                 "change",
                 "unit",
                 "436",
                 std::string(R"({"name":"cũ 4"})"),
                 std::string(R"({"name":"mới 4"})"),
                 r.row(0).text(0),
                 "",
                 Where{"436"},
                 false};
    c.execute("UPDATE audit_log SET actor = $1, keyed = 0, hash = $2 WHERE id = 4",
              {forged.actor, auth::content_hash(forged.prev_hash)});
  });
  auto v = verify_now();
  ASSERT_TRUE(v.first_broken);
  EXPECT_EQ(*v.first_broken, 4);
}

TEST_F(AuditTest, AnAnchorFindsARemovedTail) {
  auto a = db_->read([](db::Connection& c) { return anchor(c); });
  EXPECT_EQ(a.rows, 4u);
  auto parsed = Anchor::parse(a.text());
  ASSERT_TRUE(parsed);
  EXPECT_FALSE(db_->read([&](db::Connection& c) { return verify(c, parsed); }).anchor_missing);
  db_->write([](db::Connection& c) { c.execute("DELETE FROM audit_log WHERE id >= 3"); });
  auto without_anchor = verify_now();
  EXPECT_FALSE(without_anchor.first_broken);  // what is left is a valid chain…
  auto v = db_->read([&](db::Connection& c) { return verify(c, parsed); });
  EXPECT_TRUE(v.anchor_missing);  // …but the anchor knows there were four rows
  EXPECT_NE(v.reason.find("removed"), std::string::npos);
  EXPECT_FALSE(Anchor::parse("4:abc"));
  EXPECT_FALSE(Anchor::parse(":" + std::string(64, 'a')));
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
