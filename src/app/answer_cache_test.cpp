#include "app/answer_cache.hpp"

#include <gtest/gtest.h>

namespace sen::app {
namespace {

http::Response body(std::string text) {
  http::Response r;
  r.body = std::move(text);
  return r;
}

http::Request get(std::string path, std::vector<std::pair<std::string, std::string>> query = {}) {
  http::Request r;
  r.path = std::move(path);
  r.query = std::move(query);
  return r;
}

access::Principal principal(std::int64_t id, std::string via, std::string secret) {
  access::Principal p;
  p.user.id = id;
  p.via = std::move(via);
  (p.via == "token" ? p.token_hash : p.csrf) = std::move(secret);
  return p;
}

TEST(AnswerCache, AnAnswerIsGivenOnlyAtTheGenerationItWasMadeAt) {
  AnswerCache cache(1 << 20);
  cache.keep("k", 7, body("units"));
  ASSERT_TRUE(cache.find("k", 7));
  EXPECT_EQ(cache.find("k", 7)->body, "units");
  EXPECT_FALSE(cache.find("k", 8));
  EXPECT_FALSE(cache.find("other", 7));
}

TEST(AnswerCache, WhenFullOtherGenerationsGoFirstAndNothingTooLargeIsKept) {
  AnswerCache cache(8000);
  cache.keep("old", 1, body(std::string(600, 'a')));
  cache.keep("new", 2, body(std::string(600, 'b')));
  for (int i = 0; i < 20; ++i) cache.keep("n" + std::to_string(i), 2, body(std::string(600, 'c')));
  EXPECT_FALSE(cache.find("old", 1));
  EXPECT_LE(cache.bytes(), 8000u);
  cache.keep("huge", 2, body(std::string(1001, 'd')));
  EXPECT_FALSE(cache.find("huge", 2));
}

TEST(AnswerCache, WhenFullTheLeastRecentlyUsedGoesAndTheRestStay) {
  AnswerCache cache(8000);  // room for eleven answers of 700 bytes
  for (int i = 0; i < 10; ++i) cache.keep("a" + std::to_string(i), 1, body(std::string(700, 'a')));
  ASSERT_TRUE(cache.find("a0", 1));  // used again: now the most recent
  cache.keep("b", 1, body(std::string(700, 'b')));
  cache.keep("c", 1, body(std::string(700, 'c')));
  EXPECT_TRUE(cache.find("a0", 1));
  EXPECT_FALSE(cache.find("a1", 1)) << "the least recently used went first";
  for (int i = 2; i < 10; ++i) EXPECT_TRUE(cache.find("a" + std::to_string(i), 1)) << i;
  EXPECT_TRUE(cache.find("b", 1));
  EXPECT_TRUE(cache.find("c", 1));
  EXPECT_LE(cache.bytes(), 8000u);
}

TEST(AnswerKey, DiffersByCallerCredentialQueryLanguageAndDay) {
  Date day = Date::from_ymd(2026, 12, 1);
  auto a = principal(1, "token", "hash-a");
  auto b = principal(2, "token", "hash-b");
  auto a_session = principal(1, "session", "csrf-1");
  auto units = get("/api/v1/units", {{"at", "2022-12-31"}});
  auto base = answer_key(units, &a, day);
  EXPECT_EQ(base, answer_key(units, &a, day));
  EXPECT_NE(base, answer_key(units, &b, day));
  EXPECT_NE(base, answer_key(units, &a_session, day));
  EXPECT_NE(base, answer_key(units, nullptr, day));
  EXPECT_NE(base, answer_key(units, &a, Date::from_ymd(2026, 12, 2)));
  EXPECT_NE(base, answer_key(get("/api/v1/units", {{"at", "2023-12-31"}}), &a, day));
  auto english = units;
  english.headers.emplace_back("accept-language", "en");
  EXPECT_NE(base, answer_key(english, &a, day));
  // Open311 discovery names the address the caller used: another host is another answer.
  auto elsewhere = units;
  elsewhere.headers.emplace_back("host", "evil.example");
  EXPECT_NE(base, answer_key(elsewhere, &a, day));
  // A value holding the separator cannot pass for another parameter.
  EXPECT_NE(answer_key(get("/x", {{"a",
                                   "1\x1f"
                                   "1:b=1:2"}}),
                       nullptr, day),
            answer_key(get("/x", {{"a", "1"}, {"b", "2"}}), nullptr, day));
}

TEST(EntityTag, NamesTheBodyAndMatchesIfNoneMatchLists) {
  auto tag = entity_tag("{\"a\":1}");
  EXPECT_EQ(tag.size(), 34u);
  EXPECT_EQ(tag, entity_tag("{\"a\":1}"));
  EXPECT_NE(tag, entity_tag("{\"a\":2}"));
  EXPECT_TRUE(none_match_hits(tag, tag));
  EXPECT_TRUE(none_match_hits("\"x\", W/" + tag, tag));
  EXPECT_TRUE(none_match_hits("*", tag));
  EXPECT_FALSE(none_match_hits("\"x\"", tag));
  EXPECT_FALSE(none_match_hits("", tag));
}

}  // namespace
}  // namespace sen::app
