// For fuzz targets: the fuzzer's bytes as text, and a rule that expected failures (sen::Error) are
// the answer to bad input, while anything else escaping is a bug the fuzzer should report.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/error.hpp"

namespace sen::fuzz {

inline std::string_view text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Runs f(); a sen::Error is a refusal, the expected answer to bad input.
template <class F>
void refusing(F f) {
  try {
    f();
  } catch (const Error&) {
  }
}

}  // namespace sen::fuzz
