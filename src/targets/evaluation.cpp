#include "targets/evaluation.hpp"

#include <cmath>

#include "base/vi_number.hpp"

namespace sen::targets {

namespace {

double rounded(double v, int decimals) {
  double scale = std::pow(10.0, decimals);
  return std::round(v * scale) / scale;
}

}  // namespace

const char* status_code(Status s) {
  switch (s) {
    case Status::exceeded:
      return "exceeded";
    case Status::met:
      return "met";
    case Status::not_met:
      return "not_met";
    case Status::no_data:
      return "no_data";
  }
  return "no_data";
}

int vintage_rank(Vintage vintage) {
  switch (vintage) {
    case Vintage::official:
      return 3;
    case Vintage::preliminary:
      return 2;
    case Vintage::estimate:
      return 1;
    case Vintage::plan:
      return 0;
  }
  return 0;
}

Evaluation evaluate(const Target& t, const Indicator& ind, std::optional<double> actual,
                    std::optional<double> plan_figure) {
  Evaluation e;
  if (!actual) return e;
  double a = rounded(*actual, ind.decimals);
  double v = rounded(t.value, ind.decimals);
  bool higher_better = ind.direction == Direction::higher;

  bool holds = false;
  const std::string& c = t.comparator;
  if (c == ">=")
    holds = a >= v;
  else if (c == ">")
    holds = a > v;
  else if (c == "<=")
    holds = a <= v;
  else if (c == "<")
    holds = a < v;
  else if (c == "=")
    holds = a == v;
  else if (c == "between")
    holds = a >= v && a <= rounded(t.value_to.value_or(t.value), ind.decimals);

  if (!holds)
    e.status = Status::not_met;
  else if (c == "=" || c == "between")
    e.status = Status::met;
  else
    e.status = (higher_better ? a > v : a < v) ? Status::exceeded : Status::met;

  if (c != "between") {
    double plan = plan_figure.value_or(t.value);
    if (higher_better && plan != 0) e.achievement_pct = *actual / plan * 100;
    if (!higher_better && *actual != 0) e.achievement_pct = plan / *actual * 100;
  }
  return e;
}

std::string describe_target_vi(const Target& t, int decimals) {
  std::string v = format_vi(t.value, decimals);
  if (t.comparator == "between") return "từ " + v + " đến " + format_vi(t.value_to.value_or(t.value), decimals);
  if (t.comparator == ">=") return "≥ " + v;
  if (t.comparator == "<=") return "≤ " + v;
  return t.comparator + " " + v;
}

}  // namespace sen::targets
