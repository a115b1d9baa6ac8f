// A number and what it counts, as reports write them: "1.172,5 tỷ đồng", "5 tỷ 840 triệu đồng",
// "90,2%", "122,67 ha", "23.000 cây xanh", "6/8 tổ chức", "68,4 triệu đồng/người/năm".
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extraction/tokens.hpp"

namespace sen::extraction {

enum class Dimension { money, foreign_money, percent, points, area, length, mass, count };

struct Quantity {
  Dimension dimension = Dimension::count;
  double amount = 0;              // in đồng, %, points, ha, km, tấn, or things counted
  double scale = 1;               // amount ÷ scale is the number as written ("tỷ đồng": 10⁹)
  std::vector<std::string> per;   // folded words after each '/': "/người/năm" → {"nguoi", "nam"}
  std::vector<std::string> noun;  // count: folded words of what is counted, up to 3
  std::optional<double> of;       // a fraction's denominator: "6/8 tổ chức" → 8
  std::size_t end = 0;            // the first token after the number and its unit
};

// Reads the quantity whose number is tokens[at]. nullopt for a number that states no figure: a
// bare number ("khóa 6"), a date ("27/12"), a document number ("36/2021/NQ-HĐND").
std::optional<Quantity> read_quantity(const std::vector<Token>& tokens, std::size_t at);

// The dimension and scale of an indicator's unit of measure: "tỷ đồng" → money, 10⁹; "%";
// "cây" → count of "cay". nullopt when it is not understood.
std::optional<Quantity> measure_of(std::string_view measure);

// `q` in the unit `measure`, or nullopt when it does not convert (ha to tỷ đồng, a per-head
// amount to a per-hectare one). A fraction of a count becomes a percentage, rounded to
// `decimals`; a count is not checked for what it counts (the caller does).
std::optional<double> convert(const Quantity& q, const Quantity& measure, int decimals);

// Whether a folded word cannot begin the name of what is counted (verbs, prepositions).
bool is_function_word(std::string_view folded);

}  // namespace sen::extraction
