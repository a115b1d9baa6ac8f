#include "base/text.hpp"

#include <array>
#include <cctype>
#include <utility>
#include <vector>

namespace sen {

std::string trim(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n\f\v";
  auto first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  auto last = text.find_last_not_of(kSpace);
  return std::string(text.substr(first, last - first + 1));
}

namespace {

// Each Vietnamese letter with a diacritic (lower and upper case, precomposed), and its base letter.
constexpr std::pair<std::string_view, char> kFolds[] = {
    {"àáạảãâầấậẩẫăằắặẳẵÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴ", 'a'},
    {"èéẹẻẽêềếệểễÈÉẸẺẼÊỀẾỆỂỄ", 'e'},
    {"ìíịỉĩÌÍỊỈĨ", 'i'},
    {"òóọỏõôồốộổỗơờớợởỡÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠ", 'o'},
    {"ùúụủũưừứựửữÙÚỤỦŨƯỪỨỰỬỮ", 'u'},
    {"ỳýỵỷỹỲÝỴỶỸ", 'y'},
    {"đĐ", 'd'},
};

// The code point of the UTF-8 character of `length` bytes at the start of `s`.
char32_t code_point(std::string_view s, std::size_t length) {
  char32_t cp = static_cast<unsigned char>(s[0]) & (0xFF >> (length + 1));
  for (std::size_t i = 1; i < length; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

// kFolds by code point (every Vietnamese letter lies below U+1F00), built once: search folds
// every record's text at each query.
constexpr char32_t kFoldTableSize = 0x1F00;
const std::array<char, kFoldTableSize>& fold_table() {
  static const auto table = [] {
    std::array<char, kFoldTableSize> t{};
    for (const auto& [letters, base] : kFolds) {
      for (std::size_t i = 0; i < letters.size();) {
        std::size_t n = static_cast<unsigned char>(letters[i]) < 0xE0 ? 2 : 3;
        t[code_point(letters.substr(i), n)] = base;
        i += n;
      }
    }
    return t;
  }();
  return table;
}

// The base letter of the UTF-8 character starting at `s`, and its length; 0 when not in kFolds.
char fold_char(std::string_view s, std::size_t& length) {
  unsigned char c = static_cast<unsigned char>(s[0]);
  length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (length == 1 || length > s.size()) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return 0;  // not UTF-8: no letter of kFolds
  }
  char32_t cp = code_point(s, length);
  return cp < kFoldTableSize ? fold_table()[cp] : 0;
}

// The upper-case form of a Vietnamese letter with a diacritic: each group of kFolds lists its
// lower-case letters, then the upper-case ones in the same order. Empty when `ch` is not a
// lower-case letter of kFolds.
std::string_view upper_letter(std::string_view ch) {
  for (const auto& [letters, base] : kFolds) {
    std::vector<std::string_view> points;
    for (std::size_t i = 0; i < letters.size();) {
      std::size_t n = static_cast<unsigned char>(letters[i]) < 0xE0 ? 2 : 3;
      points.push_back(letters.substr(i, n));
      i += n;
    }
    for (std::size_t k = 0; k < points.size() / 2; ++k) {
      if (points[k] == ch) return points[k + points.size() / 2];
    }
  }
  return {};
}

}  // namespace

std::string upper_vi(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (length == 1) {
      out += static_cast<char>(std::toupper(c));
    } else {
      auto ch = text.substr(i, length);
      auto upper = upper_letter(ch);
      out.append(upper.empty() ? ch : upper);
    }
    i += length;
  }
  return out;
}

std::string fold(std::string_view text) {
  std::string out;
  bool space = true;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 1;
    char base = fold_char(text.substr(i), length);
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (base) {
      out += base;
      space = false;
    } else if (length == 1 && std::isalnum(c)) {
      out += static_cast<char>(std::tolower(c));
      space = false;
    } else if (length == 1) {
      if (!space) out += ' ';
      space = true;
    } else {
      out.append(text.substr(i, length));  // another script: kept as it is
      space = false;
    }
    i += length;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::size_t utf8_length(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++n;  // count bytes that are not continuation bytes
  }
  return n;
}

}  // namespace sen
