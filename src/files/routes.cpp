#include "files/routes.hpp"

#include <fmt/format.h>

#include <boost/json.hpp>
#include <optional>
#include <stdexcept>

#include "access/permissions.hpp"
#include "base/error.hpp"
#include "extraction/multipart.hpp"
#include "files/disposition.hpp"
#include "files/files.hpp"
#include "files/media_type.hpp"
#include "files/messages.hpp"
#include "files/record_files.hpp"
#include "files/store.hpp"

namespace sen::files {

namespace bj = boost::json;

namespace {

using Kinds = std::vector<app::RecordKind>;

bj::object to_json(const File& f) {
  bj::object o = model::to_json(f);
  if (f.record_kind.empty()) o["record_kind"] = o["record_key"] = nullptr;  // uploaded, not attached yet
  o["type"] = f.media_type;
  o["url"] = fmt::format("/api/v1/files/{}", f.id);
  o["preview"] = previewable(f.media_type);
  return o;
}

// A denunciation's files need the identity grant besides the letter (app::RecordRef).
void require_files_permission(const app::Context& ctx, const app::RecordRef& record) {
  if (!record.files_permission.empty()) ctx.require_permission(record.files_permission);
}

// The record a file belongs to, opened for `access` with the permission its kind asks for it.
app::RecordRef open_record(const app::Context& ctx, const Kinds& kinds, const File& f, app::Access access) {
  // Uploaded and not attached yet: its uploader's alone.
  if (f.record_kind.empty()) {
    if (f.uploaded_by != ctx.actor()) throw messages::error<"file.not_found">("", std::to_string(f.id));
    return app::RecordRef{f.name, {}};
  }
  for (const auto& kind : kinds) {
    if (kind.name != f.record_kind) continue;
    const auto& permission = access == app::Access::read ? kind.read_permission : kind.write_permission;
    ctx.require_permission(permission);
    auto ref = kind.open(ctx, f.record_key, access);
    require_files_permission(ctx, ref);
    if (ref.url.empty()) ref.url = kind.link + f.record_key;
    return ref;
  }
  throw std::logic_error("file " + std::to_string(f.id) + " of an unknown kind " + f.record_kind);
}

File file_of(const app::Context& ctx) {
  return get(ctx.db, ctx.id_param<messages, "file.not_found">("id"));
}

// The file part of a multipart/form-data upload, with its name.
Upload upload_of(const app::Context& ctx) {
  auto content_type = ctx.request.header("content-type").value_or("");
  if (!extraction::is_multipart(content_type)) {
    throw messages::error<"upload.not_multipart">("file");
  }
  std::optional<Upload> out;
  for (auto& part : extraction::parse_multipart(content_type, ctx.request.body)) {
    if (part.name != "file") {
      throw messages::error<"upload.field_not_allowed">(part.name, part.name);
    }
    if (out) throw messages::error<"upload.one_file">("file");
    out = Upload{};
    out->name = part.filename.value_or("");
    out->bytes = std::move(part.content);
  }
  if (!out) throw messages::error<"upload.file_missing">("file");
  out->uploaded_by = ctx.actor();
  return std::move(*out);
}

void register_kind_routes(app::Api& api, const app::RecordKind& kind) {
  api.get(kind.route + "/files", kind.read_permission, [kind](app::Context& ctx) {
    const auto& key = ctx.param(kind.param);
    auto record = kind.open(ctx, key, app::Access::read);
    require_files_permission(ctx, record);
    bj::array items;
    for (const auto& f : of_record(ctx.db, kind.name, key)) items.push_back(to_json(f));
    return http::Response::json(200, {{"items", std::move(items)}, {"next", nullptr}});
  });
  auto max_bytes = api.options().file_bytes;
  api.post(kind.route + "/files", kind.write_permission, [kind, max_bytes](app::Context& ctx) {
    const auto& key = ctx.param(kind.param);
    auto record = kind.open(ctx, key, app::Access::write);
    require_files_permission(ctx, record);
    auto upload = upload_of(ctx);
    upload.record_kind = kind.name;
    upload.record_key = key;
    auto f = attach(ctx.db, std::move(upload), max_bytes);
    ctx.audit("attach", "file", std::to_string(f.id), record.where, nullptr, model::to_json(f));
    return http::Response::created(to_json(f), fmt::format("/api/v1/files/{}", f.id));
  });
}

http::Response download(app::Context& ctx, const Kinds& kinds) {
  auto f = file_of(ctx);
  auto record = open_record(ctx, kinds, f, app::Access::read);
  bool show_inline = ctx.bool_param("inline", false) && previewable(f.media_type);
  // Who read a file is kept, as for a letter's denouncers: files can be as secret as their record.
  ctx.audit("download", "file", std::to_string(f.id), record.where, nullptr,
            bj::object{{"name", f.name}, {"sha256", f.sha256}});
  http::Response r;
  r.content_type = f.media_type;
  r.body = bytes(ctx.db, f);
  r.headers.emplace_back("Content-Disposition", content_disposition(f.name, show_inline));
  r.headers.emplace_back("Cache-Control", "private, no-store");
  return r;
}

}  // namespace

void register_routes(app::Api& api) {
  using namespace access::perm;
  Kinds kinds = api.record_kinds();
  for (const auto& kind : kinds) {
    if (kind.files) register_kind_routes(api, kind);
  }
  // A file uploaded first and attached by a record's write (files: [id], see record_files.hpp).
  auto max_bytes = api.options().file_bytes;
  api.post("/api/v1/files", kSignedIn, [max_bytes](app::Context& ctx) {
    auto f = stage(ctx.db, upload_of(ctx), max_bytes);
    // No name: it may name a denouncer, and this row belongs to no record's scope yet; the attach
    // row, under the record's scope, has it.
    ctx.audit("upload", "file", std::to_string(f.id), {}, nullptr,
              bj::object{{"sha256", f.sha256}, {"size", f.size}, {"type", f.media_type}});
    return http::Response::created(to_json(f), fmt::format("/api/v1/files/{}", f.id));
  });
  api.get(
      "/api/v1/files/{id}", kSignedIn, [kinds](app::Context& ctx) { return download(ctx, kinds); },
      app::Transaction::write);
  api.get("/api/v1/files/{id}/text", kSignedIn, [kinds](app::Context& ctx) {
    auto f = file_of(ctx);
    open_record(ctx, kinds, f, app::Access::read);
    return http::Response::json(200, {{"id", f.id}, {"name", f.name}, {"text", text(ctx.db, f)}});
  });
  api.del("/api/v1/files/{id}", kSignedIn, [kinds](app::Context& ctx) {
    auto f = file_of(ctx);
    auto record = open_record(ctx, kinds, f, app::Access::write);
    remove(ctx.db, f, ctx.actor());
    ctx.audit("remove", "file", std::to_string(f.id), record.where, model::to_json(f), nullptr);
    return http::Response::no_content();
  });
  // A file is found by its name and text where its record may be opened.
  api.record_kind({"file", "/api/v1/files/{id}", "id", std::string(kSignedIn), std::string(kSignedIn), "", false,
                   [kinds](const app::Context& ctx, const std::string& key, app::Access access) {
                     auto f = get(ctx.db, app::record_id<messages, "file.not_found">(key));
                     auto record = open_record(ctx, kinds, f, access);
                     return app::RecordRef{f.name, record.where, record.url};
                   },
                   store::search_rows});
  attach_on_record_writes(api, kinds);
}

}  // namespace sen::files
