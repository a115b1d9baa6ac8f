#include "files/files.hpp"

#include <fmt/format.h>
#include <sodium.h>

#include <stdexcept>

#include "base/date.hpp"
#include "base/error.hpp"
#include "base/received_text.hpp"
#include "extraction/document_text.hpp"
#include "files/media_type.hpp"
#include "files/messages.hpp"
#include "files/store.hpp"

namespace sen::files {

namespace {

// The last part of a name a browser may send with its folders ("C:\\scans\\don.pdf").
std::string base_name(const std::string& name) {
  auto slash = name.find_last_of("/\\");
  return slash == std::string::npos ? name : name.substr(slash + 1);
}

// The text search reads: what extraction reads from a PDF, DOCX or text file. A scan without a
// text layer is kept all the same, found by its name only.
std::string searchable_text(const std::string& bytes, const std::string& media_type) {
  if (media_type.rfind("image/", 0) == 0 || media_type.find("spreadsheetml") != std::string::npos) return {};
  try {
    return extraction::document_text(bytes, "file").text;
  } catch (const Error&) {
    return {};
  }
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  unsigned char hash[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(hash, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return hex;
}

File attach(db::Connection& c, Upload upload, std::size_t max_bytes) {
  if (upload.bytes.size() > max_bytes) {
    throw messages::error<"file.too_large">("file", max_bytes / (1024 * 1024));
  }
  if (upload.bytes.empty()) throw messages::error<"file.empty">("file");
  auto media_type = media_type_of(upload.bytes);
  if (!media_type) {
    throw messages::error<"file.type">("file");
  }
  File f;
  f.record_kind = std::move(upload.record_kind);
  f.record_key = std::move(upload.record_key);
  f.name = base_name(received_text(upload.name, "name", 255, Lines::one));
  if (f.name.empty()) throw messages::error<"file.name_missing">("name");
  f.media_type = *media_type;
  f.size = static_cast<std::int64_t>(upload.bytes.size());
  f.sha256 = sha256_hex(upload.bytes);
  f.uploaded_by = std::move(upload.uploaded_by);
  f.uploaded_at = utc_timestamp();
  store::keep_content(c, f.sha256, upload.bytes);
  f.id = store::insert(c, f, searchable_text(upload.bytes, f.media_type));
  return f;
}

File stage(db::Connection& c, Upload upload, std::size_t max_bytes) {
  store::purge_unassigned(c, utc_timestamp(-std::chrono::duration_cast<std::chrono::seconds>(kUnattachedFor)), "system",
                          utc_timestamp());
  if (store::unassigned_of(c, upload.uploaded_by) >= kMostUnattached) {
    throw messages::error<"file.too_many_unattached">("file", kMostUnattached);
  }
  upload.record_kind.clear();
  upload.record_key.clear();
  return attach(c, std::move(upload), max_bytes);
}

bool assign(db::Connection& c, std::int64_t id, const std::string& kind, const std::string& key) {
  return store::assign(c, id, kind, key);
}

File get(db::Connection& c, std::int64_t id) {
  auto f = store::find(c, id);
  if (!f) throw messages::error<"file.not_found">("", std::to_string(id));
  return *f;
}

std::string bytes(db::Connection& c, const File& f) {
  auto content = store::content(c, f.sha256);
  if (!content) throw std::logic_error("file " + std::to_string(f.id) + " has no content");
  return *content;
}

std::string text(db::Connection& c, const File& f) {
  return store::text(c, f.id);
}

std::vector<File> of_record(db::Connection& c, const std::string& kind, const std::string& key) {
  return store::of_record(c, kind, key);
}

void remove(db::Connection& c, const File& f, const std::string& by) {
  if (!store::remove(c, f.id, by, utc_timestamp())) throw messages::error<"file.not_found">("", std::to_string(f.id));
  // A record's file is kept, removed, for its history; an upload no record took is not.
  if (f.record_kind.empty()) store::purge_unassigned(c, "", by, utc_timestamp());
}

}  // namespace sen::files
