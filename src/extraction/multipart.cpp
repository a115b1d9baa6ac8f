#include "extraction/multipart.hpp"

#include <algorithm>
#include <cctype>

#include "base/error.hpp"
#include "extraction/messages.hpp"

namespace sen::extraction {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

Error malformed() {
  return messages::error<"multipart.malformed">("body");
}

// The value of `key=` in a header's parameters, unquoted; nullopt when absent.
std::optional<std::string> parameter(std::string_view header, std::string_view key) {
  std::string low = lower(header);
  std::string pattern = std::string(key) + "=";
  for (std::size_t at = low.find(pattern); at != std::string::npos; at = low.find(pattern, at + 1)) {
    if (at > 0 && low[at - 1] != ';' && low[at - 1] != ' ') continue;
    std::size_t v = at + pattern.size();
    if (v < header.size() && header[v] == '"') {
      auto close = header.find('"', v + 1);
      if (close == std::string_view::npos) return std::nullopt;
      return std::string(header.substr(v + 1, close - v - 1));
    }
    auto end = header.find(';', v);
    std::string value(header.substr(v, end == std::string_view::npos ? std::string_view::npos : end - v));
    while (!value.empty() && value.back() == ' ') value.pop_back();
    return value;
  }
  return std::nullopt;
}

}  // namespace

bool is_multipart(std::string_view content_type) {
  return lower(content_type).rfind("multipart/form-data", 0) == 0;
}

std::vector<FormPart> parse_multipart(std::string_view content_type, std::string_view body) {
  auto boundary = parameter(content_type, "boundary");
  if (!boundary || boundary->empty()) throw malformed();
  std::string delimiter = "--" + *boundary;
  std::vector<FormPart> parts;
  auto at = body.find(delimiter);
  if (at == std::string_view::npos) throw malformed();
  while (true) {
    at += delimiter.size();
    if (body.substr(at, 2) == "--") return parts;  // the closing delimiter
    if (body.substr(at, 2) != "\r\n") throw malformed();
    at += 2;
    auto headers_end = body.find("\r\n\r\n", at);
    if (headers_end == std::string_view::npos) throw malformed();
    FormPart part;
    std::string_view headers = body.substr(at, headers_end - at);
    for (std::size_t line = 0; line < headers.size();) {
      auto eol = headers.find("\r\n", line);
      std::string_view h = headers.substr(line, eol == std::string_view::npos ? std::string_view::npos : eol - line);
      if (lower(h.substr(0, 20)).rfind("content-disposition:", 0) == 0) {
        part.name = parameter(h, "name").value_or("");
        part.filename = parameter(h, "filename");
      }
      if (eol == std::string_view::npos) break;
      line = eol + 2;
    }
    std::size_t content = headers_end + 4;
    auto next = body.find("\r\n" + delimiter, content);
    if (next == std::string_view::npos) throw malformed();
    part.content = std::string(body.substr(content, next - content));
    parts.push_back(std::move(part));
    at = next + 2;
  }
}

}  // namespace sen::extraction
