// Formula indicators: arithmetic over other indicators' codes and constants, such as
// "GIAI_NGAN_DTC / KH_VON_DTC * 100". Operators + - * / (also − × ÷), parentheses, unary minus.
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sen::targets {

class Formula {
 public:
  // Parses `text`; throws sen::Error (invalid, field "formula") naming the 1-based character
  // position of the problem.
  static Formula parse(std::string_view text);

  // Indicator codes the formula reads, each once, in order of first appearance.
  // (A temporary formula gives its references by value: no reference into it can outlive it.)
  const std::vector<std::string>& references() const& { return references_; }
  std::vector<std::string> references() && { return std::move(references_); }

  // The value, given each reference's value; nullopt when a reference has no value or a
  // division by zero occurs.
  std::optional<double> evaluate(const std::function<std::optional<double>(const std::string&)>& value_of) const;

  struct Node;

 private:
  std::shared_ptr<const Node> root_;
  std::vector<std::string> references_;
};

// Throws sen::Error (unprocessable, field "formula") when giving `code` these references would
// make a cycle; `references_of` returns the references of another indicator's formula
// (empty when it has none). The message shows the cycle, e.g. "A → B → A".
void check_no_cycle(const std::string& code, const std::vector<std::string>& references,
                    const std::function<std::vector<std::string>(const std::string&)>& references_of);

}  // namespace sen::targets
