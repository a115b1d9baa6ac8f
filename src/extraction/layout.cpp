#include "extraction/layout.hpp"

#include <string>

namespace sen::extraction {

namespace {

using Kind = Token::Kind;

bool ends_sentence(const Token& t) {
  return t.kind == Kind::punct && (t.text == "." || t.text == "!" || t.text == "?" || t.text == "…");
}

bool ends_clause(const Token& t) {
  return t.kind == Kind::punct && (t.text == ";" || t.text == ":");
}

bool is_roman(const std::string& w) {
  static const char* kRoman[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
  for (const char* r : kRoman) {
    if (w == r) return true;
  }
  return false;
}

}  // namespace

Layout lay_out(const std::vector<Token>& t) {
  Layout l;
  std::size_t p = 0, s = 0, c = 0;
  l.paragraph_begin.push_back(0);
  l.clause_begin.push_back(0);
  for (std::size_t i = 0; i < t.size(); ++i) {
    l.paragraph.push_back(p);
    l.sentence.push_back(s);
    l.clause.push_back(c);
    bool new_paragraph = t[i].kind == Kind::newline;
    bool new_sentence = new_paragraph || ends_sentence(t[i]);
    bool new_clause = new_sentence || ends_clause(t[i]);
    if (new_paragraph && !(i > 0 && t[i - 1].kind == Kind::newline)) {
      ++p;
      l.paragraph_begin.push_back(i + 1);
    } else if (new_paragraph) {
      l.paragraph_begin.back() = i + 1;
    }
    if (new_sentence) ++s;
    if (new_clause) {
      ++c;
      l.clause_end.push_back(i + 1);
      l.clause_begin.push_back(i + 1);
    }
  }
  l.clause_end.push_back(t.size());
  std::size_t paragraphs = p + 1;
  l.heading.assign(paragraphs, false);
  l.roman_heading.assign(paragraphs, false);
  for (std::size_t k = 0; k < paragraphs; ++k) {
    std::size_t b = l.paragraph_begin[k];
    std::size_t e = k + 1 < paragraphs ? l.paragraph_begin[k + 1] : t.size();
    std::size_t i = b;
    while (i < e && t[i].kind == Kind::punct && t[i].text != "(") ++i;  // bullets
    bool roman = i + 1 < e && t[i].kind == Kind::word && is_roman(t[i].text) &&
                 (t[i + 1].is_punct(".") || t[i + 1].is_punct(")"));
    bool numbered = i + 1 < e && t[i].kind == Kind::number && t[i].text.size() <= 2 &&
                    (t[i + 1].is_punct(".") || t[i + 1].is_punct(")"));
    if (roman || numbered) i += 2;
    l.content_begin.push_back(i);
    std::size_t last = e;
    while (last > b && t[last - 1].kind == Kind::newline) --last;
    bool short_line = last - b <= 24 && !(last > b && ends_sentence(t[last - 1]));
    l.heading[k] = (roman || numbered) && short_line;
    l.roman_heading[k] = roman && short_line;
  }
  return l;
}

}  // namespace sen::extraction
