#include "extraction/quantity.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "base/vi_number.hpp"

namespace sen::extraction {

namespace {

using Kind = Token::Kind;

const std::set<std::string, std::less<>> kFunctionWords = {
    "so",    "voi", "va",   "dat",  "tang",  "giam", "bang", "trong",  "tren", "duoi", "cua",   "la",   "nam",
    "thang", "quy", "ngay", "den",  "tu",    "hon",  "gan",  "khoang", "con",  "len",  "xuong", "vuot", "cho",
    "tai",   "o",   "khi",  "theo", "thi",   "se",   "da",   "duoc",   "co",   "cac",  "nhung", "tot",  "ke",
    "du",    "nhu", "vao",  "sau",  "truoc", "dau",  "cuoi", "voi",    "hoac", "hay",  "chiem", "gom",  "tuong"};

std::optional<double> number_value(std::string_view raw) {
  if (auto v = parse_number(raw, NumberStyle::vietnamese)) return v;
  return parse_number(raw, NumberStyle::plain);
}

bool adjacent(const Token& a, const Token& b) {
  return a.end == b.begin;
}

const Token* at(const std::vector<Token>& t, std::size_t i) {
  return i < t.size() ? &t[i] : nullptr;
}

bool word_at(const std::vector<Token>& t, std::size_t i, std::string_view w) {
  return i < t.size() && t[i].is_word(w);
}

// The multiplier of a scale word, 0 when it is none.
double scale_of(const std::string& w) {
  if (w == "nghin" || w == "ngan") return 1e3;
  if (w == "trieu") return 1e6;
  if (w == "ty" || w == "ti") return 1e9;
  return 0;
}

// Reads "/người/năm" after tokens[i]; advances i.
std::vector<std::string> read_per(const std::vector<Token>& t, std::size_t& i) {
  std::vector<std::string> per;
  while (at(t, i) && t[i].is_punct("/") && at(t, i + 1) && t[i + 1].kind == Kind::word) {
    std::string part;
    std::size_t j = i + 1;
    for (int n = 0; n < 3 && j < t.size() && t[j].kind == Kind::word; ++n, ++j) {
      if (n > 0 && is_function_word(t[j].text)) break;
      part += (part.empty() ? "" : " ") + t[j].text;
    }
    per.push_back(part);
    i = j;
  }
  return per;
}

}  // namespace

bool is_function_word(std::string_view folded) {
  return kFunctionWords.count(folded) > 0;
}

std::optional<Quantity> read_quantity(const std::vector<Token>& t, std::size_t i) {
  if (i >= t.size() || t[i].kind != Kind::number) return std::nullopt;
  auto first = number_value(t[i].text);
  if (!first) return std::nullopt;
  Quantity q;
  q.amount = *first;
  std::size_t j = i + 1;

  // N/M: a fraction, unless a date (27/12, 06/11/2021) or a document number (36/2021/NQ-HĐND).
  if (at(t, j) && t[j].is_punct("/") && adjacent(t[j - 1], t[j]) && at(t, j + 1) && adjacent(t[j], t[j + 1])) {
    if (t[j + 1].kind != Kind::number) return std::nullopt;
    auto den = number_value(t[j + 1].text);
    if (at(t, j + 2) && t[j + 2].is_punct("/") && adjacent(t[j + 1], t[j + 2])) return std::nullopt;
    if (!den || *den <= 0 || *den < q.amount) return std::nullopt;
    q.of = den;
    j += 2;
  }

  // Scales and money: "1.172,5 tỷ đồng", "5 tỷ 840 triệu đồng", "18,2 nghìn tỷ đồng", "6,2 triệu cây".
  double scale = 1;
  bool scaled = false;
  while (!q.of && at(t, j) && t[j].kind == Kind::word && scale_of(t[j].text) > 0) {
    double s = scale_of(t[j].text);
    if (scaled && s > scale) {
      scale *= s;  // "nghìn tỷ"
    } else if (scaled) {
      break;
    } else {
      scale = s;
    }
    scaled = true;
    ++j;
    // "5 tỷ 840 triệu": a smaller part follows.
    if (at(t, j) && t[j].kind == Kind::number && at(t, j + 1) && t[j + 1].kind == Kind::word &&
        scale_of(t[j + 1].text) > 0 && scale_of(t[j + 1].text) < scale) {
      auto part = number_value(t[j].text);
      if (!part) break;
      q.amount = q.amount * scale + *part * scale_of(t[j + 1].text);
      q.scale = scale;
      q.amount /= scale;
      j += 2;
      break;
    }
  }
  q.amount *= scale;
  if (q.scale == 1) q.scale = scale;
  if (word_at(t, j, "dong") || (scaled && word_at(t, j, "d"))) {
    q.dimension = Dimension::money;
    ++j;
    q.per = read_per(t, j);
    q.end = j;
    return q;
  }
  if (word_at(t, j, "usd") || word_at(t, j, "euro") || (word_at(t, j, "do") && word_at(t, j + 1, "la"))) {
    q.dimension = Dimension::foreign_money;
    q.end = j + (t[j].text == "do" ? 2 : 1);
    return q;
  }
  if (scaled && scale >= 1e6 && (!at(t, j) || t[j].kind != Kind::word || is_function_word(t[j].text))) {
    q.dimension = Dimension::money;  // "trên 1.380 tỷ": đồng understood
    q.end = j;
    return q;
  }
  if (at(t, j) && t[j].is_punct("%")) {
    q.dimension = Dimension::percent;
    q.end = j + 1;
    return q;
  }
  if (word_at(t, j, "phan") && word_at(t, j + 1, "tram")) {
    q.dimension = Dimension::percent;
    q.end = j + 2;
    return q;
  }
  if (word_at(t, j, "diem") &&
      ((word_at(t, j + 1, "phan") && word_at(t, j + 2, "tram")) || (at(t, j + 1) && t[j + 1].is_punct("%")))) {
    q.dimension = Dimension::points;
    q.end = j + (t[j + 1].kind == Kind::punct ? 2 : 3);
    return q;
  }
  struct Unit {
    const char* word;
    Dimension dimension;
    double factor;
  };
  static const Unit kUnits[] = {{"ha", Dimension::area, 1},    {"hecta", Dimension::area, 1},
                                {"m2", Dimension::area, 1e-4}, {"m²", Dimension::area, 1e-4},
                                {"km2", Dimension::area, 100}, {"km²", Dimension::area, 100},
                                {"km", Dimension::length, 1},  {"m", Dimension::length, 1e-3},
                                {"tan", Dimension::mass, 1},   {"kg", Dimension::mass, 1e-3}};
  if (at(t, j) && t[j].kind == Kind::word && !q.of) {
    for (const auto& u : kUnits) {
      if (t[j].text == u.word) {
        q.dimension = u.dimension;
        q.amount *= u.factor;
        q.scale = u.factor;
        ++j;
        q.per = read_per(t, j);
        q.end = j;
        return q;
      }
    }
  }
  // A count: the words that name what is counted.
  for (std::size_t k = j; k < t.size() && k < j + 3 && t[k].kind == Kind::word; ++k) {
    if (is_function_word(t[k].text)) break;
    q.noun.push_back(t[k].text);
  }
  if (q.noun.empty() && !q.of) return std::nullopt;
  q.dimension = Dimension::count;
  std::size_t k = j + q.noun.size();
  q.per = read_per(t, k);
  q.end = k;
  return q;
}

std::optional<Quantity> measure_of(std::string_view measure) {
  std::string text = "1 " + std::string(measure);
  auto tokens = tokenize(text);
  auto q = read_quantity(tokens, 0);
  if (!q || q->end != tokens.size()) return std::nullopt;
  return q;
}

std::optional<double> convert(const Quantity& q, const Quantity& measure, int decimals) {
  auto round_to = [](double v, int places) {
    double f = std::pow(10.0, places);
    return std::round(v * f) / f;
  };
  if (q.of) {
    if (measure.dimension == Dimension::percent) return round_to(q.amount / *q.of * 100, decimals);
    if (measure.dimension != Dimension::count) return std::nullopt;
    return q.amount;
  }
  if (q.dimension != measure.dimension || q.dimension == Dimension::foreign_money) return std::nullopt;
  for (const auto& p : q.per) {
    if (std::find(measure.per.begin(), measure.per.end(), p) == measure.per.end()) return std::nullopt;
  }
  // Money written without "/người/năm" is taken as the indicator's own rate; other per-units must match.
  if (q.dimension != Dimension::money && q.per.size() != measure.per.size()) return std::nullopt;
  return round_to(q.amount / measure.amount, 9);
}

}  // namespace sen::extraction
