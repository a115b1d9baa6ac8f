// Text from outside: one line or many, any bytes — refused with a reason, or stored valid, NFC,
// without control characters, and stable when checked again.
#include <cstdlib>

#include "base/received_text.hpp"
#include "base/text.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto raw = sen::fuzz::text(data, size);
  for (auto lines : {sen::Lines::one, sen::Lines::many}) {
    sen::fuzz::refusing([&] {
      auto once = sen::received_text(raw, "field", 20000, lines);
      if (sen::received_text(once, "field", 20000, lines) != once) std::abort();
      sen::fold(once);
      sen::upper_vi(once);
    });
  }
  sen::fuzz::refusing([&] { sen::received_document(raw, "file"); });
  return 0;
}
