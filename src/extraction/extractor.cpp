#include "extraction/extractor.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

#include "base/text.hpp"
#include "base/vi_number.hpp"
#include "extraction/layout.hpp"
#include "extraction/phrases.hpp"
#include "extraction/quantity.hpp"
#include "extraction/time_scope.hpp"
#include "extraction/tokens.hpp"

namespace sen::extraction {

namespace {

using Kind = Token::Kind;
using Words = std::set<std::string, std::less<>>;

// Words as written, compared without case but with diacritics ("đạt" is not "đất"): the
// upper-case forms of the words given.
Words spelled(std::initializer_list<const char*> words) {
  Words out;
  for (const char* w : words) out.insert(upper_vi(w));
  return out;
}

// Words that, alone before a figure, say nothing of what it is: the figure then shares the
// subject of the figure before it in the clause ("kiểm tra 118 tổ chức đảng, 45 đảng viên").
const Words kEmptyWords =
    spelled({"và",   "đạt", "là",    "tỷ", "lệ",   "có",   "được",  "chiếm", "ước", "thực",  "hiện", "tính", "chỉ",
             "tiêu", "kế",  "hoạch", "dự", "toán", "giao", "tương", "ứng",   "với", "xuống", "lên",  "còn"});
// Words before a number that make it a name, not a figure: "Trung ương 6", "tổ 5", "khóa 6".
const Words kIdentifierWords = spelled({"số",   "khóa",  "khoá",  "thứ",    "ương", "tổ",   "phố",   "thôn",  "xóm",
                                        "khối", "điều",  "khoản", "chương", "lô",   "lộ",   "phòng", "đường", "ql",
                                        "định", "quyết", "luận",  "hiệu",   "cấp",  "hạng", "loại",  "lớp",   "bản"});
const Words kDateWords = spelled({"ngày", "chiều", "sáng", "trưa", "tối", "đêm", "hôm"});
const Words kLeadingConnectors =
    spelled({"trong", "đó", "và", "còn", "riêng", "có", "đã", "được", "đồng", "thời", "ngoài", "ra"});
// Where the words naming a figure begin, at the latest: after "đã", "và", "trong đó".
const Words kCutWords = spelled({"đã", "và", "đó"});
const Words kTrailingVerbs = spelled({"đạt", "là", "được", "ước", "thực", "hiện", "chiếm", "có", "tính", "khoảng",
                                      "với", "cho", "trên", "hơn", "gần", "ra"});
const Words kRelations = spelled({"tăng", "giảm", "bằng", "vượt", "còn", "lên", "từ"});

struct Figure {
  std::size_t number = 0;  // token of the number
  std::size_t lead = 0;    // first of the words just before that qualify it ("trên", "tăng", "bằng")
  std::size_t right = 0;   // where words naming what it is may begin, after it
  std::size_t left = 0;    // where its context begins (its clause, or after the figure before)
  Quantity q;
  std::string relation;  // tang | giam | bang | vuot | con | len | tu, or empty
  std::optional<std::string> approx;
  // Filled while reading:
  std::string measure = "value";
  double percent = 0;  // for relative figures: the value of the measure
  std::optional<std::size_t> entry;
  std::optional<std::size_t> match_begin, match_end;  // the words naming it, when found
  bool suggestion = false;
  bool skip = false;
  std::optional<std::size_t> base;  // a relative figure's figure
  std::string vintage;
  double value = 0;
  std::string name;            // a suggestion's words
  std::size_t name_first = 0;  // where those words begin
};

class Reader {
 public:
  Reader(std::string_view text, const std::vector<CatalogueEntry>& catalogue, const Period& period, std::string vintage)
      : text_(text),
        catalogue_(catalogue),
        period_(period),
        vintage_(std::move(vintage)),
        t_(tokenize(text)),
        layout_(lay_out(t_)),
        code_points_(text) {
    std::vector<Phrase> phrases;
    for (std::size_t e = 0; e < catalogue_.size(); ++e) {
      const auto& c = catalogue_[e];
      measures_.push_back(measure_of(c.measure));
      std::vector<std::vector<std::string>> vocabulary{folded_words(c.name)};
      for (const auto& n : c.names) {
        phrases.push_back({e, false, folded_words(n)});
        vocabulary.push_back(phrases.back().words);
      }
      for (const auto& n : c.excluded) phrases.push_back({e, true, folded_words(n)});
      vocabulary_.push_back(std::move(vocabulary));
    }
    matches_ = find_phrases(t_, layout_.clause, phrases);
    for (const auto& tok : t_) {
      spelled_.push_back(tok.kind == Kind::word ? upper_vi(text_.substr(tok.begin, tok.end - tok.begin)) : "");
    }
    mentions_ = time_mentions(t_, period_.year());
    intents_ = intent_mentions(t_);
  }

