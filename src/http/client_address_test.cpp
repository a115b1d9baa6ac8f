#include "http/client_address.hpp"

#include <gtest/gtest.h>

namespace sen::http {
namespace {

TEST(ClientAddress, HeadersCountOnlyFromATrustedProxy) {
  TrustedProxies none;
  EXPECT_EQ(none.client_of("203.0.113.9", "10.1.1.1", "10.1.1.2"), "203.0.113.9");
  TrustedProxies proxy({"127.0.0.1", "10.0.0.0/8"});
  EXPECT_EQ(proxy.client_of("127.0.0.1", "198.51.100.7", std::nullopt), "198.51.100.7");
  EXPECT_EQ(proxy.client_of("203.0.113.9", "198.51.100.7", std::nullopt), "203.0.113.9");  // not a proxy
}

TEST(ClientAddress, TheNearestUntrustedHopIsTheClient) {
  TrustedProxies proxies({"127.0.0.1", "10.0.0.0/8"});
  // A client may write anything at the left; the proxies append on the right.
  EXPECT_EQ(proxies.client_of("127.0.0.1", "1.2.3.4, 198.51.100.7, 10.0.0.5", std::nullopt), "198.51.100.7");
  EXPECT_EQ(proxies.client_of("127.0.0.1", "10.0.0.6, 10.0.0.5", "192.0.2.1"), "192.0.2.1");
  EXPECT_EQ(proxies.client_of("127.0.0.1", "garbage, 198.51.100.7", std::nullopt), "198.51.100.7");
  EXPECT_EQ(proxies.client_of("127.0.0.1", "198.51.100.7, garbage", "192.0.2.1"), "192.0.2.1");
  EXPECT_EQ(proxies.client_of("::ffff:127.0.0.1", "198.51.100.7", std::nullopt), "198.51.100.7");
  EXPECT_EQ(proxies.client_of("127.0.0.1", std::nullopt, std::nullopt), "127.0.0.1");
}

TEST(ClientAddress, MalformedEntriesAreRefused) {
  EXPECT_THROW(TrustedProxies({"not-an-address"}), std::invalid_argument);
  EXPECT_THROW(TrustedProxies({"10.0.0.0/40"}), std::invalid_argument);
  TrustedProxies v6({"fd00::/8"});
  EXPECT_TRUE(v6.contains("fd12::1"));
  EXPECT_FALSE(v6.contains("2001:db8::1"));
}

}  // namespace
}  // namespace sen::http
