#include "targets/formula.hpp"

#include <algorithm>
#include <charconv>
#include <set>

#include "base/error.hpp"
#include "targets/messages.hpp"

namespace sen::targets {

struct Formula::Node {
  char op = 0;  // '+', '-', '*', '/', 'n' (negate), 'c' (constant), 'r' (reference)
  double constant = 0;
  std::string reference;
  std::shared_ptr<const Node> left, right;
};

namespace {

using NodePtr = std::shared_ptr<const Formula::Node>;

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  NodePtr parse_all(std::vector<std::string>& references) {
    references_ = &references;
    skip_space();
    if (at_ >= text_.size()) fail<"formula.empty">();
    NodePtr root = expression();
    skip_space();
    if (at_ < text_.size()) fail<"formula.unexpected_character">();
    return root;
  }

 private:
  // 1-based position in characters (code points), for the user.
  std::size_t position() const {
    std::size_t n = 0;
    for (std::size_t i = 0; i < at_ && i < text_.size(); ++i) {
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++n;
    }
    return n + 1;
  }

  // The error `code` of the catalogue at the cursor.
  template <Code code>
  [[noreturn]] void fail() {
    throw messages::error<code>("formula", position());
  }

  void skip_space() {
    while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\t')) ++at_;
  }

  // The operator at the cursor as one of + - * /, consuming it; 0 when there is none.
  char take_operator(std::string_view allowed) {
    skip_space();
    static const std::pair<std::string_view, char> kSpellings[] = {
        {"+", '+'}, {"-", '-'}, {"\u2212", '-'}, {"*", '*'}, {"\u00d7", '*'}, {"/", '/'}, {"\u00f7", '/'}};
    for (const auto& [spelling, op] : kSpellings) {
      if (allowed.find(op) != std::string_view::npos && text_.substr(at_, spelling.size()) == spelling) {
        at_ += spelling.size();
        return op;
      }
    }
    return 0;
  }

  NodePtr binary(char op, NodePtr l, NodePtr r) {
    auto n = std::make_shared<Formula::Node>();
    n->op = op;
    n->left = std::move(l);
    n->right = std::move(r);
    return n;
  }

  NodePtr expression() {
    NodePtr left = term();
    while (char op = take_operator("+-")) left = binary(op, left, term());
    return left;
  }

  NodePtr term() {
    NodePtr left = factor();
    while (char op = take_operator("*/")) left = binary(op, left, factor());
    return left;
  }

  NodePtr factor() {
    skip_space();
    if (at_ >= text_.size()) fail<"formula.ends_early">();
    if (take_operator("-")) {
      auto n = std::make_shared<Formula::Node>();
      n->op = 'n';
      n->left = factor();
      return n;
    }
    char c = text_[at_];
    if (c == '(') {
      ++at_;
      NodePtr inner = expression();
      skip_space();
      if (at_ >= text_.size() || text_[at_] != ')') fail<"formula.missing_parenthesis">();
      ++at_;
      return inner;
    }
    if ((c >= '0' && c <= '9') || c == '.') {
      std::size_t start = at_;
      while (at_ < text_.size() && ((text_[at_] >= '0' && text_[at_] <= '9') || text_[at_] == '.')) ++at_;
      auto n = std::make_shared<Formula::Node>();
      n->op = 'c';
      auto [p, ec] = std::from_chars(text_.data() + start, text_.data() + at_, n->constant);
      if (ec != std::errc() || p != text_.data() + at_) {
        at_ = start;
        fail<"formula.invalid_number">();
      }
      return n;
    }
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_') {
      std::size_t start = at_;
      while (at_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[at_])) || text_[at_] == '_')) ++at_;
      auto n = std::make_shared<Formula::Node>();
      n->op = 'r';
      n->reference = std::string(text_.substr(start, at_ - start));
      if (std::find(references_->begin(), references_->end(), n->reference) == references_->end()) {
        references_->push_back(n->reference);
      }
      return n;
    }
    fail<"formula.operand_expected">();
  }

  std::string_view text_;
  std::size_t at_ = 0;
  std::vector<std::string>* references_ = nullptr;
};

std::optional<double> eval(const Formula::Node& n,
                           const std::function<std::optional<double>(const std::string&)>& value_of) {
  switch (n.op) {
    case 'c':
      return n.constant;
    case 'r':
      return value_of(n.reference);
    case 'n': {
      auto v = eval(*n.left, value_of);
      if (!v) return std::nullopt;
      return -*v;
    }
    default:
      break;
  }
  auto l = eval(*n.left, value_of);
  auto r = eval(*n.right, value_of);
  if (!l || !r) return std::nullopt;
  switch (n.op) {
    case '+':
      return *l + *r;
    case '-':
      return *l - *r;
    case '*':
      return *l * *r;
    case '/':
      return *r == 0 ? std::nullopt : std::optional<double>(*l / *r);
  }
  return std::nullopt;
}

}  // namespace

Formula Formula::parse(std::string_view text) {
  Formula f;
  f.root_ = Parser(text).parse_all(f.references_);
  return f;
}

std::optional<double> Formula::evaluate(
    const std::function<std::optional<double>(const std::string&)>& value_of) const {
  return eval(*root_, value_of);
}

void check_no_cycle(const std::string& code, const std::vector<std::string>& references,
                    const std::function<std::vector<std::string>(const std::string&)>& references_of) {
  // Depth-first search from each reference, looking for a way back to `code`.
  std::vector<std::string> path{code};
  std::set<std::string> done;
  std::function<bool(const std::string&)> reaches = [&](const std::string& at) -> bool {
    path.push_back(at);
    if (at == code) return true;
    if (done.insert(at).second) {
      for (const auto& next : references_of(at)) {
        if (reaches(next)) return true;
      }
    }
    path.pop_back();
    return false;
  };
  for (const auto& r : references) {
    if (!reaches(r)) continue;
    std::string shown;
    for (const auto& p : path) shown += (shown.empty() ? "" : " → ") + p;
    throw messages::error<"formula.cycle">("formula", shown);
  }
}

}  // namespace sen::targets
