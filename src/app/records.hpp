// Kinds of records that files attach to and that search finds. Each module declares its kinds
// with the visibility of its own routes, so that files and search never show more than the
// record's route would.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "access/principal.hpp"
#include "base/catalogue.hpp"
#include "base/date.hpp"
#include "base/search_row.hpp"
#include "db/connection.hpp"

namespace sen::app {

struct Context;

enum class Access { read, write };

// A record as its kind shows it to a caller who may open it.
struct RecordRef {
  std::string title;
  access::Where where;   // the unit whose scope the record lies in; who must never see it
  std::string url = {};  // the web app's page when not the kind's link + key (a file: its record's page)
  // What the caller needs besides to reach the record's files: a denunciation's scan names its
  // denouncer, so it needs petitions.identity. Empty when nothing more.
  std::string files_permission = {};
};

// A record still open in a unit: work that must pass on when the unit closes.
struct OpenRecord {
  std::string key;
  std::string status;            // the kind's own status code
  std::optional<Date> due = {};  // the deadline in force, when it has one
};

// How a kind's records pass from a closed unit to the unit that takes over its work.
struct Handover {
  std::string field;       // the record's unit field that changes: "lead_unit", "handling_unit" …
  std::string permission;  // to hand a record over
  // The records whose unit is `unit` that are still open on `today`.
  std::function<std::vector<OpenRecord>(db::Connection&, const std::string& unit, Date today)> open_in;
  // Makes `to` the record's unit; its history stays as it was.
  std::function<void(db::Connection&, const std::string& key, const std::string& to)> move;
  // Error invalid (field "to") when `to` may not receive record `key` on `today` — a party member
  // joins a party organisation; a denunciation never goes to the unit it denounces or its successor.
  // Empty when any unit may.
  std::function<void(db::Connection&, const std::string& key, const std::string& to, Date today)> check_to = {};
};

struct RecordKind {
  std::string name;              // "task": the kind of file rows and search hits
  std::string route;             // "/api/v1/tasks/{id}": files are listed and added under route + "/files"
  std::string param;             // the key's parameter in `route`: "id" or "code"
  std::string read_permission;   // to find it, list its files and download them
  std::string write_permission;  // to attach and remove files
  std::string link;              // the web app's page: link + key
  bool files = true;             // whether files attach to it
  // The record when the caller may open it for `access`; throws what the record's own route
  // throws otherwise (Error not_found, Error forbidden).
  std::function<RecordRef(const Context&, const std::string& key, Access)> open;
  // Every record's key, title and searchable text, or only the record `key`'s (none when it is
  // gone or not searchable), for the search index (search/index.hpp). Empty for a kind that search
  // does not find (a party member: reading one is audited). A kind that search finds names its
  // table in the search index's migration, whose triggers report every write to it.
  std::function<std::vector<SearchRow>(db::Connection&, const std::optional<std::string>& key)> search_rows;
  // How its open records pass on when their unit closes; none for kinds that stay where they are.
  std::optional<Handover> handover = {};
};

// The record when the caller may open it for `access` through its own route; nullopt when that
// route would answer 403 or 404.
std::optional<RecordRef> try_open(const Context& ctx, const RecordKind& kind, const std::string& key, Access access);

}  // namespace sen::app

namespace sen::app {

// `key` as a positive id; nullopt when it is not one.
std::optional<std::int64_t> positive_id(std::string_view key);

// A record key that must be a positive id; otherwise the error `code` of the module's catalogue
// `Messages`, a not-found taking the key: record_id<messages, "task.not_found">(key).
template <class Messages, Code code>
std::int64_t record_id(const std::string& key) {
  if (auto id = positive_id(key)) return *id;
  throw Messages::template error<code>("", key);
}

}  // namespace sen::app
