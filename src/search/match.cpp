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
  auto folded = fold(query);
  std::vector<std::string> out;
  for (auto word : split_on_spaces(folded)) out.emplace_back(word);
  return out;
}

int score(const std::vector<std::string>& words, std::string_view folded_title, std::string_view folded_body) {
  if (words.empty()) return 0;
  int total = 0;
  for (const auto& w : words) {
    bool in_title = contains(folded_title, w);
    if (!in_title && !contains(folded_body, w)) return 0;
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
  std::string out = begin > 0 ? "…" : "";
  for (std::size_t i = begin; i < end; ++i) {
    if (i > begin) out += ' ';
    out.append(all[i]);
  }
  if (end < all.size()) out += "…";
  return out;
}

}  // namespace sen::search
