// Reading the demo's CSV files (embedded in the binary): they ship with Sen, so a malformed one
// is a bug and throws.
#pragma once
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.hpp"
#include "base/model.hpp"

namespace sen::demo {

using Row = std::map<std::string, std::string>;

std::vector<Row> read_table(std::string_view path);
// The field, or nullopt when it is empty.
std::optional<std::string> optional(const std::string& s);
Date date(const std::string& iso);
std::optional<Date> optional_date(const std::string& s);
// Space-separated words: lists of codes in one field.
std::vector<std::string> split_words(const std::string& s);
// The described enum named by the field (a shipped file naming another is a bug: it throws).
template <class E>
E demo_enum(const std::string& name) {
  if (auto e = model::enum_from_text<E>(name)) return *e;
  throw std::logic_error("the demo names an unknown value '" + name + "'");
}

}  // namespace sen::demo
