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

TEST(Match, EachWordMustStartAWordAsInTheIndex) {
  EXPECT_GT(score_of("giai ng", "Tiến độ giải ngân"), 0) << "the beginning of a word";
  EXPECT_GT(score_of("ngan", "“Giải ngân” vốn"), 0) << "after a quotation mark";
  EXPECT_GT(score_of("von", "giải ngân (vốn ODA)"), 0) << "after an ASCII sign";
  // A record read apart from the index (changed since it caught up) matches no more than the index.
  EXPECT_EQ(score_of("ke", "Kiểm tra"), 0) << "inside a word";
  EXPECT_EQ(score_of("an", "giải ngân"), 0) << "the end of a word";
  EXPECT_EQ(score_of("ngan", "ωngân"), 0) << "after a letter outside ASCII";
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

TEST(Match, ASnippetOfTextWithoutSpacesStaysShort) {
  std::string run = "zzlong" + std::string(2'000'000, 'x');
  auto s = snippet(run, query_words("zzlong"));
  EXPECT_LE(s.size(), 410u);
  EXPECT_EQ(s.substr(0, 6), "zzlong");
  EXPECT_EQ(s.substr(s.size() - 3), "…");
  std::string vietnamese;
  for (int i = 0; i < 100; ++i) vietnamese += "đồng";
  auto v = snippet(vietnamese, query_words("dong"));
  EXPECT_LE(v.size(), 64u);
  auto kept = v.substr(0, v.size() - std::string("…").size());
  EXPECT_EQ(vietnamese.substr(0, kept.size()), kept);
  EXPECT_NE(static_cast<unsigned char>(vietnamese[kept.size()]) & 0xC0, 0x80) << "cut between two characters";
}

TEST(Match, PunctuationOutsideAsciiSeparatesTheWordsOfAQuery) {
  using Words = std::vector<std::string>;
  EXPECT_EQ(query_words("“giải ngân”"), (Words{"giai", "ngan"}));
  EXPECT_EQ(query_words("giải–ngân…"), (Words{"giai", "ngan"}));
  EXPECT_EQ(query_words("giải\u00A0ngân。"), (Words{"giai", "ngan"}));
  EXPECT_EQ(query_words("«Thành Sen»"), (Words{"thanh", "sen"}));
  EXPECT_GT(score_of("“giải ngân”", "Giải ngân vốn đầu tư công"), 0);
}

}  // namespace
}  // namespace sen::search
