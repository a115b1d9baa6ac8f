// Evaluation of targets (pure rules, no storage): how many targets per second one core judges.
#include <benchmark/benchmark.h>

#include <random>
#include <vector>

#include "targets/evaluation.hpp"

namespace {

using sen::targets::Indicator;
using sen::targets::Target;

void BM_Evaluate100kTargets(benchmark::State& state) {
  const std::size_t n = 100000;
  std::mt19937 rng(42);
  std::uniform_real_distribution<double> dist(0, 2000);
  const char* comparators[] = {">=", ">", "<=", "<", "=", "between"};
  std::vector<Target> targets(n);
  std::vector<Indicator> indicators(n);
  std::vector<double> actuals(n);
  for (std::size_t i = 0; i < n; ++i) {
    targets[i].comparator = comparators[i % 6];
    targets[i].value = dist(rng);
    if (targets[i].comparator == "between") targets[i].value_to = targets[i].value + 100;
    indicators[i].decimals = static_cast<int>(i % 3);
    indicators[i].direction = i % 5 == 0 ? sen::targets::Direction::lower : sen::targets::Direction::higher;
    actuals[i] = dist(rng);
  }
  for (auto _ : state) {
    int exceeded = 0;
    for (std::size_t i = 0; i < n; ++i) {
      auto e = sen::targets::evaluate(targets[i], indicators[i], actuals[i], std::nullopt);
      exceeded += e.status == sen::targets::Status::exceeded;
    }
    benchmark::DoNotOptimize(exceeded);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * n));
}
BENCHMARK(BM_Evaluate100kTargets)->Unit(benchmark::kMillisecond);

}  // namespace