  Proposals read() {
    find_figures();
    scope_paragraphs();
    for (const auto& f : count_candidates_) count_statement(f);
    Proposals out;
    for (std::size_t k = 0; k < figures_.size(); ++k) {
      auto& f = figures_[k];
      classify(f);
      if (f.skip) continue;
      attach(k);
    }
    for (std::size_t k = 0; k < figures_.size(); ++k) {
      auto& f = figures_[k];
      if (f.skip) continue;
      auto p = propose(f);
      (f.suggestion ? out.suggestions : out.items).push_back(std::move(p));
    }
    out.counts = std::move(counts_);
    drop_repeats(out.items);
    return out;
  }

 private:
  bool word(std::size_t i, std::string_view w) const { return i < t_.size() && t_[i].is_word(w); }
  // The word at i as written is one of `set` (made by spelled()).
  bool spelled_in(std::size_t i, const Words& set) const {
    return i < t_.size() && t_[i].kind == Kind::word && set.count(spelled_[i]);
  }
  bool word_in(std::size_t i, const Words& set) const {
    return i < t_.size() && t_[i].kind == Kind::word && set.count(t_[i].text);
  }
  bool is_boundary_punct(std::size_t i) const {
    if (t_[i].kind == Kind::newline) return true;
    if (t_[i].kind != Kind::punct) return false;
    const auto& p = t_[i].text;
    return p == "," || p == ";" || p == "." || p == "(" || p == ")" || p == ":" || p == "!" || p == "?";
  }
  std::size_t clause_begin(std::size_t i) const { return layout_.clause_begin[layout_.clause[i]]; }
  std::size_t clause_end(std::size_t i) const { return layout_.clause_end[layout_.clause[i]]; }

  // Numbers that state figures, with the words just before them.
  void find_figures() {
    for (std::size_t i = 0; i < t_.size(); ++i) {
      if (t_[i].kind != Kind::number) continue;
      if (i > 0 && t_[i - 1].is_punct("/") && t_[i - 1].end == t_[i].begin) continue;  // inside a date
      auto q = read_quantity(t_, i);
      if (!q) continue;
      if (q->of && i > 0 && spelled_in(i - 1, kDateWords)) continue;
      if (q->dimension == Dimension::count && !q->of && i > 0 && spelled_in(i - 1, kIdentifierWords)) continue;
      Figure f;
      f.number = i;
      f.q = *q;
      f.lead = i;
      read_lead(f);
      f.right = q->dimension == Dimension::count ? i + (q->of ? 3 : 1) : q->end;
      if (q->of && q->noun.size() >= 2 && q->noun[0] == "chi" && q->noun[1] == "tieu") {
        count_candidates_.push_back(std::move(f));
      } else {
        figures_.push_back(std::move(f));
      }
      i = q->end - 1;
    }
    for (std::size_t k = 0; k < figures_.size(); ++k) {
      auto& f = figures_[k];
      f.left = clause_begin(f.number);
      if (k > 0 && layout_.clause[figures_[k - 1].number] == layout_.clause[f.number]) f.left = figures_[k - 1].q.end;
    }
  }

