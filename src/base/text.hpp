// UTF-8 text helpers.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace sen {

// The text without leading and trailing ASCII whitespace.
std::string trim(std::string_view text);

// Number of code points in valid UTF-8 text.
std::size_t utf8_length(std::string_view text);

// Text for searching: lower case, Vietnamese diacritics removed (đ → d), runs of spaces and
// punctuation collapsed to one space. "Đảng viên" → "dang vien".
std::string fold(std::string_view text);

// Upper case with Vietnamese letters: "Thành phố Hà Tĩnh" → "THÀNH PHỐ HÀ TĨNH".
std::string upper_vi(std::string_view text);

}  // namespace sen
