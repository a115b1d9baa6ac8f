// Finding the phrases that name indicators (and those that must not be taken for them) in a
// tokenized text, ignoring case, diacritics, and commas, hyphens and slashes between words.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "extraction/tokens.hpp"

namespace sen::extraction {

struct PhraseMatch {
  std::size_t entry = 0;           // index of the indicator in the caller's list
  bool excluded = false;           // a phrase that must not be taken for the indicator
  std::size_t begin = 0, end = 0;  // tokens [begin, end)
  std::size_t words = 0;
};

struct Phrase {
  std::size_t entry = 0;
  bool excluded = false;
  std::vector<std::string> words;  // folded
};

// Every occurrence of every phrase, in text order; a match never crosses a clause (`clause_of`
// gives each token's clause).
std::vector<PhraseMatch> find_phrases(const std::vector<Token>& tokens, const std::vector<std::size_t>& clause_of,
                                      const std::vector<Phrase>& phrases);

}  // namespace sen::extraction
