// Matching and ranking of search (pure): Vietnamese folded, so "giai ngan" finds "giải ngân"
// and "dong" finds "đồng".
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace sen::search {

// The folded words of what was typed ("Thành  Sen" → "thanh", "sen"; "“giải–ngân”" → "giai",
// "ngan"); empty when none.
std::vector<std::string> query_words(std::string_view query);

// How well a record matches: 0 unless every word starts a word of its folded title or body (as the
// index matches). The whole phrase in the title ranks first (the title that is the phrase, then the
// shorter titles), then words in the title, then the phrase and words in the body.
int score(const std::vector<std::string>& words, std::string_view folded_title, std::string_view folded_body);

// About `width` words of `text` around the first word that matches, "…" where cut; the start of
// the text when none matches. At most 60 bytes of a word and about 400 of the whole.
std::string snippet(std::string_view text, const std::vector<std::string>& words, std::size_t width = 24);

}  // namespace sen::search
