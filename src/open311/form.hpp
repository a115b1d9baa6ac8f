// The fields of an Open311 POST: a form-encoded body (application/x-www-form-urlencoded), read with
// the limits of the JSON intake. The spec treats an empty field as an absent one; so does Form.
#pragma once
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/received_text.hpp"

namespace sen::open311 {

class Form {
 public:
  // Error invalid naming "body" when the body is not form-encoded or a field name is not printable
  // ASCII, or naming a field given twice (only attribute[code][] may repeat: a multivaluelist).
  static Form parse(std::string_view body);

  // A one-line field as received_field() reads it; nullopt when absent.
  std::optional<std::string> line(std::string_view name, std::size_t max_chars) const;
  // The same for text that may hold line breaks and tabs.
  std::optional<std::string> text(std::string_view name, std::size_t max_chars) const;
  // Error naming the first field that is not in `known`; attribute[…] fields are always known.
  void allow_only(std::initializer_list<std::string_view> known) const;
  // attribute[code]=value and attribute[code][]=value, by code, values in order (empty ones dropped).
  // (A temporary form gives its attributes by value: no reference into it can outlive it.)
  const std::map<std::string, std::vector<std::string>>& attributes() const& { return attributes_; }
  std::map<std::string, std::vector<std::string>> attributes() && { return std::move(attributes_); }

 private:
  std::map<std::string, std::string, std::less<>> fields_;
  std::map<std::string, std::vector<std::string>> attributes_;
};

// A form field or a query parameter: nullopt when empty or blank (the spec treats it as absent),
// otherwise received_text() — trimmed, NFC, bounded, without control characters (line breaks and
// tabs only with Lines::many); Error naming `field` otherwise.
std::optional<std::string> received_field(std::string_view field, std::string_view value, std::size_t max_chars,
                                          Lines lines);

}  // namespace sen::open311