  void read_lead(Figure& f) {
    std::size_t k = f.number;
    static const std::pair<const char*, const char*> kTwoWordApprox[] = {
        {"khong", "qua"}, {"chua", "den"}, {"xap", "xi"}, {"it", "nhat"}, {"toi", "thieu"}, {"tren", "duoi"}};
    static const char* kTwoWordKind[] = {"under", "under", "about", "over", "over", "about"};
    for (std::size_t a = 0; a < std::size(kTwoWordApprox); ++a) {
      if (k >= 2 && word(k - 2, kTwoWordApprox[a].first) && word(k - 1, kTwoWordApprox[a].second)) {
        f.approx = kTwoWordKind[a];
        k -= 2;
        break;
      }
    }
    if (!f.approx && k >= 1) {
      if (word(k - 1, "hon") || word(k - 1, "tren"))
        f.approx = "over";
      else if (word(k - 1, "gan") || word(k - 1, "duoi"))
        f.approx = "under";
      else if (word(k - 1, "khoang"))
        f.approx = "about";
      if (f.approx) --k;
    }
    if (k >= 1 && spelled_in(k - 1, kRelations)) {
      f.relation = t_[k - 1].text;
      --k;
    }
    f.lead = k;
  }

  // "25/25 chỉ tiêu đạt và vượt kế hoạch"
  void count_statement(const Figure& f) {
    std::size_t end = clause_end(f.number);
    bool met = false;
    std::size_t stop = f.q.end;
    while (stop < end && !(is_boundary_punct(stop) && !t_[stop].is_punct(","))) {
      met = met || t_[stop].is_word("dat");
      ++stop;
    }
    if (!met || !in_period(f)) return;
    CountStatement s;
    s.met = static_cast<int>(f.q.amount);
    s.total = static_cast<int>(*f.q.of);
    set_quote(s, f.number, stop);
    counts_.push_back(std::move(s));
  }

  // The period each paragraph speaks of when it opens with one ("Năm 2023, …", "Quý III, …"),
  // and each numbered heading for the paragraphs under it.
  void scope_paragraphs() {
    std::size_t paragraphs = layout_.heading.size();
    paragraph_scope_.assign(paragraphs, std::nullopt);
    std::optional<bool> section;
    for (std::size_t p = 0; p < paragraphs; ++p) {
      std::size_t b = layout_.content_begin[p];
      std::size_t e = p + 1 < paragraphs ? layout_.paragraph_begin[p + 1] : t_.size();
      std::optional<bool> opening;
      bool heading = layout_.heading[p];
      for (const auto& m : mentions_) {
        if (m.begin >= b && m.begin < e && (heading || m.begin <= b + 2) && !m.comparison) {
          opening = m.covers(period_);
          break;
        }
      }
      for (std::size_t k : intents_) {
        if (k >= b && k < e && (heading || k <= b + 2)) opening = false;
      }
      if (heading) {
        if (opening)
          section = opening;
        else if (layout_.roman_heading[p])
          section.reset();
        paragraph_scope_[p] = section;
      } else {
        paragraph_scope_[p] = opening ? opening : section;
      }
    }
  }

  // Whether a figure speaks of the report's period and states a result (not a target).
  bool in_period(const Figure& f) const {
    std::size_t sentence = layout_.sentence[f.number];
    for (std::size_t k : intents_) {
      if (layout_.sentence[k] != sentence || k >= f.lead) continue;
      bool after_percent = std::any_of(figures_.begin(), figures_.end(), [&](const Figure& g) {
        return g.q.end <= k && k <= g.q.end + 2 && g.q.dimension == Dimension::percent;
      });
      if (!after_percent) return false;
    }
    for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
      if (it->end > f.lead || layout_.sentence[it->begin] != sentence) continue;
      if (it->comparison) {  // holds to the next comma or clause
        bool ended = layout_.clause[it->begin] != layout_.clause[f.number];
        for (std::size_t i = it->end; i < f.lead; ++i) ended = ended || t_[i].is_punct(",");
        if (ended) continue;
      }
      return it->covers(period_);
    }
    return paragraph_scope_[layout_.paragraph[f.number]].value_or(true);
  }

