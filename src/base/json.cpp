#include "base/json.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "base/messages.hpp"
#include "base/received_text.hpp"
#include "base/vi_number.hpp"

namespace sen::json {

namespace bj = boost::json;

bj::object parse_object(std::string_view body) {
  boost::system::error_code ec;
  bj::value v = bj::parse(body, ec);
  if (ec) {
    throw messages::error<"malformed_json">("body", ec.message());
  }
  if (!v.is_object()) {
    throw messages::error<"json_not_object">("body");
  }
  return std::move(v.as_object());
}

namespace {

// The field `name` is not of the type `code` names.
template <Code code>
[[noreturn]] void wrong_type(std::string_view name) {
  throw messages::error<code>(std::string(name), name);
}

[[noreturn]] void out_of_range(std::string_view name, const std::string& min, const std::string& max) {
  throw messages::error<"field.out_of_range">(std::string(name), name, min, max);
}

[[noreturn]] void missing(std::string_view name) {
  throw messages::error<"field.missing">(std::string(name), name);
}

}  // namespace

const bj::value* Fields::find(std::string_view name) const {
  auto it = object_.find(name);
  if (it == object_.end() || it->value().is_null()) return nullptr;
  return &it->value();
}

bool Fields::has(std::string_view name) const {
  return find(name) != nullptr;
}

std::optional<std::string> Fields::text_field(std::string_view name, std::size_t max_length, Lines lines) const {
  const bj::value* v = find(name);
  if (!v) return std::nullopt;
  if (!v->is_string()) wrong_type<"field.not_string">(name);
  return received_text(v->as_string(), name, max_length, lines);
}

std::optional<std::string> Fields::optional_string(std::string_view name, std::size_t max_length) const {
  return text_field(name, max_length, Lines::one);
}

std::string Fields::required_string(std::string_view name, std::size_t max_length) const {
  auto s = optional_string(name, max_length);
  if (!s) missing(name);
  return *s;
}

std::optional<std::string> Fields::optional_text(std::string_view name, std::size_t max_length) const {
  return text_field(name, max_length, Lines::many);
}

std::string Fields::required_text(std::string_view name, std::size_t max_length) const {
  auto s = optional_text(name, max_length);
  if (!s) missing(name);
  return *s;
}

std::optional<std::int64_t> Fields::optional_int(std::string_view name, std::int64_t min, std::int64_t max) const {
  const bj::value* v = find(name);
  if (!v) return std::nullopt;
  if (!v->is_int64() && !v->is_uint64()) wrong_type<"field.not_integer">(name);
  bool inside = v->is_int64() ? v->as_int64() >= min && v->as_int64() <= max
                              : max >= 0 && v->as_uint64() <= static_cast<std::uint64_t>(max);
  if (!inside) out_of_range(name, fmt::format("{}", min), fmt::format("{}", max));
  return v->is_int64() ? v->as_int64() : static_cast<std::int64_t>(v->as_uint64());
}

std::int64_t Fields::required_int(std::string_view name, std::int64_t min, std::int64_t max) const {
  auto i = optional_int(name, min, max);
  if (!i) missing(name);
  return *i;
}

std::optional<double> Fields::optional_number(std::string_view name, double min, double max) const {
  const bj::value* v = find(name);
  if (!v) return std::nullopt;
  if (!v->is_number()) wrong_type<"field.not_number">(name);
  double d = v->to_number<double>();
  if (!std::isfinite(d) || d < min || d > max) out_of_range(name, format_vi(min, 0), format_vi(max, 0));
  return d;
}

std::optional<Date> Fields::optional_date(std::string_view name) const {
  const bj::value* v = find(name);
  if (!v) return std::nullopt;
  if (!v->is_string()) wrong_type<"field.not_date">(name);
  auto d = Date::parse(v->as_string());
  if (!d) {
    throw messages::error<"field.invalid_date">(std::string(name), name);
  }
  require_calendar_date(*d, name);
  return d;
}

Date Fields::required_date(std::string_view name) const {
  auto d = optional_date(name);
  if (!d) missing(name);
  return *d;
}

bool Fields::optional_bool(std::string_view name, bool default_value) const {
  const bj::value* v = find(name);
  if (!v) return default_value;
  if (!v->is_bool()) wrong_type<"field.not_boolean">(name);
  return v->as_bool();
}

std::vector<std::string> Fields::optional_string_array(std::string_view name) const {
  const bj::value* v = find(name);
  if (!v) return {};
  if (!v->is_array()) wrong_type<"field.not_string_array">(name);
  std::vector<std::string> out;
  for (const auto& item : v->as_array()) {
    if (!item.is_string()) wrong_type<"field.not_string_array">(name);
    out.push_back(received_text(item.as_string(), name, 500, Lines::one));
  }
  return out;
}

void Fields::allow_only(const std::vector<std::string_view>& allowed) const {
  for (const auto& kv : object_) {
    if (std::find(allowed.begin(), allowed.end(), kv.key()) == allowed.end()) {
      std::string_view key = kv.key();  // Boost 1.83's string_view is not formattable by fmt
      throw messages::error<"field.not_supported">(std::string(key), key);
    }
  }
}

bj::value nullable(const std::optional<std::string>& s) {
  return s ? bj::value(*s) : bj::value(nullptr);
}
bj::value nullable(const std::optional<Date>& d) {
  return d ? bj::value(d->iso()) : bj::value(nullptr);
}
bj::value nullable(const std::optional<double>& d) {
  return d ? bj::value(*d) : bj::value(nullptr);
}

namespace {

void write_number(double d, std::string& out) {
  if (!std::isfinite(d)) {
    out += "null";
    return;
  }
  if (d == 0) {
    out += '0';
    return;
  }
  char buf[64];  // the longest form: 21 digits before the point, or 17 digits and an exponent
  double magnitude = std::fabs(d);
  auto format = magnitude >= 1e-7 && magnitude < 1e21 ? std::chars_format::fixed : std::chars_format::scientific;
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d, format);
  out.append(buf, ec == std::errc() ? end : buf);
}

void write_string(std::string_view s, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t plain = 0;  // start of the run of characters written as they are
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + plain, i - plain);
    plain = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xf];
    }
  }
  out.append(s.data() + plain, s.size() - plain);
  out += '"';
}

void write(const bj::value& v, std::string& out) {
  switch (v.kind()) {
    case bj::kind::null:
      out += "null";
      break;
    case bj::kind::bool_:
      out += v.get_bool() ? "true" : "false";
      break;
    case bj::kind::int64:
      out += std::to_string(v.get_int64());
      break;
    case bj::kind::uint64:
      out += std::to_string(v.get_uint64());
      break;
    case bj::kind::double_:
      write_number(v.get_double(), out);
      break;
    case bj::kind::string:
      write_string(v.get_string(), out);
      break;
    case bj::kind::array: {
      out += '[';
      bool first = true;
      for (const auto& item : v.get_array()) {
        if (!first) out += ',';
        first = false;
        write(item, out);
      }
      out += ']';
      break;
    }
    case bj::kind::object: {
      out += '{';
      bool first = true;
      for (const auto& kv : v.get_object()) {
        if (!first) out += ',';
        first = false;
        write_string(kv.key(), out);
        out += ':';
        write(kv.value(), out);
      }
      out += '}';
      break;
    }
  }
}

}  // namespace

std::string serialize(const bj::value& value) {
  std::string out;
  write(value, out);
  return out;
}

}  // namespace sen::json
