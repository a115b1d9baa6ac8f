#include "extraction/multipart.hpp"

#include <gtest/gtest.h>

#include "base/error.hpp"

namespace sen::extraction {
namespace {

TEST(Multipart, ReadsFieldsAndAFileWithItsName) {
  std::string body =
      "--XyZ\r\nContent-Disposition: form-data; name=\"unit\"\r\n\r\n436\r\n"
      "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"báo cáo.txt\"\r\n"
      "Content-Type: text/plain\r\n\r\nDòng 1\r\nDòng 2\r\n--XyZ--\r\n";
  auto parts = parse_multipart("multipart/form-data; boundary=XyZ", body);
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].name, "unit");
  EXPECT_EQ(parts[0].content, "436");
  EXPECT_EQ(parts[1].filename, "báo cáo.txt");
  EXPECT_EQ(parts[1].content, "Dòng 1\r\nDòng 2");
  EXPECT_TRUE(is_multipart("Multipart/Form-Data; boundary=\"XyZ\""));
}

TEST(Multipart, AMalformedBodyIsAnErrorNamingTheBody) {
  for (const char* body : {"no delimiter", "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated"}) {
    try {
      parse_multipart("multipart/form-data; boundary=XyZ", body);
      FAIL() << body;
    } catch (const Error& e) {
      EXPECT_EQ(e.field(), "body");
    }
  }
}

}  // namespace
}  // namespace sen::extraction
