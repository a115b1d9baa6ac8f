// The principals behind credentials (a bearer token, a session cookie) as checked at one data
// generation: a repeated read of a kept answer need not ask the database who sends it. Every
// change of a user, a token or a session is a write, which moves the generation; what a write
// cannot change — the credential's expiry and the passing of time — is checked here: a principal
// is trusted until its credential expires, and for at most a minute after it was checked (the
// token's last use is then recorded again within a minute of when it is due).
#pragma once
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "access/principal.hpp"
#include "http/message.hpp"

namespace sen::app {

class CredentialCache {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr std::chrono::seconds kTrustFor{60};
  static constexpr std::size_t kMostEntries = 10'000;

  // The principal kept for `credential` at `generation`, when it is still to be trusted at `now`
  // (utc_timestamp) and `clock_now`; null otherwise.
  std::shared_ptr<const access::Principal> find(const std::string& credential, std::int64_t generation,
                                                const std::string& now, Clock::time_point clock_now);
  // Keeps `principal`, found for `credential` by a read that began at `generation`, in place of
  // what was kept for it. When full, the principals of other generations are dropped first.
  void keep(const std::string& credential, std::int64_t generation, access::Principal principal,
            Clock::time_point clock_now);

 private:
  struct Entry {
    std::shared_ptr<const access::Principal> principal;
    std::int64_t generation;  // what the database's was when the credential was checked
    Clock::time_point checked_at;
  };
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;  // by credential_key
};

// What names the caller's credential as api.cpp's authenticate() reads it — the Authorization
// header, else the session cookie — hashed (no secret is kept); "" when the request has none.
std::string credential_key(const http::Request& request);

}  // namespace sen::app
