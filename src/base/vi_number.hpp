// Numbers as Vietnamese offices write them: "1.172,5" (dot groups thousands, comma is the
// decimal mark), and as machines write them: "1172.5".
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace sen {

enum class NumberStyle { vietnamese, plain };

// `value` rounded to `decimals` places in Vietnamese style; trailing zeros after the comma
// are dropped ("152" not "152,0") unless keep_zeros.
std::string format_vi(double value, int decimals, bool keep_zeros = false);

// The decimals format_vi(value, decimals) shows: trailing zeros dropped ("152,0" → 0, "1.172,50" → 1),
// so that a spreadsheet's number format prints a figure as the text does.
int shown_decimals(double value, int decimals);

// Parses one number in the given style; nullopt for anything else ("1,172.5" in Vietnamese
// style, misplaced group separators, letters, empty text). Leading '-' allowed.
std::optional<double> parse_number(std::string_view text, NumberStyle style);

}  // namespace sen
