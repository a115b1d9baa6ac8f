#include "files/disposition.hpp"

#include <fmt/format.h>

#include <cctype>

namespace sen::files {

namespace {

// RFC 5987 attr-char: letters, digits and !#$&+-.^_`|~ stay; every other byte is %XX.
std::string percent_encoded(std::string_view name) {
  constexpr std::string_view kKept = "!#$&+-.^_`|~";
  std::string out;
  for (unsigned char c : name) {
    if ((c < 0x80 && std::isalnum(c)) || kKept.find(static_cast<char>(c)) != std::string_view::npos) {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

std::string ascii_fallback(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size();) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    out += (length == 1 && c >= 0x20 && c < 0x7F && c != '"' && c != '\\') ? static_cast<char>(c) : '_';
    i += length;
  }
  return out;
}

}  // namespace

std::string content_disposition(std::string_view name, bool show_inline) {
  return fmt::format("{}; filename=\"{}\"; filename*=UTF-8''{}", show_inline ? "inline" : "attachment",
                     ascii_fallback(name), percent_encoded(name));
}

}  // namespace sen::files
