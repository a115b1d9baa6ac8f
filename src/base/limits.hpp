// The bounds every quantity Sen accepts stays within, whatever path it came by.
#pragma once
#include <cstdint>
#include <stdexcept>

namespace sen {

// Amounts in đồng and counts: up to 10^15 (a million tỷ đồng), so that a sum of up to 9.000 of them
// cannot overflow 64 bits, and a double holds each exactly.
inline constexpr std::int64_t kLargest = 1'000'000'000'000'000;

// a + b, for sums of bounded amounts; std::overflow_error in the case the bound makes impossible
// (more than 9.000 amounts at the bound), never undefined behaviour.
inline std::int64_t add_amounts(std::int64_t a, std::int64_t b) {
  std::int64_t sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) throw std::overflow_error("a sum of amounts exceeds 64 bits");
  return sum;
}

}  // namespace sen
