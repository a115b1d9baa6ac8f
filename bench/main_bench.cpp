// The entry point of sen_bench; each *_bench.cpp registers its benchmarks.
#include <benchmark/benchmark.h>

BENCHMARK_MAIN();
