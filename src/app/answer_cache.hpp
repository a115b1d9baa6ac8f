// Answers to reads, kept while the data generation they were computed at is current
// (db::data_generation): a write anywhere, by any server sharing the database, makes them stale.
// The key names everything else an answer depends on — the request, the caller's credential and
// the day — so that no caller is ever given an answer made for another.
#pragma once
#include <cstddef>
#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "access/principal.hpp"
#include "base/date.hpp"
#include "http/message.hpp"

namespace sen::app {

class AnswerCache {
 public:
  // Keeps at most `max_bytes` of answers (bodies and keys); an answer larger than an eighth of it
  // is never kept.
  explicit AnswerCache(std::size_t max_bytes) : max_bytes_(max_bytes) {}

  // The answer kept under `key` at `generation`; nullopt when none is. A found answer becomes the
  // most recently used.
  std::optional<http::Response> find(const std::string& key, std::int64_t generation);
  // Keeps `answer` under `key`, computed at `generation`. When full, answers of other generations
  // (which can no longer be given) go first, then the least recently used.
  void keep(const std::string& key, std::int64_t generation, const http::Response& answer);
  std::size_t bytes() const;

 private:
  struct Entry {
    std::int64_t generation;
    http::Response answer;
    std::list<std::string>::iterator in_use;  // its key's place in used_
  };
  static std::size_t size_of(const std::string& key, const http::Response& answer);
  void drop(std::unordered_map<std::string, Entry>::iterator it);

  std::size_t max_bytes_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
  std::list<std::string> used_;  // keys, the most recently used first
  std::size_t bytes_ = 0;
};

// The cache key of a read: method-free path and query, the representation asked for (Accept,
// Accept-Language), the address the caller used (Host, X-Forwarded-Host and -Proto), who asks
// with which credential (a session's or a token's own key, so that two
// sessions of one user never share an answer that names the session), and the day.
std::string answer_key(const http::Request& request, const access::Principal* principal, Date today);

// 32 hex digits of the BLAKE2b hash of `text`.
std::string digest(std::string_view text);

// A strong entity tag of a body: its digest, quoted.
std::string entity_tag(std::string_view body);

// Whether an If-None-Match header value lists `tag` (or is "*").
bool none_match_hits(std::string_view if_none_match, std::string_view tag);

}  // namespace sen::app
