// Vietnamese and plain numbers: whatever parses formats back and parses again to the same value.
#include <cmath>
#include <cstdlib>

#include "base/vi_number.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto text = sen::fuzz::text(data, size);
  for (auto style : {sen::NumberStyle::vietnamese, sen::NumberStyle::plain}) {
    auto v = sen::parse_number(text, style);
    if (!v || !std::isfinite(*v) || std::abs(*v) > 1e15) continue;
    auto again = sen::parse_number(sen::format_vi(*v, 6), sen::NumberStyle::vietnamese);
    if (!again || std::abs(*again - *v) > 1e-6 * std::max(1.0, std::abs(*v))) std::abort();
  }
  return 0;
}
