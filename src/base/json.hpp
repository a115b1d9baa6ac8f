// Reading request bodies: every failure is a sen::Error that names the offending field.
#pragma once
#include <boost/json.hpp>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.hpp"
#include "base/limits.hpp"
#include "base/received_text.hpp"

namespace sen::json {

// The body parsed as a JSON object; Error(invalid, field "body") when it is not one.
boost::json::object parse_object(std::string_view body);

// Typed access to the fields of one JSON object. Absent and null are the same for optional_*.
class Fields {
 public:
  explicit Fields(const boost::json::object& object) : object_(object) {}

  // One line (a name, a code): no control characters. Strings are trimmed and NFC (received_text).
  std::string required_string(std::string_view name, std::size_t max_length = 500) const;
  std::optional<std::string> optional_string(std::string_view name, std::size_t max_length = 500) const;
  // Several lines (a content, a note): line breaks and tabs allowed.
  std::string required_text(std::string_view name, std::size_t max_length) const;
  std::optional<std::string> optional_text(std::string_view name, std::size_t max_length) const;
  // Integers and numbers from `min` to `max` (by default ±10¹⁵, what any amount or count fits in);
  // Error naming the field and the range otherwise.
  std::int64_t required_int(std::string_view name, std::int64_t min = -kLargest, std::int64_t max = kLargest) const;
  std::optional<std::int64_t> optional_int(std::string_view name, std::int64_t min = -kLargest,
                                           std::int64_t max = kLargest) const;
  std::optional<double> optional_number(std::string_view name, double min = -kLargest, double max = kLargest) const;
  // Dates within Sen's calendar, 1900-01-01 to 2100-12-31.
  Date required_date(std::string_view name) const;
  std::optional<Date> optional_date(std::string_view name) const;
  bool optional_bool(std::string_view name, bool default_value) const;
  std::vector<std::string> optional_string_array(std::string_view name) const;
  bool has(std::string_view name) const;
  // Refuses any field not listed: a misspelt field must not be silently ignored.
  void allow_only(const std::vector<std::string_view>& allowed) const;

 private:
  const boost::json::value* find(std::string_view name) const;
  std::optional<std::string> text_field(std::string_view name, std::size_t max_length, Lines lines) const;
  const boost::json::object& object_;
};

// The value as JSON text, numbers written as JavaScript writes them: 50, 55.2, 110.4 (never
// Boost's 5E1), the shortest decimal that reads back as the same double; exponent form only
// below 1e-7 or from 1e21 on; NaN and infinities as null. Strings are UTF-8 as given.
std::string serialize(const boost::json::value& value);

// JSON null when absent.
boost::json::value nullable(const std::optional<std::string>& s);
boost::json::value nullable(const std::optional<Date>& d);
boost::json::value nullable(const std::optional<double>& d);

}  // namespace sen::json
