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

namespace sen::open311 {

class Form {
 public:
  // Error invalid naming "body" when the body is not form-encoded, or naming a field given twice
  // (only attribute[code][] may repeat: the values of a multivaluelist).
  static Form parse(std::string_view body);

  // A one-line field, trimmed; nullopt when absent or empty. Error naming it when it is not UTF-8,
  // holds a control character, or is longer than `max_chars` characters.
  std::optional<std::string> line(std::string_view name, std::size_t max_chars) const;
  // The same for text that may hold line breaks and tabs.
  std::optional<std::string> text(std::string_view name, std::size_t max_chars) const;
  // Error naming the first field that is not in `known`; attribute[…] fields are always known.
  void allow_only(std::initializer_list<std::string_view> known) const;
  // attribute[code]=value and attribute[code][]=value, by code, values in order (empty ones dropped).
  const std::map<std::string, std::vector<std::string>>& attributes() const { return attributes_; }

 private:
  std::map<std::string, std::string, std::less<>> fields_;
  std::map<std::string, std::vector<std::string>> attributes_;
};

// `value` trimmed, for the field `field`; Error naming it when not UTF-8, longer than `max_chars`
// characters, or holding a control character (line breaks and tabs too unless `multiline`).
std::string checked_text(std::string_view field, std::string_view value, std::size_t max_chars, bool multiline);

}  // namespace sen::open311
