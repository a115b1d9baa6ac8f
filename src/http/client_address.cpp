#include "http/client_address.hpp"

#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/network_v4.hpp>
#include <boost/asio/ip/network_v6.hpp>
#include <stdexcept>

namespace sen::http {

namespace ip = boost::asio::ip;

struct TrustedProxies::Networks {
  std::vector<ip::network_v4> v4;
  std::vector<ip::network_v6> v6;
};

namespace {

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::optional<ip::address> address_of(std::string_view text) {
  boost::system::error_code ec;
  auto a = ip::make_address(std::string(trimmed(text)), ec);
  if (ec) return std::nullopt;
  // An IPv4 client seen through an IPv6 socket (::ffff:10.0.0.5) is that IPv4 client.
  if (a.is_v6() && a.to_v6().is_v4_mapped()) return ip::make_address_v4(ip::v4_mapped, a.to_v6());
  return a;
}

}  // namespace

TrustedProxies::TrustedProxies(const std::vector<std::string>& entries) : networks_(std::make_unique<Networks>()) {
  for (const auto& entry : entries) {
    boost::system::error_code ec;
    auto slash = entry.find('/');
    auto address = address_of(std::string_view(entry).substr(0, slash));
    if (!address) throw std::invalid_argument("not an IP address or network: '" + entry + "'");
    if (address->is_v4()) {
      auto net = slash == std::string::npos ? ip::network_v4(address->to_v4(), 32) : ip::make_network_v4(entry, ec);
      if (ec) throw std::invalid_argument("not an IP network: '" + entry + "'");
      networks_->v4.push_back(net.canonical());
    } else {
      auto net = slash == std::string::npos ? ip::network_v6(address->to_v6(), 128) : ip::make_network_v6(entry, ec);
      if (ec) throw std::invalid_argument("not an IP network: '" + entry + "'");
      networks_->v6.push_back(net.canonical());
    }
  }
}

TrustedProxies::~TrustedProxies() = default;
TrustedProxies::TrustedProxies(TrustedProxies&&) noexcept = default;
TrustedProxies& TrustedProxies::operator=(TrustedProxies&&) noexcept = default;

bool TrustedProxies::empty() const {
  return networks_->v4.empty() && networks_->v6.empty();
}

bool TrustedProxies::contains(std::string_view text) const {
  auto a = address_of(text);
  if (!a) return false;
  if (a->is_v4()) {
    for (const auto& n : networks_->v4) {
      if (ip::network_v4(a->to_v4(), 32).is_subnet_of(n) || ip::network_v4(a->to_v4(), 32) == n) return true;
    }
    return false;
  }
  for (const auto& n : networks_->v6) {
    if (ip::network_v6(a->to_v6(), 128).is_subnet_of(n) || ip::network_v6(a->to_v6(), 128) == n) return true;
  }
  return false;
}

std::string TrustedProxies::client_of(std::string_view peer, std::optional<std::string_view> forwarded_for,
                                      std::optional<std::string_view> real_ip) const {
  auto plain = [](std::string_view text) {
    auto a = address_of(text);
    return a ? a->to_string() : std::string(text);
  };
  if (!contains(peer)) return plain(peer);
  if (forwarded_for) {
    std::string_view rest = *forwarded_for;
    while (!rest.empty()) {
      auto comma = rest.rfind(',');
      std::string_view hop = comma == std::string_view::npos ? rest : rest.substr(comma + 1);
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(0, comma);
      auto a = address_of(hop);
      if (!a) break;  // a malformed hop: trust nothing further left
      if (!contains(a->to_string())) return a->to_string();
    }
  }
  if (real_ip) {
    if (auto a = address_of(*real_ip)) return a->to_string();
  }
  return plain(peer);
}

}  // namespace sen::http
