// A request body: parsed as a JSON object, then read field by field as the routes read it.
#include "base/json.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  sen::fuzz::refusing([&] {
    auto body = sen::json::parse_object(sen::fuzz::text(data, size));
    sen::json::Fields f(body);
    for (const auto& kv : body) {
      std::string_view name = kv.key();
      sen::fuzz::refusing([&] { f.optional_string(name, 500); });
      sen::fuzz::refusing([&] { f.optional_text(name, 20000); });
      sen::fuzz::refusing([&] { f.optional_int(name, 0, 100); });
      sen::fuzz::refusing([&] { f.optional_int(name); });
      sen::fuzz::refusing([&] { f.optional_number(name); });
      sen::fuzz::refusing([&] { f.optional_date(name); });
      sen::fuzz::refusing([&] { f.optional_bool(name, false); });
      sen::fuzz::refusing([&] { f.optional_string_array(name); });
    }
    f.allow_only({"code", "name", "value"});
  });
  return 0;
}
