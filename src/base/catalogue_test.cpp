#include "base/catalogue.hpp"

#include <gtest/gtest.h>

namespace sen {
namespace {

inline constexpr Message kSample[] = {
    {"sample.code_taken", ErrorKind::conflict, "Mã '{}' đã có", "Code '{}' is taken"},
    {"sample.deadline", ErrorKind::invalid, "Hạn mới phải sau {} ({} đồng)",
     "The new deadline must be after {} ({} đồng)"},
    {"sample.braces", ErrorKind::invalid, "Dùng {{tên}} cho {}", "Use {{name}} for {}"},
};
using sample = Catalogue<kSample>;

TEST(Catalogue, AnErrorTakesItsCodeKindAndTextsFromTheCatalogue) {
  Error e = sample::error<"sample.code_taken">("code", std::string("UBND"));
  EXPECT_EQ(e.code(), "sample.code_taken");
  EXPECT_EQ(e.kind(), ErrorKind::conflict);
  EXPECT_EQ(e.field(), "code");
  EXPECT_EQ(e.message_vi(), "Mã 'UBND' đã có");
  EXPECT_EQ(e.message_en(), "Code 'UBND' is taken");
}

TEST(Catalogue, EachTextWritesDatesAndLocalizedValuesInItsOwnWay) {
  Error e = sample::error<"sample.deadline">("deadline", *Date::parse("2022-12-27"), Localized{"1.172.500", "1172500"});
  EXPECT_EQ(e.message_vi(), "Hạn mới phải sau 27/12/2022 (1.172.500 đồng)");
  EXPECT_EQ(e.message_en(), "The new deadline must be after 2022-12-27 (1172500 đồng)");
}

TEST(Catalogue, ADetailKeepsItsCodeAndBecomesAnErrorAgain) {
  ErrorDetail d = sample::detail<"sample.code_taken">("code", 7, std::string("X"));
  EXPECT_EQ(d.line, 7);
  EXPECT_EQ(d.code, "sample.code_taken");
  Error e = Error::of(d);
  EXPECT_EQ(e.code(), "sample.code_taken");
  EXPECT_EQ(e.kind(), ErrorKind::invalid);
  EXPECT_EQ(e.message_vi(), "Mã 'X' đã có");
  EXPECT_EQ(e.as_detail("other", 3).code, "sample.code_taken");
}

TEST(Catalogue, CountsReplacementFieldsNotEscapedBraces) {
  EXPECT_EQ(format_arguments("Dùng {{tên}} cho {}"), 1);
  EXPECT_EQ(format_arguments("{} từ {:04X} đến {}"), 3);
  EXPECT_EQ(sample::error<"sample.braces">("", 5).message_en(), "Use {name} for 5");
  constexpr Message repeated[] = {{"a", ErrorKind::invalid, "x", "y"}, {"a", ErrorKind::invalid, "z", "w"}};
  constexpr Message uneven[] = {{"a", ErrorKind::invalid, "{} x", "y"}};
  constexpr Message missing[] = {{"a", ErrorKind::invalid, "x", ""}};
  EXPECT_FALSE(complete(repeated));
  EXPECT_FALSE(complete(uneven));
  EXPECT_FALSE(complete(missing));
  EXPECT_TRUE(complete(kSample));
}

}  // namespace
}  // namespace sen
