// Request targets: split and percent-decoded as the server does, then matched against the route
// table of the whole API.
#include <boost/url/parse.hpp>

#include "fuzz_input.hpp"
#include "wiring/api.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const sen::http::RouteTable* table = [] {
    sen::app::Api api(nullptr, nullptr);
    sen::wiring::register_all_routes(api);
    auto* t = new sen::http::RouteTable;
    for (const auto& route : api.routes()) t->add(route.method, route.pattern);
    return t;
  }();
  auto url = boost::urls::parse_origin_form(sen::fuzz::text(data, size));
  if (!url) return 0;
  std::string path = url->path();
  boost::urls::encoding_opts opts;
  opts.space_as_plus = true;
  for (auto param : url->params(opts)) (void)param.value.size();
  for (auto method : {sen::http::Method::get, sen::http::Method::post, sen::http::Method::patch}) {
    auto match = table->match(method, path);
    for (const auto& [name, value] : match.params) (void)value.size();
  }
  return 0;
}
