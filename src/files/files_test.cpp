#include "files/files.hpp"

#include <gtest/gtest.h>

#include "base/error.hpp"
#include "base/text.hpp"
#include "testing/temp_database.hpp"

namespace sen::files {
namespace {

class FilesTest : public ::testing::Test {
 protected:
  Upload upload(std::string name, std::string bytes) {
    return Upload{"petition", "1", std::move(name), std::move(bytes), "tester"};
  }
  testing::TempDatabase db_;
};

TEST_F(FilesTest, KeepsTheBytesOnceAndReadsTheirText) {
  db_->write([&](db::Connection& c) {
    auto a = attach(c, upload("Đơn thư.txt", "Đề nghị giải ngân vốn\n"), 1000);
    auto b = attach(c, upload("C:\\scans\\bản sao.txt", "Đề nghị giải ngân vốn\n"), 1000);
    EXPECT_EQ(a.sha256, b.sha256);
    EXPECT_EQ(a.sha256, sha256_hex("Đề nghị giải ngân vốn\n"));
    EXPECT_EQ(b.name, "bản sao.txt");
    EXPECT_EQ(bytes(c, b), "Đề nghị giải ngân vốn\n");
    EXPECT_EQ(trim(text(c, a)), "Đề nghị giải ngân vốn");
    // One row for the bytes, besides the empty one of uploads deleted before a record took them.
    EXPECT_EQ(c.query("SELECT COUNT(*) FROM file_contents WHERE sha256 <> ''").row(0).integer(0), 1);
    ASSERT_EQ(of_record(c, "petition", "1").size(), 2u);

    remove(c, a, "tester");
    EXPECT_EQ(of_record(c, "petition", "1").size(), 1u);
    EXPECT_THROW(get(c, a.id), Error);
    EXPECT_THROW(remove(c, a, "tester"), Error);
  });
}

TEST_F(FilesTest, RefusesTooLargeEmptyAndDisallowedFiles) {
  db_->write([&](db::Connection& c) {
    try {
      attach(c, upload("big.txt", std::string(1001, 'a')), 1000);
      FAIL();
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::too_large);
      EXPECT_EQ(e.field(), "file");
    }
    try {
      attach(c, upload("virus.pdf", std::string("MZ\x90\0", 4)), 1000);
      FAIL();
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), "file.type");
    }
    EXPECT_THROW(attach(c, upload("empty.txt", ""), 1000), Error);
    EXPECT_EQ(c.query("SELECT COUNT(*) FROM files").row(0).integer(0), 0);
  });
}

}  // namespace
}  // namespace sen::files
