#include "extraction/tokens.hpp"

#include "base/text.hpp"

namespace sen::extraction {

namespace {

// The code point at `at` and its length in bytes (1 for a malformed byte).
char32_t decode(std::string_view s, std::size_t at, std::size_t& length) {
  unsigned char c = static_cast<unsigned char>(s[at]);
  length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (c < 0x80 || at + length > s.size() || (c & 0xC0) == 0x80) {
    length = 1;
    return c;
  }
  char32_t cp = length == 2 ? c & 0x1F : length == 3 ? c & 0x0F : c & 0x07;
  for (std::size_t i = 1; i < length; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[at + i]) & 0x3F);
  return cp;
}

bool is_combining(char32_t cp) {
  return cp >= 0x300 && cp <= 0x36F;
}

bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp == 0xB2 || cp == 0xB3) return true;  // m², m³
  if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
  return (cp >= 0x1E00 && cp <= 0x1EFF) || is_combining(cp);
}

bool is_digit(char ch) {
  return ch >= '0' && ch <= '9';
}

// Lower case without diacritics; combining marks dropped (text in decomposed form).
std::string fold_word(std::string_view word) {
  std::string precomposed;
  for (std::size_t i = 0; i < word.size();) {
    std::size_t n = 1;
    char32_t cp = decode(word, i, n);
    if (!is_combining(cp)) precomposed.append(word.substr(i, n));
    i += n;
  }
  return fold(precomposed);
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t n = 1;
    char32_t cp = decode(text, i, n);
    if (cp == '\n') {
      out.push_back({Token::Kind::newline, i, i + 1, "\n"});
      i += 1;
    } else if (cp == ' ' || cp == '\t' || cp == '\r' || cp == 0xA0 || cp == 0x202F || cp == 0x200B || cp == 0xFEFF ||
               cp == '\f' || cp == '\v') {
      i += n;
    } else if (cp < 0x80 && is_digit(static_cast<char>(cp))) {
      std::size_t j = i + 1;
      while (j < text.size() && (is_digit(text[j]) || ((text[j] == '.' || text[j] == ',') && j + 1 < text.size() &&
                                                       is_digit(text[j + 1])))) {
        ++j;
      }
      out.push_back({Token::Kind::number, i, j, std::string(text.substr(i, j - i))});
      i = j;
    } else if (is_letter(cp)) {
      std::size_t j = i + n;
      while (j < text.size()) {
        std::size_t m = 1;
        char32_t next = decode(text, j, m);
        if (!is_letter(next) && !(next < 0x80 && is_digit(static_cast<char>(next)))) break;
        j += m;
      }
      out.push_back({Token::Kind::word, i, j, fold_word(text.substr(i, j - i))});
      i = j;
    } else {
      out.push_back({Token::Kind::punct, i, i + n, std::string(text.substr(i, n))});
      i += n;
    }
  }
  return out;
}

std::vector<std::string> folded_words(std::string_view phrase) {
  std::vector<std::string> out;
  for (auto& t : tokenize(phrase)) {
    if (t.kind == Token::Kind::word || t.kind == Token::Kind::number) out.push_back(std::move(t.text));
  }
  return out;
}

CodePoints::CodePoints(std::string_view text) : text_(text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i % 64 == 0) every_64_.push_back(count);
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  }
  every_64_.push_back(count);
}

std::size_t CodePoints::at(std::size_t byte) const {
  if (byte >= text_.size()) return every_64_.back();
  std::size_t count = every_64_[byte / 64];
  for (std::size_t i = byte - byte % 64; i < byte; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace sen::extraction
