#include "targets/formula.hpp"

#include <gtest/gtest.h>

#include "base/error.hpp"

namespace sen::targets {
namespace {

std::optional<double> eval(const char* text, std::map<std::string, double> values) {
  return Formula::parse(text).evaluate([&](const std::string& code) -> std::optional<double> {
    auto it = values.find(code);
    if (it == values.end()) return std::nullopt;
    return it->second;
  });
}

std::string error_of(const char* text) {
  try {
    Formula::parse(text);
  } catch (const Error& e) {
    EXPECT_EQ(e.field(), "formula");
    return e.message_en();
  }
  return "no error";
}

TEST(Formula, ComputesWithPrecedenceAndParentheses) {
  EXPECT_NEAR(*eval("GIAI_NGAN_DTC / KH_VON_DTC * 100", {{"GIAI_NGAN_DTC", 548291}, {"KH_VON_DTC", 607862}}), 90.2,
              0.01);
  EXPECT_EQ(*eval("1 + 2 * 3", {}), 7);
  EXPECT_EQ(*eval("(1 + 2) * 3", {}), 9);
  EXPECT_EQ(*eval("10 - 4 - 3", {}), 3);
  EXPECT_EQ(*eval("-A + 2", {{"A", 5}}), -3);
  EXPECT_EQ(*eval("A × 2 ÷ 4 − 1", {{"A", 10}}), 4);
  EXPECT_EQ(*eval("0.5 * A", {{"A", 3}}), 1.5);
}

TEST(Formula, NoValueWhenAReferenceIsMissingOrDividingByZero) {
  EXPECT_FALSE(eval("A / B", {{"A", 1}}));
  EXPECT_FALSE(eval("A / B", {{"A", 1}, {"B", 0}}));
}

TEST(Formula, ListsReferencesOnce) {
  auto f = Formula::parse("A + B * A - C");
  EXPECT_EQ(f.references(), (std::vector<std::string>{"A", "B", "C"}));
}

TEST(Formula, SyntaxErrorsNameThePosition) {
  EXPECT_NE(error_of("A + * B").find("position 5"), std::string::npos);
  EXPECT_NE(error_of("(A + B").find("position 7"), std::string::npos);
  EXPECT_NE(error_of("A B").find("position 3"), std::string::npos);
  EXPECT_NE(error_of("").find("empty"), std::string::npos);
  EXPECT_NE(error_of("1.2.3 * A").find("position 1"), std::string::npos);
  EXPECT_NE(error_of("A × # ").find("position 5"), std::string::npos);  // counted in characters
}

TEST(Formula, CyclesAreRefusedWithThePath) {
  std::map<std::string, std::vector<std::string>> refs{{"B", {"C"}}, {"C", {"A"}}, {"D", {}}};
  auto of = [&](const std::string& code) { return refs.count(code) ? refs[code] : std::vector<std::string>{}; };
  try {
    check_no_cycle("A", {"D", "B"}, of);
    FAIL() << "cycle not found";
  } catch (const Error& e) {
    EXPECT_EQ(e.message_en(), "The formula makes a cycle: A → B → C → A");
  }
  EXPECT_NO_THROW(check_no_cycle("A", {"D"}, of));
  EXPECT_THROW(check_no_cycle("A", {"A"}, of), Error);
}

}  // namespace
}  // namespace sen::targets
