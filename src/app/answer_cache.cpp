#include "app/answer_cache.hpp"

#include <fmt/format.h>
#include <sodium.h>

namespace sen::app {

std::size_t AnswerCache::size_of(const std::string& key, const http::Response& answer) {
  std::size_t n = key.size() + answer.body.size() + answer.content_type.size();
  for (const auto& [name, value] : answer.headers) n += name.size() + value.size();
  return n;
}

std::optional<http::Response> AnswerCache::find(const std::string& key, std::int64_t generation) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end() || it->second.generation != generation) return std::nullopt;
  used_.splice(used_.begin(), used_, it->second.in_use);
  return it->second.answer;
}

void AnswerCache::drop(std::unordered_map<std::string, Entry>::iterator it) {
  bytes_ -= size_of(it->first, it->second.answer);
  used_.erase(it->second.in_use);
  entries_.erase(it);
}

void AnswerCache::keep(const std::string& key, std::int64_t generation, const http::Response& answer) {
  std::size_t size = size_of(key, answer);
  if (size > max_bytes_ / 8) return;
  std::lock_guard lock(mutex_);
  if (auto old = entries_.find(key); old != entries_.end()) drop(old);
  if (bytes_ + size > max_bytes_) {
    for (auto it = entries_.begin(); it != entries_.end();) {
      auto next = std::next(it);
      if (it->second.generation != generation) drop(it);
      it = next;
    }
  }
  while (bytes_ + size > max_bytes_) drop(entries_.find(used_.back()));
  used_.push_front(key);
  entries_.emplace(key, Entry{generation, answer, used_.begin()});
  bytes_ += size;
}

std::size_t AnswerCache::bytes() const {
  std::lock_guard lock(mutex_);
  return bytes_;
}

std::string answer_key(const http::Request& request, const access::Principal* principal, Date today) {
  // Fields are separated by control characters, which a decoded path or query may hold but then
  // only in the one field the separator ends: a key splits back into its fields one way only.
  std::string key = request.path;
  for (const auto& [name, value] : request.query) {
    key += '\x1f';
    key += std::to_string(name.size());
    key += ':';
    key += name;
    key += '=';
    key += std::to_string(value.size());
    key += ':';
    key += value;
  }
  auto field = [&](std::string_view text) {
    key += '\x1e';
    key += std::to_string(text.size());
    key += ':';
    key += text;
  };
  // The headers an answer may depend on: the representation and language asked for, and the
  // address the caller used (Open311 discovery names the server's public address from them).
  for (const char* header : {"accept", "accept-language", "host", "x-forwarded-host", "x-forwarded-proto"}) {
    field(request.header(header).value_or(""));
  }
  if (!principal) {
    field("anonymous");
  } else {
    field(principal->via);
    field(std::to_string(principal->user.id));
    field(principal->via == "token" ? principal->token_hash : principal->csrf);
  }
  field(today.iso());
  return key;
}

std::string digest(std::string_view text) {
  [[maybe_unused]] static const int sodium_ready = sodium_init();
  unsigned char hash[crypto_generichash_BYTES_MIN];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(text.data()), text.size(), nullptr, 0);
  std::string hex;
  for (unsigned char b : hash) hex += fmt::format("{:02x}", b);
  return hex;
}

std::string entity_tag(std::string_view body) {
  return "\"" + digest(body) + "\"";
}

bool none_match_hits(std::string_view if_none_match, std::string_view tag) {
  while (!if_none_match.empty()) {
    auto comma = if_none_match.find(',');
    std::string_view item = if_none_match.substr(0, comma);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (item.rfind("W/", 0) == 0) item.remove_prefix(2);  // weak comparison, as RFC 9110 asks for GET
    if (item == "*" || item == tag) return true;
    if (comma == std::string_view::npos) break;
    if_none_match.remove_prefix(comma + 1);
  }
  return false;
}

}  // namespace sen::app
