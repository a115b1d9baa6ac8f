#include "files/record_files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>
#include <set>

#include "base/error.hpp"
#include "files/files.hpp"

namespace sen::files {

namespace bj = boost::json;

namespace {

constexpr std::size_t kMostFiles = 20;

Error bad_files(const std::string& vi, const std::string& en) {
  return invalid_field("files", "Danh sách tệp 'files': " + vi, "The list 'files': " + en);
}

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

// The files the caller uploaded and no record holds, by id; Error naming "files" listing every
// id that is not one of them.
std::vector<File> staged_files(const app::Context& ctx, const bj::value& value) {
  if (!value.is_array()) throw bad_files("cần một mảng mã tệp", "must be an array of file ids");
  const auto& ids = value.as_array();
  if (ids.size() > kMostFiles) {
    throw bad_files(fmt::format("nhiều nhất {} tệp mỗi lần", kMostFiles),
                    fmt::format("at most {} files at a time", kMostFiles));
  }
  std::vector<File> out;
  std::set<std::int64_t> seen;
  std::vector<std::string> bad_vi, bad_en;
  for (const auto& v : ids) {
    if (!v.is_int64() || v.as_int64() <= 0)
      throw bad_files("mỗi mã tệp là một số dương", "each file id is a positive number");
    auto id = v.as_int64();
    if (!seen.insert(id).second)
      throw bad_files(fmt::format("tệp {} có hai lần", id), fmt::format("file {} is listed twice", id));
    std::optional<File> f;
    try {
      f = get(ctx.db, id);
    } catch (const Error&) {
    }
    if (!f || (f->record_kind.empty() && f->uploaded_by != ctx.actor())) {
      bad_vi.push_back(fmt::format("tệp {} không có", id));
      bad_en.push_back(fmt::format("file {} does not exist", id));
    } else if (!f->record_kind.empty()) {
      bad_vi.push_back(fmt::format("tệp {} đã thuộc một hồ sơ khác", id));
      bad_en.push_back(fmt::format("file {} belongs to another record already", id));
    } else {
      out.push_back(*f);
    }
  }
  if (!bad_vi.empty()) {
    std::string vi, en;
    for (std::size_t i = 0; i < bad_vi.size(); ++i) {
      vi += (i ? "; " : "") + bad_vi[i];
      en += (i ? "; " : "") + bad_en[i];
    }
    throw bad_files(vi + " (chỉ gắn được tệp chính bạn vừa tải lên)",
                    en + " (only files you uploaded can be attached)");
  }
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
