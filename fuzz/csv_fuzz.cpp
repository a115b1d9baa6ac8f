// An uploaded CSV file: checked whole, then read row by row as the imports read it, with numbers
// in both styles and flags.
#include "base/csv_import.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  sen::fuzz::refusing([&] {
    std::vector<sen::ErrorDetail> problems;
    sen::csv::read_rows(sen::fuzz::text(data, size), {"indicator", "value"}, {"note", "illustrative"}, problems,
                        [&](const sen::csv::Columns& cols, const sen::csv::Record& r) {
                          auto value = cols.get(r, "value");
                          sen::csv::number(value, "value", r.line, sen::NumberStyle::vietnamese, problems);
                          sen::csv::number(value, "value", r.line, sen::NumberStyle::plain, problems);
                          sen::csv::flag(cols.get(r, "illustrative"), "illustrative", r.line, problems);
                          cols.optional(r, "note");
                        });
    if (!problems.empty()) sen::csv::refuse_import(std::move(problems));
  });
  return 0;
}
