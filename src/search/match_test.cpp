#include "search/match.hpp"

#include <gtest/gtest.h>

#include "base/text.hpp"

namespace sen::search {
namespace {

int score_of(std::string_view query, std::string_view title, std::string_view body = "") {
  return score(query_words(query), fold(title), fold(body));
}

TEST(Match, FindsWithAndWithoutDiacritics) {
  EXPECT_GT(score_of("giai ngan", "Tiến độ giải ngân vốn đầu tư công"), 0);
  EXPECT_GT(score_of("Thanh Sen", "Phường Thành Sen"), 0);
  EXPECT_GT(score_of("dong", "Tổng vốn 1.200 tỷ đồng"), 0);
  EXPECT_GT(score_of("ĐẢNG VIÊN", "kết nạp đảng viên mới"), 0);
  EXPECT_EQ(score_of("giai ngan xuan dieu", "Giải ngân dự án"), 0) << "every word must occur";
}

TEST(Match, RanksTheTitleAboveTheBodyAndTheWholeNameFirst) {
  int exact = score_of("thanh sen", "Thành Sen");
  int close = score_of("thanh sen", "Phường Thành Sen");
  int in_title = score_of("thanh sen", "Đường Thành Sen kéo dài");
  int in_body = score_of("thanh sen", "Đường giao thông", "đi qua phường Thành Sen");
  int scattered = score_of("thanh sen", "Đường giao thông", "Sen … thành phố");
  EXPECT_GT(exact, close);
  EXPECT_GT(close, in_title);
  EXPECT_GT(in_title, in_body);
  EXPECT_GT(in_body, scattered);
}

TEST(Match, TheSnippetShowsTheWordsAroundTheFirstMatch) {
  std::string text =
      "Một hai ba bốn năm sáu bảy tám chín mười mười một mười hai: dự án đường Xuân Diệu chậm giải ngân do "
      "vướng mặt bằng, đề nghị tháo gỡ trong quý IV.";
  auto s = snippet(text, query_words("giai ngan"), 10);
  EXPECT_EQ(s, "…Xuân Diệu chậm giải ngân do vướng mặt bằng, đề…");
  EXPECT_EQ(snippet("Ngắn gọn", query_words("khong co")), "Ngắn gọn");
  EXPECT_EQ(snippet("", query_words("x")), "");
}

}  // namespace
}  // namespace sen::search
