#include "units/rules.hpp"

#include <algorithm>

#include "base/error.hpp"
#include "units/messages.hpp"

namespace sen::units {

void check_code(const std::string& code, const std::string& field) {
  auto ok_char = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_' ||
           c == '.';
  };
  bool ok = !code.empty() && code.size() <= 32 && std::all_of(code.begin(), code.end(), ok_char) &&
            std::isalnum(static_cast<unsigned char>(code.front()));
  if (!ok) {
    throw messages::error<"unit.code_invalid">(field, code);
  }
}

UnitKind kind_named(std::string_view name) {
  if (auto kind = model::enum_from_text<UnitKind>(name)) return *kind;
  std::string known;
  for (auto k : model::enum_names<UnitKind>()) known += (known.empty() ? "" : ", ") + std::string(k);
  throw messages::error<"unit.kind_unknown">("kind", name, known);
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
