#include "base/vi_number.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

namespace sen {

int shown_decimals(double value, int decimals) {
  auto text = format_vi(value, decimals);
  auto comma = text.find(',');
  return comma == std::string::npos ? 0 : static_cast<int>(text.size() - comma - 1);
}

std::string format_vi(double value, int decimals, bool keep_zeros) {
  std::string plain = fmt::format("{:.{}f}", std::abs(value), decimals);
  if (plain.find_first_not_of("0.") == std::string::npos) return keep_zeros ? plain : "0";
  auto dot = plain.find('.');
  std::string whole = plain.substr(0, dot);
  std::string fraction = dot == std::string::npos ? "" : plain.substr(dot + 1);
  if (!keep_zeros) {
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  }
  std::string out = value < 0 ? "-" : "";
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += '.';
    out += whole[i];
  }
  if (!fraction.empty()) out += "," + fraction;
  return out;
}

std::optional<double> parse_number(std::string_view text, NumberStyle style) {
  if (text.empty()) return std::nullopt;
  std::string canonical;
  bool negative = text.front() == '-';
  if (negative) text.remove_prefix(1);
  if (text.empty()) return std::nullopt;
  char group = style == NumberStyle::vietnamese ? '.' : '\0';
  char decimal = style == NumberStyle::vietnamese ? ',' : '.';
  auto comma = text.find(decimal);
  std::string_view whole = text.substr(0, comma);
  std::string_view fraction = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
  if (whole.empty() || (comma != std::string_view::npos && fraction.empty())) return std::nullopt;
  auto all_digits = [](std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
  };
  // Whole part: digits; when grouped, a first group of 1–3 digits and then groups of 3.
  if (group && whole.find(group) != std::string_view::npos) {
    std::size_t at = 0;
    for (bool first = true;; first = false) {
      auto next = whole.find(group, at);
      std::string_view chunk = whole.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at);
      if (!all_digits(chunk) || chunk.size() > 3 || (!first && chunk.size() != 3)) return std::nullopt;
      canonical += chunk;
      if (next == std::string_view::npos) break;
      at = next + 1;
    }
  } else {
    if (!all_digits(whole)) return std::nullopt;
    canonical += whole;
  }
  if (!fraction.empty() && !all_digits(fraction)) return std::nullopt;
  if (!fraction.empty()) canonical += "." + std::string(fraction);
  double v = 0;
  auto [p, ec] = std::from_chars(canonical.data(), canonical.data() + canonical.size(), v);
  if (ec != std::errc() || p != canonical.data() + canonical.size() || !std::isfinite(v)) return std::nullopt;
  return negative ? -v : v;
}

}  // namespace sen
