// Headers a client controls: the Cookie header, Accept-Language, and X-Forwarded-For / X-Real-IP
// as read behind a trusted proxy.
#include "app/api.hpp"
#include "fuzz_input.hpp"
#include "http/client_address.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const sen::http::TrustedProxies proxies({"127.0.0.1", "10.0.0.0/8", "fd00::/8"});
  auto text = sen::fuzz::text(data, size);
  auto split = text.find('\n');
  auto first = text.substr(0, split);
  auto second = split == std::string_view::npos ? std::string_view() : text.substr(split + 1);
  sen::http::Request r;
  r.headers = {{"cookie", std::string(first)}, {"accept-language", std::string(second)}};
  sen::app::cookie(r, "sen_session");
  r.prefers_english();
  proxies.client_of("127.0.0.1", first, second);
  proxies.client_of(first, second, std::nullopt);
  proxies.contains(first);
  return 0;
}
