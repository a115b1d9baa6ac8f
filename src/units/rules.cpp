#include "units/rules.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/error.hpp"

namespace sen::units {

void check_code(const std::string& code, const std::string& field) {
  auto ok_char = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_' ||
           c == '.';
  };
  bool ok = !code.empty() && code.size() <= 32 && std::all_of(code.begin(), code.end(), ok_char) &&
            std::isalnum(static_cast<unsigned char>(code.front()));
  if (!ok) {
    throw invalid_field(field, fmt::format("Mã đơn vị '{}' không hợp lệ: 1–32 ký tự gồm chữ, số, '-', '_', '.'", code),
                        fmt::format("Unit code '{}' is invalid: 1–32 letters, digits, '-', '_', '.'", code));
  }
}

void check_kind(const std::string& kind) {
  if (std::find(kUnitKinds.begin(), kUnitKinds.end(), kind) != kUnitKinds.end()) return;
  std::string known;
  for (const auto& k : kUnitKinds) known += (known.empty() ? "" : ", ") + k;
  throw invalid_field("kind", fmt::format("Loại đơn vị '{}' không có; các loại: {}", kind, known),
                      fmt::format("Unknown unit kind '{}'; known kinds: {}", kind, known));
}

Date clamp_to_life(Date at, Date valid_from, const std::optional<Date>& valid_to) {
  if (at < valid_from) return valid_from;
  if (valid_to && at > *valid_to) return *valid_to;
  return at;
}

bool holds_on(Date at, Date from, const std::optional<Date>& to) {
  return from <= at && (!to || at <= *to);
}

}  // namespace sen::units