  // The words after a percentage: "kế hoạch", "dự toán", "so với cùng kỳ", "so với năm 2021".
  enum class Tail { none, plan, estimate, last_year, other_year };
  Tail tail_of(const Figure& f) const {
    std::size_t i = f.q.end;
    if (i < t_.size() && t_[i].is_punct("(")) ++i;
    if (word(i, "so")) ++i;
    if (word(i, "voi")) ++i;
    if ((word(i, "ke") && word(i + 1, "hoach")) || word(i, "kh") || (word(i, "du") && word(i + 1, "toan")) ||
        (word(i, "chi") && word(i + 1, "tieu")) || (word(i, "nghi") && word(i + 1, "quyet")) ||
        (word(i, "muc") && word(i + 1, "tieu"))) {
      return Tail::plan;
    }
    if (word(i, "uoc")) return Tail::estimate;
    if ((word(i, "cung") && word(i + 1, "ky")) || (word(i, "nam") && (word(i + 1, "truoc") || word(i + 1, "ngoai")))) {
      return Tail::last_year;
    }
    if (word(i, "nam") && i + 1 < t_.size() && t_[i + 1].kind == Kind::number) {
      return t_[i + 1].text == std::to_string(period_.year() - 1) ? Tail::last_year : Tail::other_year;
    }
    return Tail::none;
  }

  // The best indicator named around a figure, between `left` and the first punctuation after it.
  struct Choice {
    std::size_t entry;
    const PhraseMatch* match;
  };
  std::optional<Choice> named(const Figure& f, std::size_t left, bool check_units) const {
    std::size_t stop = f.right;
    std::size_t limit = clause_end(f.number);
    while (stop < limit && !is_boundary_punct(stop)) ++stop;
    std::set<std::size_t> banned;
    for (const auto& m : matches_) {
      if (m.excluded && m.end > left && m.begin < stop) banned.insert(m.entry);
    }
    std::optional<Choice> best;
    std::size_t best_distance = 0;
    for (const auto& m : matches_) {
      if (m.excluded || banned.count(m.entry)) continue;
      std::size_t distance;
      if (m.begin >= left && m.end <= f.number) {
        distance = m.end >= f.lead ? 0 : f.lead - m.end;
      } else if (m.begin >= f.right && m.begin < stop) {
        distance = m.begin - f.right;
      } else {
        continue;
      }
      if (check_units && !fits(f, m.entry)) continue;
      bool better = !best || distance < best_distance || (distance == best_distance && m.words > best->match->words);
      if (better) {
        best = Choice{m.entry, &m};
        best_distance = distance;
      }
    }
    return best;
  }

