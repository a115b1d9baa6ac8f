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

// Parses one number in the given style; nullopt for anything else ("1,172.5" in Vietnamese
// style, misplaced group separators, letters, empty text). Leading '-' allowed.
std::optional<double> parse_number(std::string_view text, NumberStyle style);

}  // namespace sen
