#include "open311/form.hpp"

#include <fmt/format.h>

#include "base/error.hpp"
#include "base/text.hpp"

namespace sen::open311 {

namespace {

// Whether `text` is well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool valid_utf8(std::string_view text) {
  static constexpr std::uint32_t kLeast[] = {0, 0x80, 0x800, 0x10000};
  std::size_t i = 0;
  while (i < text.size()) {
    auto byte = static_cast<unsigned char>(text[i]);
    std::size_t extra = 0;
    std::uint32_t cp = byte;
    if (byte >= 0x80) {
      if ((byte & 0xE0) == 0xC0)
        extra = 1, cp = byte & 0x1F;
      else if ((byte & 0xF0) == 0xE0)
        extra = 2, cp = byte & 0x0F;
      else if ((byte & 0xF8) == 0xF0)
        extra = 3, cp = byte & 0x07;
      else
        return false;
    }
    if (i + extra >= text.size() && extra > 0) return false;
    for (std::size_t k = 1; k <= extra; ++k) {
      auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (next & 0x3F);
    }
    if (cp < kLeast[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += extra + 1;
  }
  return true;
}

// C0 controls, DEL and the C1 controls (U+0080–U+009F, encoded C2 80–C2 9F).
bool control_at(std::string_view text, std::size_t i, bool multiline) {
  auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x20) return !(multiline && (byte == '\n' || byte == '\r' || byte == '\t'));
  if (byte == 0x7F) return true;
  return byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0;
}

Error invalid_form(std::string_view why_vi, std::string_view why_en) {
  return Error(ErrorKind::invalid, "open311.form", fmt::format("Nội dung không đúng dạng biểu mẫu: {}", why_vi),
               fmt::format("The body is not form-encoded: {}", why_en), "body");
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
      if (lo < 0) throw invalid_form("mã hóa phần trăm sai", "malformed percent-encoding");
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

std::string checked_text(std::string_view field, std::string_view value, std::size_t max_chars, bool multiline) {
  const std::string name(field);
  if (!valid_utf8(value)) {
    throw invalid_field(name, fmt::format("'{}' không phải văn bản UTF-8", name),
                        fmt::format("'{}' is not UTF-8 text", name));
  }
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (control_at(value, i, multiline)) {
      throw invalid_field(name, fmt::format("'{}' chứa ký tự điều khiển{}", name, multiline ? "" : " hoặc xuống dòng"),
                          fmt::format("'{}' holds a control character{}", name, multiline ? "" : " or a line break"));
    }
  }
  std::string text = trim(value);
  if (utf8_length(text) > max_chars) {
    throw invalid_field(name, fmt::format("'{}' dài quá {} ký tự", name, max_chars),
                        fmt::format("'{}' is longer than {} characters", name, max_chars));
  }
  return text;
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
    if (!valid_utf8(key)) throw invalid_form("tên trường không phải UTF-8", "a field name is not UTF-8");
    constexpr std::string_view kAttribute = "attribute[";
    if (key.rfind(kAttribute, 0) == 0) {
      std::string_view rest = std::string_view(key).substr(kAttribute.size());  // "code]" or "code][]"
      bool many = rest.ends_with("][]");
      std::string code(rest.substr(0, rest.size() - (many ? 3 : 1)));
      if ((!many && !rest.ends_with("]")) || code.empty() || code.find_first_of("[]") != std::string::npos) {
        throw invalid_form(fmt::format("tên trường '{}'", key), fmt::format("field name '{}'", key));
      }
      checked_text(key, code, 100, false);
      auto& values = form.attributes_[code];
      if (!many && !values.empty()) {
        throw invalid_field(key, fmt::format("Trường '{}' có hai lần", key),
                            fmt::format("Field '{}' is given twice", key));
      }
      if (!value.empty()) values.push_back(std::move(value));
      continue;
    }
    if (!form.fields_.emplace(key, std::move(value)).second) {
      throw invalid_field(key, fmt::format("Trường '{}' có hai lần", key),
                          fmt::format("Field '{}' is given twice", key));
    }
  }
  return form;
}

std::optional<std::string> Form::line(std::string_view name, std::size_t max_chars) const {
  auto it = fields_.find(name);
  if (it == fields_.end()) return std::nullopt;
  auto text = checked_text(name, it->second, max_chars, false);
  if (text.empty()) return std::nullopt;
  return text;
}

std::optional<std::string> Form::text(std::string_view name, std::size_t max_chars) const {
  auto it = fields_.find(name);
  if (it == fields_.end()) return std::nullopt;
  auto text = checked_text(name, it->second, max_chars, true);
  if (text.empty()) return std::nullopt;
  return text;
}

void Form::allow_only(std::initializer_list<std::string_view> known) const {
  for (const auto& [key, value] : fields_) {
    bool ok = false;
    for (auto k : known) ok = ok || k == key;
    if (!ok) {
      std::string shown = valid_utf8(key) && key.size() <= 100 ? key : "?";
      throw invalid_field(shown, fmt::format("Không có trường '{}' trong yêu cầu Open311", shown),
                          fmt::format("Open311 requests have no field '{}'", shown));
    }
  }
}

}  // namespace sen::open311
