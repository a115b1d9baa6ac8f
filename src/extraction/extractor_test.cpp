#include "extraction/extractor.hpp"

#include <gtest/gtest.h>

#include "base/text.hpp"
#include "demo/tables.hpp"
#include "extraction/tokens.hpp"

namespace sen::extraction {
namespace {

// The demo's catalogue with its words, as the demo database holds it.
std::vector<CatalogueEntry> demo_catalogue() {
  std::vector<CatalogueEntry> out;
  auto split = [](const std::string& s) {
    std::vector<std::string> parts;
    for (std::size_t at = 0; !s.empty() && at <= s.size();) {
      auto bar = s.find('|', at);
      parts.push_back(s.substr(at, bar == std::string::npos ? std::string::npos : bar - at));
      if (bar == std::string::npos) break;
      at = bar + 1;
    }
    return parts;
  };
  auto words = demo::read_table("data/demo/indicator_words.csv");
  for (const auto& r : demo::read_table("data/demo/indicators.csv")) {
    CatalogueEntry e{r.at("code"), r.at("name"), r.at("measure"), std::stoi(r.at("decimals")), {}, {}};
    for (const auto& w : words) {
      if (w.at("indicator") == e.code) {
        e.names = split(w.at("names"));
        e.excluded = split(w.at("excluded"));
      }
    }
    out.push_back(std::move(e));
  }
  return out;
}

Proposals read(const std::string& text, const std::string& period = "2022") {
  return extract(text, demo_catalogue(), *Period::parse(period), "preliminary");
}

const Proposal* find(const Proposals& p, const std::string& indicator, const std::string& measure = "value") {
  for (const auto& i : p.items) {
    if (i.indicator == indicator && i.measure == measure) return &i;
  }
  return nullptr;
}

TEST(Extractor, ConvertsToTheIndicatorsUnitAndKeepsTheQuote) {
  std::string text = "Tổng thu ngân sách ước đạt 169.706 triệu đồng, bằng 152% kế hoạch tỉnh giao.";
  auto p = read(text);
  const auto* thu = find(p, "THU_NS");
  ASSERT_TRUE(thu);
  EXPECT_DOUBLE_EQ(thu->value, 169.706);
  EXPECT_EQ(thu->unit, "tỷ đồng");
  EXPECT_EQ(thu->vintage, "estimate");
  EXPECT_EQ(thu->quote, "Tổng thu ngân sách ước đạt 169.706 triệu đồng");
  EXPECT_EQ(thu->start, 0u);
  EXPECT_EQ(thu->end, utf8_length(thu->quote));
  const auto* pct = find(p, "THU_NS", "percent_of_plan");
  ASSERT_TRUE(pct);
  EXPECT_DOUBLE_EQ(pct->value, 152);
  EXPECT_EQ(pct->vintage, "estimate");
  EXPECT_EQ(pct->quote, "bằng 152% kế hoạch tỉnh giao");
}

TEST(Extractor, ReadsApproximationsAndExceedingThePlan) {
  auto p = read("Thu ngân sách nhà nước trên địa bàn ước đạt trên 1.380 tỷ, vượt 29,6% kế hoạch năm.");
  const auto* thu = find(p, "THU_NS");
  ASSERT_TRUE(thu);
  EXPECT_DOUBLE_EQ(thu->value, 1380);
  EXPECT_EQ(thu->approx, "over");
  const auto* pct = find(p, "THU_NS", "percent_of_plan");
  ASSERT_TRUE(pct);
  EXPECT_NEAR(pct->value, 129.6, 1e-9);
}

TEST(Extractor, ChangeOnLastYearOnlyAgainstTheYearBefore) {
  auto p = read("Thu ngân sách đạt 1.047,1 tỷ đồng, tăng 24% so với năm 2021. Thu ngân sách tăng 40% so với năm 2019.");
  const auto* change = find(p, "THU_NS", "change_on_last_year");
  ASSERT_TRUE(change);
  EXPECT_DOUBLE_EQ(change->value, 24);
  int changes = 0;
  for (const auto& i : p.items) changes += i.measure == "change_on_last_year";
  EXPECT_EQ(changes, 1);
}

TEST(Extractor, FiguresOfThingsOutsideTheCatalogueAreSuggestions) {
  auto p = read("Thu thuế ngoài quốc doanh đạt 120 tỷ đồng. Giá trị tăng thêm tăng 9,1%. Kiểm tra 6/8 tổ chức đảng.");
  EXPECT_TRUE(p.items.empty());
  ASSERT_EQ(p.suggestions.size(), 3u);
  EXPECT_EQ(p.suggestions[0].name, "Thu thuế ngoài quốc doanh");
  EXPECT_DOUBLE_EQ(p.suggestions[0].value, 120);
  EXPECT_EQ(p.suggestions[0].unit, "tỷ đồng");
  EXPECT_EQ(p.suggestions[2].as_written, "6/8 tổ chức đảng");
  EXPECT_DOUBLE_EQ(p.suggestions[2].value, 6);
}

TEST(Extractor, ExcludedWordsBlockANearName) {
  // "giải ngân" names the disbursement indicator, "giải ngân vốn vay" must not be taken for it.
  auto p = read("Giải ngân vốn vay ưu đãi được 12,5 tỷ đồng.");
  EXPECT_EQ(find(p, "GIAI_NGAN_DTC"), nullptr);
  EXPECT_EQ(p.suggestions.size(), 1u);
}

TEST(Extractor, AFractionOfACountBecomesAPercentage) {
  auto p = read("Có 1.654/1.752 hộ gia đình đạt danh hiệu gia đình văn hóa.");
  const auto* gd = find(p, "GIA_DINH_VH");
  ASSERT_TRUE(gd);
  EXPECT_DOUBLE_EQ(gd->value, 94.4);
}

TEST(Extractor, CountsOfTargetsMet) {
  auto p = read("Với nỗ lực cao, đến nay, 17/20 chỉ tiêu đạt và vượt kế hoạch. Ngày 6/8 tổ chức hội nghị.");
  ASSERT_EQ(p.counts.size(), 1u);
  EXPECT_EQ(p.counts[0].met, 17);
  EXPECT_EQ(p.counts[0].total, 20);
  EXPECT_TRUE(p.suggestions.empty());  // 6/8 after "ngày" is a date
}

TEST(Extractor, FiguresOfOtherPeriodsAndTargetsAreLeftOut) {
  std::string text =
      "TP đã trồng mới 23.000 cây xanh, lũy kế từ năm 2020 đến nay trồng được hơn 68.000 cây xanh.\n"
      "Năm 2023, phấn đấu trồng mới trên 25.000 cây xanh; thu ngân sách đạt 1.039 tỷ đồng.\n"
      "Ước cả năm, thu ngân sách đạt 1.200 tỷ đồng.";
  auto p = read(text, "2022-9M");
  ASSERT_EQ(p.items.size(), 1u);
  EXPECT_EQ(p.items[0].indicator, "TRONG_CAY");
  EXPECT_DOUBLE_EQ(p.items[0].value, 23000);
}

TEST(Extractor, DecomposedVietnameseIsRead) {
  // "Tổng thu ngân sách" with combining diacritics (NFD), as some editors write it.
  std::string text =
      "To\xCC\x82\xCC\x89ng thu nga\xCC\x82n sa\xCC\x81"
      "ch đạt 50 tỷ đồng.";
  auto p = read(text);
  const auto* thu = find(p, "THU_NS");
  ASSERT_TRUE(thu);
  EXPECT_DOUBLE_EQ(thu->value, 50);
  EXPECT_EQ(thu->quote, text.substr(0, text.size() - 1));
}

TEST(Extractor, EveryQuoteIsASpanOfTheText) {
  std::string text =
      "Năm 2022: tăng trưởng giá trị sản xuất đạt 11,67%; giải ngân vốn đầu tư công ước đạt 548.291 triệu "
      "đồng ( 90,2% kế hoạch). Kiểm tra 118 tổ chức đảng, 45 đảng viên.";
  auto p = read(text);
  auto check = [&](const Proposal& x) {
    // start and end count code points
    std::size_t b = 0, count = 0;
    for (; b < text.size() && count < x.start; ++b) count += (static_cast<unsigned char>(text[b]) & 0xC0) != 0x80;
    EXPECT_EQ(text.compare(b, x.quote.size(), x.quote), 0) << x.quote;
    EXPECT_EQ(x.end - x.start, utf8_length(x.quote));
  };
  for (const auto& x : p.items) check(x);
  for (const auto& x : p.suggestions) check(x);
  EXPECT_EQ(p.items.size(), 3u);
  EXPECT_EQ(p.suggestions.size(), 2u);
}

}  // namespace
}  // namespace sen::extraction
