#include "cli/file_commands.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "app/api.hpp"
#include "auth/auth.hpp"
#include "base/error.hpp"
#include "cli/accounts.hpp"
#include "cli/database.hpp"
#include "cli/messages.hpp"
#include "files/files.hpp"
#include "search/index.hpp"
#include "search/search.hpp"
#include "wiring/api.hpp"

namespace sen::cli {

namespace {

// Runs `f(ctx, kinds)` as the operator in a read or write transaction.
template <class F>
auto as_operator(const std::string& location, bool writing, F f) {
  app::Api api(nullptr, nullptr);
  wiring::register_all_routes(api);
  auto database = open_database(location);
  if (writing) search::keep_current(*database, api.record_kinds());
  auto principal = auth::operator_principal(cli_actor());
  http::Request request;
  request.client_address = "local";
  std::map<std::string, std::string> params;
  auto run = [&](db::Connection& c) {
    app::Context ctx{request, params, c, &principal, wiring::gate()};
    return f(ctx, api.record_kinds());
  };
  return writing ? database->write(run) : database->read(run);
}

const app::RecordKind& kind_named(const std::vector<app::RecordKind>& kinds, const std::string& name) {
  std::string names;
  for (const auto& k : kinds) {
    if (k.files && k.name == name) return k;
    if (k.files) names += (names.empty() ? "" : ", ") + k.name;
  }
  throw messages::error<"cli.kind_without_files">("kind", name, names);
}

}  // namespace

int search(const std::string& db, const std::string& query, std::size_t limit) {
  auto page = as_operator(db, false, [&](const app::Context& ctx, const std::vector<app::RecordKind>& kinds) {
    return search::find(ctx, kinds, query, 0, limit);
  });
  for (const auto& h : page.items) {
    std::fputs(fmt::format("{:<15} {:<12} {}\n", h.kind, h.id, h.title).c_str(), stdout);
    if (!h.snippet.empty()) std::fputs(fmt::format("    {}\n", h.snippet).c_str(), stdout);
  }
  if (page.items.empty()) std::fputs("Không tìm thấy gì.\n", stdout);
  return 0;
}

int files_add(const std::string& db, const std::string& kind, const std::string& key, const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw messages::error<"cli.unreadable_file">("file", file);
  std::stringstream bytes;
  bytes << in.rdbuf();
  auto added = as_operator(db, true, [&](const app::Context& ctx, const std::vector<app::RecordKind>& kinds) {
    const auto& k = kind_named(kinds, kind);
    auto record = k.open(ctx, key, app::Access::write);
    auto f = files::attach(ctx.db, {k.name, key, file, bytes.str(), ctx.actor()}, app::ApiOptions{}.file_bytes);
    ctx.audit("attach", "file", std::to_string(f.id), record.where, nullptr, model::to_json(f));
    return f;
  });
  std::fputs(fmt::format("{}\t{}\t{}\t{} byte\n", added.id, added.sha256, added.media_type, added.size).c_str(),
             stdout);
  return 0;
}

int files_get(const std::string& db, long long id, const std::string& out) {
  auto content = as_operator(db, true, [&](const app::Context& ctx, const std::vector<app::RecordKind>& kinds) {
    auto f = files::get(ctx.db, id);
    auto record = kind_named(kinds, f.record_kind).open(ctx, f.record_key, app::Access::read);
    ctx.audit("download", "file", std::to_string(f.id), record.where, nullptr,
              boost::json::object{{"name", f.name}, {"sha256", f.sha256}});
    return files::bytes(ctx.db, f);
  });
  if (out == "-") {
    std::fwrite(content.data(), 1, content.size(), stdout);
    return 0;
  }
  std::ofstream file(out, std::ios::binary);
  file.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (!file) throw std::runtime_error("cannot write " + out);
  return 0;
}

}  // namespace sen::cli
