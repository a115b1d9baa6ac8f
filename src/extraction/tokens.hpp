// The words, numbers and punctuation of a text, each with its byte span, for reading figures.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sen::extraction {

struct Token {
  enum class Kind { word, number, punct, newline };
  Kind kind = Kind::word;
  std::size_t begin = 0, end = 0;  // bytes of the text
  // word: lower case without diacritics ("Đảng" → "dang"); number: its digits and separators;
  // punct: the character; newline: "\n".
  std::string text;

  bool is_word(std::string_view folded) const { return kind == Kind::word && text == folded; }
  bool is_punct(std::string_view ch) const { return kind == Kind::punct && text == ch; }
};

// Splits UTF-8 text. Letters include Vietnamese letters, precomposed or with combining marks;
// a number is digits with '.' or ',' between digits ("1.172,5"); each other character but
// spaces is a punct token; a line break is a newline token.
std::vector<Token> tokenize(std::string_view text);

// Words of a phrase as tokenize folds them: "Tổng thu ngân sách" → {"tong","thu","ngan","sach"}.
std::vector<std::string> folded_words(std::string_view phrase);

// Converts byte offsets of one text to code-point offsets (what a browser counts in
// Vietnamese text).
class CodePoints {
 public:
  explicit CodePoints(std::string_view text);
  std::size_t at(std::size_t byte) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> every_64_;  // code points before byte 64·k
};

}  // namespace sen::extraction
