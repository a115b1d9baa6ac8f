// Who the client is when Sen runs behind a reverse proxy: the proxy's own address is the peer of
// every connection, and it passes the client's address in X-Forwarded-For or X-Real-IP. Those
// headers are believed only from a configured trusted proxy; from anyone else they are ignored.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sen::http {

class TrustedProxies {
 public:
  // Addresses (10.0.0.5, ::1) or networks (10.0.0.0/8, fd00::/8); throws std::invalid_argument
  // naming the first malformed one.
  explicit TrustedProxies(const std::vector<std::string>& entries = {});
  ~TrustedProxies();
  TrustedProxies(TrustedProxies&&) noexcept;
  TrustedProxies& operator=(TrustedProxies&&) noexcept;

  bool empty() const;
  bool contains(std::string_view address) const;

  // The client's address: `peer`, unless `peer` is trusted; then the nearest address of
  // X-Forwarded-For (read from the right) that is not itself a trusted proxy, or else X-Real-IP,
  // or else `peer`. Malformed header values are ignored.
  std::string client_of(std::string_view peer, std::optional<std::string_view> forwarded_for,
                        std::optional<std::string_view> real_ip) const;

 private:
  struct Networks;
  std::unique_ptr<Networks> networks_;
};

}  // namespace sen::http
