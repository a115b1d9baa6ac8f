// Dates and reporting periods as the API and imports read them: whatever parses prints back to
// itself, and a period's days and cut-off window are ordered.
#include <cstdlib>

#include "base/date.hpp"
#include "base/period.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto text = sen::fuzz::text(data, size);
  if (auto d = sen::Date::parse(text)) {
    if (d->iso() != text) std::abort();
    sen::fuzz::refusing([&] { sen::require_calendar_date(*d, "date"); });
  }
  if (auto p = sen::Period::parse(text)) {
    auto days = p->days();
    if (days.last < days.first || !sen::Period::parse(p->code())) std::abort();
  }
  return 0;
}
