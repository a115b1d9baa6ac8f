#include "app/credential_cache.hpp"

#include "app/answer_cache.hpp"
#include "app/api.hpp"

namespace sen::app {

std::shared_ptr<const access::Principal> CredentialCache::find(const std::string& credential, std::int64_t generation,
                                                               const std::string& now, Clock::time_point clock_now) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(credential);
  if (it == entries_.end()) return nullptr;
  const Entry& e = it->second;
  if (e.generation != generation || clock_now - e.checked_at >= kTrustFor || e.principal->expires_at <= now) {
    return nullptr;
  }
  return e.principal;
}

void CredentialCache::keep(const std::string& credential, std::int64_t generation, access::Principal principal,
                           Clock::time_point clock_now) {
  std::lock_guard lock(mutex_);
  if (entries_.size() >= kMostEntries && !entries_.contains(credential)) {
    // Generations are random, not ordered: those unlike this one go first, then all.
    std::erase_if(entries_, [&](const auto& kv) { return kv.second.generation != generation; });
    if (entries_.size() >= kMostEntries) entries_.clear();
  }
  entries_.insert_or_assign(
      credential, Entry{std::make_shared<const access::Principal>(std::move(principal)), generation, clock_now});
}

std::string credential_key(const http::Request& request) {
  if (auto header = request.header("authorization")) return digest("authorization\x1f" + *header);
  if (auto session = cookie(request, kSessionCookie)) return digest("session\x1f" + *session);
  return "";
}

}  // namespace sen::app