  // Whether the figure can be a value of the indicator: its unit converts, and what it counts
  // is what the indicator counts.
  bool fits(const Figure& f, std::size_t e) const {
    if (!measures_[e] || !convert(f.q, *measures_[e], catalogue_[e].decimals)) return false;
    if (f.q.dimension != Dimension::count || f.q.noun.empty()) return true;
    const auto& noun = f.q.noun;
    if (!measures_[e]->noun.empty() && measures_[e]->noun.front() == noun.front()) return true;
    for (const auto& words : vocabulary_[e]) {
      for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i] != noun[0]) continue;
        if (noun.size() == 1 || (i + 1 < words.size() && words[i + 1] == noun[1])) return true;
      }
    }
    return false;
  }

  bool left_is_empty(const Figure& f) const {
    for (std::size_t i = f.left; i < f.lead; ++i) {
      if (t_[i].kind == Kind::word && !spelled_in(i, kEmptyWords)) return false;
      if (t_[i].kind == Kind::number) return false;
    }
    return true;
  }

  // Which measure a figure states, from the words around it.
  void classify(Figure& f) {
    f.skip = !in_period(f);
    if (f.skip) return;
    // "giá trị sản xuất tăng 8,2%": the verb belongs to the indicator's name.
    if (!f.relation.empty()) {
      for (const auto& m : matches_) {
        if (!m.excluded && m.end == f.lead + 1 && m.begin >= f.left) {
          f.relation.clear();
          ++f.lead;
          break;
        }
      }
    }
    if (f.relation == "tu") {
      f.skip = true;  // "giảm từ 1,12% xuống còn 0,78%": the former figure
      return;
    }
    bool percent = f.q.dimension == Dimension::percent || f.q.dimension == Dimension::points;
    Tail tail = tail_of(f);
    if (tail == Tail::other_year) {
      f.skip = true;
      return;
    }
    bool change_verb = f.relation == "tang" || f.relation == "giam";
    double sign = f.relation == "giam" ? -1 : 1;
    if (percent && tail == Tail::plan && !own_percent_indicator(f)) {
      f.measure = "percent_of_plan";
      f.percent = f.relation == "vuot" || change_verb ? 100 + sign * f.q.amount : f.q.amount;
    } else if (percent && tail == Tail::estimate) {
      f.measure = "percent_of_estimate";
      f.percent = f.q.amount;
    } else if (percent && f.relation == "bang" && tail == Tail::last_year) {
      f.measure = "change_on_last_year";
      f.percent = f.q.amount - 100;
    } else if (change_verb && (tail == Tail::last_year || tail == Tail::none)) {
      f.measure = "change_on_last_year";
      f.percent = sign * f.q.amount;
    } else if (percent && f.relation == "vuot") {
      f.measure = "percent_of_plan";
      f.percent = 100 + f.q.amount;
    }
  }

  // "100% chỉ tiêu giao quân": the words after the percentage name a percentage indicator.
  bool own_percent_indicator(const Figure& f) const {
    for (const auto& m : matches_) {
      if (!m.excluded && m.begin == f.q.end && measures_[m.entry] &&
          measures_[m.entry]->dimension == Dimension::percent) {
        return true;
      }
    }
    return false;
  }

  void attach(std::size_t k) {
    Figure& f = figures_[k];
    if (f.measure != "value") {
      attach_relative(k);
      return;
    }
    auto choice = named(f, f.left, true);
    std::size_t left = f.left, named_from = f.left, named_to = f.lead;
    // A figure with nothing of its own before it shares the subject of the figure before it.
    for (std::size_t j = k; !choice && j > 0 && left_is_empty(figures_[j]); --j) {
      const Figure& before = figures_[j - 1];
      if (layout_.clause[before.number] != layout_.clause[f.number]) break;
      left = named_from = before.left;
      named_to = before.lead;
      choice = named(f, left, true);
    }
    f.vintage = vintage_of(f, left);
    if (!choice) {
      f.suggestion = true;
      f.value = f.q.amount / f.q.scale;
      std::size_t ignored = 0;
      f.name = name_of(f, named_from, named_to, named_to == f.lead ? f.name_first : ignored);
      if (named_to != f.lead) f.name_first = f.lead;
      return;
    }
    f.entry = choice->entry;
    f.match_begin = choice->match->begin;
    f.match_end = choice->match->end;
    f.value = *convert(f.q, *measures_[*f.entry], catalogue_[*f.entry].decimals);
  }

  void attach_relative(std::size_t k) {
    Figure& f = figures_[k];
    if (auto choice = named(f, f.left, false); choice && choice->match->end <= f.lead) {
      f.entry = choice->entry;
      f.match_begin = choice->match->begin;
      f.match_end = choice->match->end;
      f.vintage = vintage_of(f, f.left);
    } else {
      // The figure it speaks of: the last one of the sentence, of the same kind for a change
      // in things counted ("giảm 2 vụ").
      std::optional<std::size_t> base;
      for (std::size_t j = k; j > 0; --j) {
        const Figure& g = figures_[j - 1];
        if (layout_.sentence[g.number] != layout_.sentence[f.number]) break;
        if (g.measure != "value") continue;
        bool same_kind =
            f.q.dimension == Dimension::percent || f.q.dimension == Dimension::points ||
            (g.q.dimension == f.q.dimension && (f.q.noun.empty() || (!g.q.noun.empty() && g.q.noun[0] == f.q.noun[0])));
        if (!base) base = j - 1;
        if (same_kind) {
          base = j - 1;
          break;
        }
      }
      if (!base) {  // "giá trị tăng thêm tăng 9,1%": the change of something outside the catalogue
        f.suggestion = true;
        f.name = name_of(f, f.left, f.lead, f.name_first);
        f.vintage = vintage_of(f, f.left);
        f.value = f.percent;
        if (f.q.dimension != Dimension::percent && f.q.dimension != Dimension::points) {
          f.value = (f.percent < 0 ? -1 : 1) * f.q.amount / f.q.scale;
        }
        return;
      }
      const Figure& g = figures_[*base];
      f.base = base;
      f.skip = g.skip;
      f.suggestion = g.suggestion;
      f.entry = g.entry;
      f.vintage = g.vintage;
    }
    if (f.q.dimension == Dimension::percent || f.q.dimension == Dimension::points) {
      f.value = f.percent;
    } else if (f.entry && measures_[*f.entry]) {
      auto v = convert(f.q, *measures_[*f.entry], catalogue_[*f.entry].decimals);
      if (!v) f.skip = true;
      f.value = v ? (f.percent < 0 ? -*v : *v) : 0;
    } else {
      f.value = (f.percent < 0 ? -1 : 1) * f.q.amount / f.q.scale;
    }
  }

  // plan when named as the plan ("chỉ tiêu trên 90%", "không quá 6 vụ theo chỉ tiêu"), estimate
  // after "ước", preliminary after "sơ bộ", else the vintage given for figures stated as done.
  std::string vintage_of(const Figure& f, std::size_t left) const {
    std::size_t i = f.lead;
    static const Words kPlanFiller = {"giao", "nam", "la", "de", "ra", "tinh", "duoc", "dat"};
    while (i > left && (word_in(i - 1, kPlanFiller) || t_[i - 1].is_punct("("))) --i;
    if (i >= 2 && ((word(i - 2, "chi") && word(i - 1, "tieu")) || (word(i - 2, "ke") && word(i - 1, "hoach")) ||
                   (word(i - 2, "du") && word(i - 1, "toan")))) {
      return "plan";
    }
    if (word(f.q.end, "theo") && ((word(f.q.end + 1, "chi") && word(f.q.end + 2, "tieu")) ||
                                  (word(f.q.end + 1, "ke") && word(f.q.end + 2, "hoach")))) {
      return "plan";
    }
    for (std::size_t j = left; j < f.lead; ++j) {
      if (word(j, "uoc")) return "estimate";
      if (word(j, "so") && word(j + 1, "bo")) return "preliminary";
      if (word(j, "so") && word(j + 1, "lieu") && word(j + 2, "chinh") && word(j + 3, "thuc")) return "official";
    }
    return vintage_;
  }

  // The end of what the text says about a figure: up to the next punctuation or figure.
  std::size_t statement_end(const Figure& f, std::size_t from) const {
    std::size_t limit = clause_end(f.number);
    for (const auto& g : figures_) {
      if (g.lead >= from && g.lead < limit) limit = g.lead;
    }
    std::size_t end = from;
    while (end < limit && !is_boundary_punct(end)) ++end;
    return end;
  }

  template <class T>
  void set_quote(T& out, std::size_t first, std::size_t end) const {
    while (end > first + 1 && (t_[end - 1].kind == Kind::punct && t_[end - 1].text != "%" && t_[end - 1].text != ")")) {
      --end;
    }
    std::size_t b = t_[first].begin, e = t_[end - 1].end;
    out.quote = std::string(text_.substr(b, e - b));
    out.start = code_points_.at(b);
    out.end = code_points_.at(e);
  }

  // The words of the text that name a figure of no indicator: those before it in [b, e), from
  // the last comma or connector ("đã", "và"), without verbs at the end, then what it counts.
  std::string name_of(const Figure& f, std::size_t b, std::size_t e, std::size_t& first) const {
    for (std::size_t i = e; i > b; --i) {
      if (t_[i - 1].is_punct(",") || spelled_in(i - 1, kCutWords)) {
        b = i;
        break;
      }
    }
    while (b < e && (t_[b].kind != Kind::word || spelled_in(b, kLeadingConnectors))) ++b;
    while (e > b && (t_[e - 1].kind != Kind::word || spelled_in(e - 1, kTrailingVerbs))) --e;
    first = b < e ? b : f.lead;
    std::string name = b < e ? std::string(text_.substr(t_[b].begin, t_[e - 1].end - t_[b].begin)) : "";
    if (f.q.dimension == Dimension::count && !f.q.noun.empty()) {
      std::size_t n0 = f.right, n1 = f.right + f.q.noun.size();
      std::string noun(text_.substr(t_[n0].begin, t_[n1 - 1].end - t_[n0].begin));
      name = name.empty() ? noun : name + " " + noun;
    }
    return name.empty() ? std::string(text_.substr(t_[f.number].begin, t_[f.q.end - 1].end - t_[f.number].begin))
                        : name;
  }

  // Where the words naming a figure's indicator begin: its match, or an overlapping longer one
  // ("tổng thu ngân sách" over "thu ngân sách trên địa bàn").
  std::size_t named_start(const Figure& f) const {
    std::size_t begin = *f.match_begin;
    for (const auto& m : matches_) {
      if (!m.excluded && m.entry == *f.entry && m.begin < begin && m.end > begin) begin = m.begin;
    }
    return begin;
  }

  std::string unit_as_written(const Figure& f) const {
    if (f.q.dimension == Dimension::money) {
      std::string unit = f.q.scale >= 1e12  ? "nghìn tỷ đồng"
                         : f.q.scale >= 1e9 ? "tỷ đồng"
                         : f.q.scale >= 1e6 ? "triệu đồng"
                         : f.q.scale >= 1e3 ? "nghìn đồng"
                                            : "đồng";
      for (const auto& p : f.q.per) unit += "/" + p;
      return unit;
    }
    std::size_t from = f.q.dimension == Dimension::count ? f.right : f.number + 1;
    if (from >= f.q.end) return "";
    return std::string(text_.substr(t_[from].begin, t_[f.q.end - 1].end - t_[from].begin));
  }

  Proposal propose(const Figure& f) const {
    Proposal p;
    p.measure = f.measure;
    p.value = f.value;
    p.vintage = f.vintage;
    p.approx = f.approx;
    p.as_written = std::string(text_.substr(t_[f.number].begin, t_[f.q.end - 1].end - t_[f.number].begin));
    bool relative = f.measure != "value";
    bool percent = f.q.dimension == Dimension::percent || f.q.dimension == Dimension::points;
    std::size_t first = f.lead;
    if (f.entry) {
      p.indicator = catalogue_[*f.entry].code;
      p.name = catalogue_[*f.entry].name;
      p.unit = relative && percent ? "%" : catalogue_[*f.entry].measure;
      if (f.match_begin && *f.match_begin < f.number) first = std::min(first, named_start(f));
    } else {
      p.name = f.base ? figures_[*f.base].name : f.name;
      if (!relative || !f.base) first = f.name_first;
      p.unit = relative && percent ? "%" : unit_as_written(f);
    }
    if (f.q.dimension == Dimension::points) p.unit = "điểm %";
    std::size_t end =
        statement_end(f, std::max(f.q.end, f.match_end && *f.match_begin >= f.number ? *f.match_end : f.q.end));
    set_quote(p, first, end);
    return p;
  }

  // Keeps one of the same figure stated twice in a sentence ("46/52 trường …, đạt tỷ lệ 88,5%"),
  // the one written in the indicator's unit.
  static void drop_repeats(std::vector<Proposal>& items) {
    std::vector<Proposal> kept;
    for (auto& p : items) {
      auto same = std::find_if(kept.begin(), kept.end(), [&](const Proposal& k) {
        return k.indicator == p.indicator && k.measure == p.measure && k.vintage == p.vintage &&
               std::abs(k.value - p.value) < 1e-9;
      });
      if (same == kept.end()) {
        kept.push_back(std::move(p));
      } else if (same->as_written.find('/') != std::string::npos) {
        *same = std::move(p);
      }
    }
    items = std::move(kept);
  }

  std::string_view text_;
  const std::vector<CatalogueEntry>& catalogue_;
  const Period& period_;
  std::string vintage_;
  std::vector<Token> t_;
  std::vector<std::string> spelled_;  // each word as written, in upper case
  Layout layout_;
  CodePoints code_points_;
  std::vector<std::optional<Quantity>> measures_;
  std::vector<std::vector<std::vector<std::string>>> vocabulary_;  // per entry: its name and names, folded
  std::vector<PhraseMatch> matches_;
  std::vector<TimeMention> mentions_;
  std::vector<std::size_t> intents_;
  std::vector<Figure> figures_;
  std::vector<std::optional<bool>> paragraph_scope_;
  std::vector<Figure> count_candidates_;  // "17/20 chỉ tiêu …"
  std::vector<CountStatement> counts_;
};

}  // namespace

Proposals extract(std::string_view text, const std::vector<CatalogueEntry>& catalogue, const Period& period,
                  const std::string& vintage) {
  return Reader(text, catalogue, period, vintage).read();
}

}  // namespace sen::extraction
