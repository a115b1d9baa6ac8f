// The audit trail: every write says who, when, from where, on what, and the value before and
// after. Append-only; each row's hash covers its content and the previous row's hash.
#pragma once
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"

namespace sen::audit {

struct Actor {
  std::string name;  // user name, "cli:NAME" or "system"
  std::string remote_address;
  std::string request_id;
};

struct Entry {
  std::int64_t id = 0;
  std::string at;
  std::string actor;
  std::string remote_address;
  std::string request_id;
  std::string action;
  std::string entity;
  std::string entity_key;
  std::optional<std::string> before_json;
  std::optional<std::string> after_json;
  std::string prev_hash;
  std::string hash;
};

// Appends a row inside the caller's transaction (so a failed request leaves none).
void record(db::Connection& c, const Actor& actor, std::string_view action, std::string_view entity,
            std::string_view key, const boost::json::value& before, const boost::json::value& after);

struct Filter {
  std::optional<std::string> actor, entity, entity_key, from, to;  // from/to: ISO timestamps
  std::optional<std::int64_t> before_id;                            // cursor: rows older than this
  std::size_t limit = 100;
};
// Newest first.
std::vector<Entry> list(db::Connection& c, const Filter& f);

struct Verification {
  std::size_t rows = 0;
  std::optional<std::int64_t> first_broken;  // id of the first row whose hash or link is wrong
  std::string reason;
  std::string head;  // hash of the last row: keep it elsewhere to detect removal of the tail
};
Verification verify(db::Connection& c);

}  // namespace sen::audit
