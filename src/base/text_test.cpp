#include "base/text.hpp"

#include <gtest/gtest.h>

namespace sen {
namespace {

TEST(Text, FoldsVietnameseForSearch) {
  EXPECT_EQ(fold("Đảng viên"), "dang vien");
  EXPECT_EQ(fold("  Phường THẠCH   Quý, TP Hà Tĩnh! "), "phuong thach quy tp ha tinh");
  EXPECT_EQ(fold("Nguyễn Thị Ánh Tuyết"), "nguyen thi anh tuyet");
  EXPECT_EQ(fold("Ưu tiên Ỷ lại đĐ"), "uu tien y lai dd");
  EXPECT_EQ(fold(""), "");
}

TEST(Text, TrimAndLength) {
  EXPECT_EQ(trim("  a b  "), "a b");
  EXPECT_EQ(utf8_length("Hà Tĩnh"), 7u);
}

}  // namespace
}  // namespace sen
