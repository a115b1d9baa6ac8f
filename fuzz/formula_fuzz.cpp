// Formula indicators: any text either parses or is refused with the position of the problem;
// what parses evaluates without crashing, whatever its references hold.
#include "fuzz_input.hpp"
#include "targets/formula.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  sen::fuzz::refusing([&] {
    auto f = sen::targets::Formula::parse(sen::fuzz::text(data, size));
    double seed = static_cast<double>(size) - 3;
    f.evaluate([&](const std::string& code) -> std::optional<double> {
      if (code.size() % 3 == 0) return std::nullopt;
      return seed * static_cast<double>(code.size());
    });
  });
  return 0;
}
