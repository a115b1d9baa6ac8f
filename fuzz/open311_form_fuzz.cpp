// Open311 POST bodies (form-encoded, with attribute[code] and attribute[code][] fields) and the
// date-times of its query parameters, as a 311 client may send them.
#include "fuzz_input.hpp"
#include "open311/datetime.hpp"
#include "open311/form.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto text = sen::fuzz::text(data, size);
  sen::open311::parse_w3c(text);
  sen::fuzz::refusing([&] {
    auto form = sen::open311::Form::parse(text);
    for (const char* name : {"description", "first_name", "last_name", "email", "phone", "address_string", "lat",
                             "long", "service_code", "api_key", "jurisdiction_id"}) {
      sen::fuzz::refusing([&] { form.line(name, 500); });
      sen::fuzz::refusing([&] { form.text(name, 20000); });
    }
    for (const auto& [code, values] : form.attributes()) (void)values.size();
    form.allow_only({"description", "first_name"});
  });
  return 0;
}
