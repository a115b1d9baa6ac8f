#include "files/record_files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>
#include <set>

#include "base/error.hpp"
#include "files/files.hpp"
#include "files/messages.hpp"

namespace sen::files {

namespace bj = boost::json;

namespace {

constexpr std::size_t kMostFiles = 20;

// The request's "files" and the request without it; nullopt when it has none (or no JSON object).
std::optional<std::pair<bj::value, http::Request>> split_files(const http::Request& request) {
  auto type = request.header("content-type").value_or("");
  std::transform(type.begin(), type.end(), type.begin(), [](unsigned char ch) { return std::tolower(ch); });
  if (request.body.empty() || type.find("json") == std::string::npos) return std::nullopt;
  boost::system::error_code ec;
  auto body = bj::parse(request.body, ec);
  if (ec || !body.is_object() || !body.as_object().contains("files")) return std::nullopt;
  auto files = body.as_object().at("files");
  body.as_object().erase("files");
  http::Request without = request;
  without.body = bj::serialize(body);
  return std::pair{std::move(files), std::move(without)};
}

// Adds `problem` to the list `to`, in each language.
void add(Localized& to, const ErrorDetail& problem) {
  to.vi += (to.vi.empty() ? "" : "; ") + problem.message_vi;
  to.en += (to.en.empty() ? "" : "; ") + problem.message_en;
}

// The files the caller uploaded and no record holds, by id; Error naming "files" listing every
// id that is not one of them.
std::vector<File> staged_files(const app::Context& ctx, const bj::value& value) {
  if (!value.is_array()) throw messages::error<"files.not_array">("files");
  const auto& ids = value.as_array();
  if (ids.size() > kMostFiles) {
    throw messages::error<"files.too_many">("files", kMostFiles);
  }
  std::vector<File> out;
  std::set<std::int64_t> seen;
  Localized bad;  // the problems with some of the ids, joined by "; " in each language
  for (const auto& v : ids) {
    if (!v.is_int64() || v.as_int64() <= 0) throw messages::error<"files.bad_id">("files");
    auto id = v.as_int64();
    if (!seen.insert(id).second) throw messages::error<"files.repeated">("files", id);
    std::optional<File> f;
    try {
      f = get(ctx.db, id);
    } catch (const Error&) {
    }
    if (!f || (f->record_kind.empty() && f->uploaded_by != ctx.actor())) {
      add(bad, messages::detail<"files.absent">("files", 0, id));
    } else if (!f->record_kind.empty()) {
      add(bad, messages::detail<"files.taken">("files", 0, id));
    } else {
      out.push_back(*f);
    }
  }
  if (!bad.vi.empty()) throw messages::error<"files.unavailable">("files", bad);
  return out;
}

// The key of the record a write wrote: the route's parameter, or the created record's in the answer.
std::string written_key(const app::Context& ctx, const app::RecordKind& kind, const http::Response& answer) {
  if (auto at = ctx.params.find(kind.param); at != ctx.params.end()) return at->second;
  auto body = bj::parse(answer.body).as_object();
  const auto& key = body.at(kind.param);
  return key.is_string() ? std::string(key.as_string()) : bj::serialize(key);
}

app::Handler taking_files(const app::RecordKind& kind, app::Handler write) {
  return [kind, write](app::Context& ctx) {
    auto split = split_files(ctx.request);
    if (!split) return write(ctx);
    auto files = staged_files(ctx, split->first);
    app::Context without{split->second, ctx.params, ctx.db, ctx.principal, ctx.gate};
    auto answer = write(without);
    if (files.empty() || answer.status >= 300) return answer;
    auto key = written_key(ctx, kind, answer);
    auto record = kind.open(ctx, key, app::Access::write);
    if (!record.files_permission.empty()) ctx.require_permission(record.files_permission);
    for (auto& f : files) {
      if (!assign(ctx.db, f.id, kind.name, key)) throw std::logic_error("file " + std::to_string(f.id) + " was taken");
      f.record_kind = kind.name;
      f.record_key = key;
      ctx.audit("attach", "file", std::to_string(f.id), record.where, nullptr, model::to_json(f));
    }
    return answer;
  };
}

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

void attach_on_record_writes(app::Api& api, const std::vector<app::RecordKind>& kinds) {
  for (const auto& kind : kinds) {
    if (!kind.files) continue;
    auto collection = kind.route.substr(0, kind.route.rfind('/'));
    api.wrap_routes(
        [&](const app::Api::Route& r) {
          if (r.method == http::Method::post && r.pattern == collection) return true;
          bool writes =
              r.method == http::Method::post || r.method == http::Method::patch || r.method == http::Method::put;
          bool of_record = r.pattern == kind.route || starts_with(r.pattern, kind.route + "/");
          return writes && of_record && r.pattern != kind.route + "/files";
        },
        [&](const app::Api::Route&, app::Handler write) { return taking_files(kind, std::move(write)); });
  }
}

}  // namespace sen::files
