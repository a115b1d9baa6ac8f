#include "extraction/phrases.hpp"

#include <map>

namespace sen::extraction {

namespace {

bool is_joiner(const Token& t) {
  return t.kind == Token::Kind::punct && (t.text == "," || t.text == "-" || t.text == "–" || t.text == "/");
}

}  // namespace

std::vector<PhraseMatch> find_phrases(const std::vector<Token>& tokens, const std::vector<std::size_t>& clause_of,
                                      const std::vector<Phrase>& phrases) {
  std::multimap<std::string, const Phrase*> by_first;
  for (const auto& p : phrases) {
    if (!p.words.empty()) by_first.emplace(p.words.front(), &p);
  }
  std::vector<PhraseMatch> out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != Token::Kind::word) continue;
    auto [first, last] = by_first.equal_range(tokens[i].text);
    for (auto it = first; it != last; ++it) {
      const Phrase& p = *it->second;
      std::size_t j = i, w = 0;
      while (w < p.words.size() && j < tokens.size() && clause_of[j] == clause_of[i]) {
        if (is_joiner(tokens[j]) && w > 0) {
          ++j;
          continue;
        }
        if (tokens[j].kind != Token::Kind::word || tokens[j].text != p.words[w]) break;
        ++w;
        ++j;
      }
      if (w == p.words.size()) out.push_back({p.entry, p.excluded, i, j, w});
    }
  }
  return out;
}

}  // namespace sen::extraction
