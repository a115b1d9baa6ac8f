#include "app/credential_cache.hpp"

#include <gtest/gtest.h>

namespace sen::app {
namespace {

using Clock = CredentialCache::Clock;

access::Principal token_principal(std::int64_t id, std::string expires_at) {
  access::Principal p;
  p.user.id = id;
  p.via = "token";
  p.expires_at = std::move(expires_at);
  return p;
}

http::Request with_headers(std::vector<std::pair<std::string, std::string>> headers) {
  http::Request r;
  r.headers = std::move(headers);
  return r;
}

constexpr const char* kNow = "2026-12-03T08:00:00.000Z";
constexpr const char* kTomorrow = "2026-12-04T08:00:00.000Z";

TEST(CredentialCache, APrincipalIsGivenOnlyAtTheGenerationItWasCheckedAt) {
  CredentialCache cache;
  auto t = Clock::now();
  cache.keep("a", 7, token_principal(1, kTomorrow), t);
  ASSERT_TRUE(cache.find("a", 7, kNow, t));
  EXPECT_EQ(cache.find("a", 7, kNow, t)->user.id, 1);
  EXPECT_FALSE(cache.find("a", 8, kNow, t)) << "a write anywhere may have revoked it";
  EXPECT_FALSE(cache.find("b", 7, kNow, t));
  cache.keep("b", 8, token_principal(2, kTomorrow), t);
  EXPECT_TRUE(cache.find("b", 8, kNow, t));
  cache.keep("a", 8, token_principal(1, kTomorrow), t);
  EXPECT_FALSE(cache.find("a", 7, kNow, t));
  EXPECT_TRUE(cache.find("a", 8, kNow, t));
  // A slow read that began before the last write keeps its caller at the older generation, which
  // is never current again; the others stay.
  cache.keep("c", 7, token_principal(3, kTomorrow), t);
  EXPECT_FALSE(cache.find("c", 8, kNow, t));
  EXPECT_TRUE(cache.find("b", 8, kNow, t));
}

TEST(CredentialCache, WhenFullThePrincipalsOfOtherGenerationsGoFirst) {
  CredentialCache cache;
  auto t = Clock::now();
  for (std::size_t i = 0; i + 1 < CredentialCache::kMostEntries; ++i) {
    cache.keep("old" + std::to_string(i), 7, token_principal(1, kTomorrow), t);
  }
  cache.keep("current", 8, token_principal(2, kTomorrow), t);
  cache.keep("next", 8, token_principal(3, kTomorrow), t);
  EXPECT_TRUE(cache.find("current", 8, kNow, t));
  EXPECT_TRUE(cache.find("next", 8, kNow, t));
  EXPECT_FALSE(cache.find("old0", 7, kNow, t));
}

TEST(CredentialCache, NotTrustedOnceTheCredentialExpiresNorAfterAMinute) {
  CredentialCache cache;
  auto t = Clock::now();
  cache.keep("a", 7, token_principal(1, "2026-12-03T08:00:30.000Z"), t);
  EXPECT_TRUE(cache.find("a", 7, kNow, t));
  EXPECT_FALSE(cache.find("a", 7, "2026-12-03T08:00:30.000Z", t)) << "expired at that instant";
  cache.keep("b", 7, token_principal(2, kTomorrow), t);
  EXPECT_TRUE(cache.find("b", 7, kNow, t + CredentialCache::kTrustFor - std::chrono::seconds(1)));
  EXPECT_FALSE(cache.find("b", 7, kNow, t + CredentialCache::kTrustFor));
}

TEST(CredentialCache, KeysNameTheCredentialWithoutHoldingIt) {
  auto bearer = credential_key(with_headers({{"authorization", "Bearer s3cret"}}));
  EXPECT_EQ(bearer.size(), 32u);
  EXPECT_EQ(bearer.find("s3cret"), std::string::npos);
  EXPECT_EQ(bearer, credential_key(with_headers({{"authorization", "Bearer s3cret"}, {"accept", "text/csv"}})));
  EXPECT_NE(bearer, credential_key(with_headers({{"authorization", "Bearer s3creT"}})));
  EXPECT_NE(bearer, credential_key(with_headers({{"cookie", "sen_session=Bearer s3cret"}})));
  EXPECT_EQ(credential_key(with_headers({{"cookie", "sen_session=abc; lang=vi"}})),
            credential_key(with_headers({{"cookie", "lang=en; sen_session=abc"}})))
      << "the session, not the other cookies";
  EXPECT_EQ(credential_key(with_headers({{"accept", "application/json"}})), "");
}

}  // namespace
}  // namespace sen::app
