#include "files/disposition.hpp"

#include <gtest/gtest.h>

namespace sen::files {
namespace {

TEST(Disposition, GivesTheVietnameseNameInUtf8AndAnAsciiFallback) {
  EXPECT_EQ(content_disposition("Báo cáo.pdf", false),
            "attachment; filename=\"B_o c_o.pdf\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf");
  EXPECT_EQ(content_disposition("scan.png", true), "inline; filename=\"scan.png\"; filename*=UTF-8''scan.png");
}

TEST(Disposition, QuotesAndSemicolonsCannotBreakTheHeader) {
  EXPECT_EQ(content_disposition("a\"b;c.txt", false),
            "attachment; filename=\"a_b;c.txt\"; filename*=UTF-8''a%22b%3Bc.txt");
}

}  // namespace
}  // namespace sen::files
