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

TEST(Text, UpperCasesVietnamese) {
  EXPECT_EQ(upper_vi("Thành phố Hà Tĩnh"), "THÀNH PHỐ HÀ TĨNH");
  EXPECT_EQ(upper_vi("đảng ủy phường Thạch Quý"), "ĐẢNG ỦY PHƯỜNG THẠCH QUÝ");
  EXPECT_EQ(upper_vi("ữ ỳ ặ ộ ơ ư"), "Ữ Ỳ Ặ Ộ Ơ Ư");
  EXPECT_EQ(upper_vi("ĐÃ HOA 12"), "ĐÃ HOA 12");
}

}  // namespace
}  // namespace sen
