// The audit trail: every write says who, when, from where, on what, and the value before and
// after. Append-only; each row's hash covers its content and the previous row's hash, keyed with
// a secret kept outside the database (the audit key), so that whoever can write the database
// still cannot rewrite a row and recompute the chain.
#pragma once
#include <boost/json/value.hpp>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "access/principal.hpp"
#include "db/connection.hpp"

namespace sen::audit {

struct Actor {
  std::string name;  // user name, "cli:NAME" or "system"
  std::string remote_address;
  std::string request_id;
};

// Whose scope a row belongs to (see access::Where).
using access::Where;

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
  Where where;
  bool keyed = false;
};
BOOST_DESCRIBE_STRUCT(Entry, (),
                      (id, at, actor, remote_address, request_id, action, entity, entity_key, before_json, after_json,
                       prev_hash, hash, where, keyed))

// The audit key of this process: read from `file`, or created there (32 random bytes as hex, mode
// 0600) when the file does not exist and the trail holds no keyed row yet. Throws
// std::runtime_error when the file is missing but keyed rows exist, or when it is malformed.
void load_or_create_key(const std::filesystem::path& file, db::Connection& c);
// For tests: use this key (64 hex characters) without a file.
void use_key(const std::string& hex);

// Appends a row inside the caller's transaction (so a failed request leaves none). Throws
// std::logic_error when no key was loaded.
void record(db::Connection& c, const Actor& actor, std::string_view action, std::string_view entity,
            std::string_view key, const Where& where, const boost::json::value& before,
            const boost::json::value& after);

struct Filter {
  std::optional<std::string> actor, entity, entity_key, from, to;  // from/to: ISO timestamps
  std::optional<std::int64_t> before_id;                           // cursor: rows older than this
  std::size_t limit = 100;
};
// Newest first.
std::vector<Entry> list(db::Connection& c, const Filter& f);

// The head of the chain, to be kept outside the database: how many rows, the last one's hash, when.
struct Anchor {
  std::size_t rows = 0;
  std::string hash;
  std::string at;
  // "ROWS:HASH", what `sen audit verify --anchor` takes.
  std::string text() const;
  // Parses "ROWS:HASH"; nullopt when malformed.
  static std::optional<Anchor> parse(std::string_view text);
};
Anchor anchor(db::Connection& c);

struct Verification {
  std::size_t rows = 0;
  std::optional<std::int64_t> first_broken;  // id of the first row whose hash or link is wrong
  std::string reason;
  std::string head;             // hash of the last row: keep it elsewhere to detect removal of the tail
  bool anchor_missing = false;  // rows recorded by the anchor are no longer there
};
// Recomputes the chain; with an anchor, also checks that the anchored row is still there unchanged.
Verification verify(db::Connection& c, const std::optional<Anchor>& anchor = std::nullopt);

}  // namespace sen::audit
