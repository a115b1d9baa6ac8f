#include "search/match.hpp"

#include <algorithm>
#include <cctype>

#include "base/text.hpp"

namespace sen::search {

namespace {

bool contains(std::string_view text, std::string_view word) {
  return text.find(word) != std::string_view::npos;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// Punctuation and spaces outside ASCII that separate words as a space does: no-break space and
// Latin-1 signs (« » · ¿), general punctuation (– — “ ” … zero-width space), CJK punctuation
// (、 。), full-width signs and the byte-order mark.
bool separates(char32_t c) {
  return (c >= 0xA0 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F) ||
         (c >= 0x2E00 && c <= 0x2E7F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE4F) ||
         (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
         (c >= 0xFF5B && c <= 0xFF65) || c == 0xFEFF;
}

// The code point that starts `text` (valid UTF-8) and its length in bytes.
std::pair<char32_t, std::size_t> code_point(std::string_view text) {
  auto b = static_cast<unsigned char>(text[0]);
  std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  if (n > text.size()) return {b, 1};
  char32_t c = n == 1 ? b : b & (0xFF >> (n + 1));
  for (std::size_t i = 1; i < n; ++i) c = (c << 6) | (static_cast<unsigned char>(text[i]) & 0x3F);
  return {c, n};
}

// `folded` with every separating code point outside ASCII made a space.
std::string spaced(std::string_view folded) {
  std::string out;
  for (std::size_t i = 0; i < folded.size();) {
    auto [c, n] = code_point(folded.substr(i));
    if (separates(c)) {
      out += ' ';
    } else {
      out.append(folded.substr(i, n));
    }
    i += n;
  }
  return out;
}

// Whether `word` starts a word of `text` (folded), as the index matches: at the text's start or after
// a space, an ASCII sign or a separating code point.
bool starts_a_word(std::string_view text, std::string_view word) {
  for (auto at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    if (at == 0) return true;
    auto before = static_cast<unsigned char>(text[at - 1]);
    if (before < 0x80) {
      if (!std::isalnum(before)) return true;
      continue;
    }
    std::size_t start = at - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    if (separates(code_point(text.substr(start, at - start)).first)) return true;
  }
  return false;
}

// At most `most` bytes of `word`, cut between two characters, "…" where cut.
std::string_view capped(std::string_view word, std::size_t most, bool& cut) {
  cut = word.size() > most;
  if (!cut) return word;
  while (most > 0 && (static_cast<unsigned char>(word[most]) & 0xC0) == 0x80) --most;
  return word.substr(0, most);
}

std::vector<std::string_view> split_on_spaces(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t j = i;
    while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j]))) ++j;
    if (j > i) out.push_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

std::vector<std::string> query_words(std::string_view query) {
  auto folded = spaced(fold(query));
  std::vector<std::string> out;
  for (auto word : split_on_spaces(folded)) out.emplace_back(word);
  return out;
}

int score(const std::vector<std::string>& words, std::string_view folded_title, std::string_view folded_body) {
  if (words.empty()) return 0;
  int total = 0;
  for (const auto& w : words) {
    bool in_title = starts_a_word(folded_title, w);
    if (!in_title && !starts_a_word(folded_body, w)) return 0;
    total += in_title ? 10 : 1;
  }
  auto phrase = joined(words);
  if (folded_title == phrase) total += 1000;
  if (contains(folded_title, phrase)) {
    total += 100 + static_cast<int>(50 * phrase.size() / folded_title.size());  // the closer the title, the higher
  } else if (contains(folded_body, phrase)) {
    total += 5;
  }
  return total;
}

std::string snippet(std::string_view text, const std::vector<std::string>& words, std::size_t width) {
  auto all = split_on_spaces(text);
  std::size_t first = all.size();
  for (std::size_t i = 0; i < all.size() && first == all.size(); ++i) {
    auto folded = fold(all[i]);
    for (const auto& w : words) {
      if (contains(folded, w)) {
        first = i;
        break;
      }
    }
  }
  if (first == all.size()) first = 0;
  std::size_t begin = first > width / 3 ? first - width / 3 : 0;
  std::size_t end = std::min(all.size(), begin + width);
  // A text without spaces (a file's long run of characters) is one word: each word is capped, and
  // so is the whole, so that a hit never carries more than a few hundred bytes of text.
  constexpr std::size_t kWordBytes = 60, kSnippetBytes = 400;
  std::string out = begin > 0 ? "…" : "";
  bool cut = false;
  for (std::size_t i = begin; i < end && !cut; ++i) {
    if (i > begin) out += ' ';
    auto room = kSnippetBytes > out.size() ? kSnippetBytes - out.size() : 0;
    out.append(capped(all[i], std::min(kWordBytes, room), cut));
  }
  if (cut || end < all.size()) out += "…";
  return out;
}

}  // namespace sen::search
