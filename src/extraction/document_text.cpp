#include "extraction/document_text.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>
#include <zip.h>

#include <cctype>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/error.hpp"
#include "base/text.hpp"
#include "extraction/messages.hpp"

namespace sen::extraction {

namespace {

// The bytes of one entry of a zip archive held in memory; nullopt when it is not a zip or
// lacks the entry.
std::optional<std::string> zip_entry(std::string_view archive_bytes, const char* name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(archive_bytes.data(), archive_bytes.size(), 0, &error);
  if (!source) return std::nullopt;
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!archive) {
    zip_source_free(source);
    return std::nullopt;
  }
  std::unique_ptr<zip_t, decltype(&zip_discard)> keep(archive, zip_discard);
  zip_stat_t st;
  if (zip_stat(archive, name, 0, &st) < 0 || !(st.valid & ZIP_STAT_SIZE) || st.size > 64u * 1024 * 1024) {
    return std::nullopt;
  }
  zip_file_t* file = zip_fopen(archive, name, 0);
  if (!file) return std::nullopt;
  std::string out(st.size, '\0');
  auto n = zip_fread(file, out.data(), st.size);
  zip_fclose(file);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) return std::nullopt;
  return out;
}

void append_entity(std::string& out, std::string_view entity) {
  if (entity == "amp")
    out += '&';
  else if (entity == "lt")
    out += '<';
  else if (entity == "gt")
    out += '>';
  else if (entity == "quot")
    out += '"';
  else if (entity == "apos")
    out += '\'';
  else if (entity.size() > 1 && entity[0] == '#') {
    unsigned long cp = entity[1] == 'x' ? std::stoul(std::string(entity.substr(2)), nullptr, 16)
                                        : std::stoul(std::string(entity.substr(1)));
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
}

// The text of WordprocessingML: the characters of <w:t>, a tab for <w:tab/>, a line break for
// <w:br/> and after each paragraph </w:p>.
std::string docx_text(std::string_view xml) {
  std::string out;
  bool in_text = false;
  for (std::size_t i = 0; i < xml.size();) {
    if (xml[i] == '<') {
      auto close = xml.find('>', i);
      if (close == std::string_view::npos) break;
      std::string_view tag = xml.substr(i + 1, close - i - 1);
      auto name_end = tag.find_first_of(" /\t\r\n", 1);  // "/w:p" keeps its slash
      std::string_view name = tag.substr(0, name_end);
      bool self_closing = !tag.empty() && tag.back() == '/';
      if (name == "w:t")
        in_text = !self_closing;
      else if (name == "/w:t")
        in_text = false;
      else if (name == "w:tab")
        out += '\t';
      else if (name == "w:br" || name == "w:cr" || name == "/w:p")
        out += '\n';
      i = close + 1;
    } else if (xml[i] == '&') {
      auto semi = xml.find(';', i);
      if (semi == std::string_view::npos || semi - i > 10) {
        if (in_text) out += '&';
        ++i;
        continue;
      }
      if (in_text) append_entity(out, xml.substr(i + 1, semi - i - 1));
      i = semi + 1;
    } else {
      if (in_text) out += xml[i];
      ++i;
    }
  }
  return out;
}

// Whether a line begins with a lower-case letter or a digit: the rest of a wrapped sentence.
bool continues(std::string_view line) {
  if (line.empty()) return false;
  unsigned char c = static_cast<unsigned char>(line[0]);
  if (c < 0x80) return std::islower(c) || std::isdigit(c);
  std::size_t n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  std::string first(line.substr(0, n));
  return upper_vi(first) != first;
}

// Joins the lines a PDF wrapped inside a sentence, so that a figure and its words stay together.
std::string unwrap(const std::string& text) {
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    auto eol = text.find('\n', at);
    if (eol == std::string::npos) eol = text.size();
    std::string line = text.substr(at, eol - at);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    out += line;
    at = eol + 1;
    if (eol >= text.size()) break;
    bool ended = line.empty() || std::string_view(".:;!?").find(line.back()) != std::string_view::npos;
    out += !ended && continues(std::string_view(text).substr(at)) ? ' ' : '\n';
  }
  return out;
}

std::string pdf_text(std::string_view bytes, const char* field) {
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc || doc->is_locked()) throw messages::error<"file.pdf_unreadable">(field);
  std::string out;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    auto utf8 = page->text().to_utf8();
    out.append(utf8.begin(), utf8.end());
    out += '\n';
  }
  return unwrap(out);
}

}  // namespace

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

DocumentText document_text(std::string_view bytes, const char* field) {
  DocumentText out;
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
    auto xml = zip_entry(bytes, "word/document.xml");
    if (!xml) throw messages::error<"file.docx_invalid">(field);
    out = {docx_text(*xml), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"};
  } else if (bytes.substr(0, 5) == "%PDF-") {
    out = {pdf_text(bytes, field), "application/pdf"};
  } else {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (bytes.find('\0') != std::string_view::npos || !valid_utf8(bytes)) {
      throw messages::error<"file.type_unsupported">(field);
    }
    out = {std::string(bytes), "text/plain"};
  }
  if (!valid_utf8(out.text) || trim(out.text).empty()) {
    throw messages::error<"file.no_text">(field);
  }
  return out;
}

}  // namespace sen::extraction
