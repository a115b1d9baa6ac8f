// Paragraphs, sentences and clauses of a tokenized text, and which paragraphs are numbered
// headings ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023", "2. Phát triển kinh tế").
#pragma once
#include <cstddef>
#include <vector>

#include "extraction/tokens.hpp"

namespace sen::extraction {

struct Layout {
  // For each token: its paragraph (split at line breaks), sentence (also split at . ! ? …) and
  // clause (also split at ; and :).
  std::vector<std::size_t> paragraph, sentence, clause;
  std::vector<std::size_t> paragraph_begin;  // first token of each paragraph
  std::vector<std::size_t> clause_begin, clause_end;
  std::vector<bool> heading;        // per paragraph: a numbered heading
  std::vector<bool> roman_heading;  // per paragraph: numbered I., II., … (a main section)
  // First token of a paragraph after bullets and numbering ("- ", "1. ", "II. ").
  std::vector<std::size_t> content_begin;
};

Layout lay_out(const std::vector<Token>& tokens);

}  // namespace sen::extraction
