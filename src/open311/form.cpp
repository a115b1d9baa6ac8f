#include "open311/form.hpp"

#include <algorithm>

#include "base/error.hpp"
#include "base/text.hpp"
#include "open311/messages.hpp"

namespace sen::open311 {

namespace {

// A field name of the spec, or attribute[code]: printable ASCII.
bool plain_name(std::string_view name) {
  return !name.empty() && name.size() <= 200 &&
         std::all_of(name.begin(), name.end(), [](char ch) { return ch > 0x20 && ch < 0x7F; });
}

int hex_value(char ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
  return -1;
}

// A name or value of a form: "+" is a space, "%XX" a byte; any other character stands for itself
// (clients send "attribute[code]" unescaped, as the spec's example does).
std::string decoded(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%') {
      int hi = i + 2 < text.size() ? hex_value(text[i + 1]) : -1, lo = hi < 0 ? -1 : hex_value(text[i + 2]);
      if (lo < 0) throw messages::error<"open311.form_percent_encoding">("body");
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

std::optional<std::string> received_field(std::string_view field, std::string_view value, std::size_t max_chars,
                                          Lines lines) {
  if (trim(value).empty()) return std::nullopt;
  return received_text(value, field, max_chars, lines);
}

Form Form::parse(std::string_view body) {
  Form form;
  std::size_t at = 0;
  while (at < body.size()) {
    auto end = body.find('&', at);
    if (end == std::string_view::npos) end = body.size();
    auto pair = body.substr(at, end - at);
    at = end + 1;
    if (pair.empty()) continue;
    auto eq = pair.find('=');
    std::string key = decoded(pair.substr(0, eq));
    std::string value = eq == std::string_view::npos ? "" : decoded(pair.substr(eq + 1));
    if (!plain_name(key)) throw messages::error<"open311.form_name_not_ascii">("body");
    constexpr std::string_view kAttribute = "attribute[";
    if (key.rfind(kAttribute, 0) == 0) {
      std::string_view rest = std::string_view(key).substr(kAttribute.size());  // "code]" or "code][]"
      bool many = rest.ends_with("][]");
      std::string code(rest.substr(0, rest.size() - (many ? 3 : 1)));
      if ((!many && !rest.ends_with("]")) || code.empty() || code.find_first_of("[]") != std::string::npos) {
        throw messages::error<"open311.form_attribute_name">("body", key);
      }
      auto& values = form.attributes_[code];
      if (!many && !values.empty()) {
        throw messages::error<"open311.field_twice">(key, key);
      }
      if (!value.empty()) values.push_back(std::move(value));
      continue;
    }
    if (!form.fields_.emplace(key, std::move(value)).second) {
      throw messages::error<"open311.field_twice">(key, key);
    }
  }
  return form;
}

std::optional<std::string> Form::line(std::string_view name, std::size_t max_chars) const {
  auto it = fields_.find(name);
  if (it == fields_.end()) return std::nullopt;
  return received_field(name, it->second, max_chars, Lines::one);
}

std::optional<std::string> Form::text(std::string_view name, std::size_t max_chars) const {
  auto it = fields_.find(name);
  if (it == fields_.end()) return std::nullopt;
  return received_field(name, it->second, max_chars, Lines::many);
}

void Form::allow_only(std::initializer_list<std::string_view> known) const {
  for (const auto& [key, value] : fields_) {
    bool ok = false;
    for (auto k : known) ok = ok || k == key;
    if (!ok) {
      throw messages::error<"open311.unknown_field">(key, key);
    }
  }
}

}  // namespace sen::open311
