#include "files/store.hpp"

#include <sodium.h>

#include <stdexcept>

#include "db/rows.hpp"
#include "db/search_rows.hpp"

namespace sen::files::store {

namespace {

constexpr int kBase64 = sodium_base64_VARIANT_ORIGINAL;

std::string to_base64(const std::string& bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), kBase64), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    kBase64);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

std::string from_base64(const std::string& text) {
  std::string out(text.size() / 4 * 3 + 3, '\0');
  std::size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                        &length, nullptr, kBase64) != 0) {
    throw std::runtime_error("a stored file's content is not base64");
  }
  out.resize(length);
  return out;
}

constexpr std::string_view kColumns =
    "id, record_kind, record_key, name, media_type, size, sha256, uploaded_by, uploaded_at";

}  // namespace

void keep_content(db::Connection& c, const std::string& sha256, const std::string& bytes) {
  c.execute("INSERT INTO file_contents(sha256, size, content) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING",
            {sha256, static_cast<std::int64_t>(bytes.size()), to_base64(bytes)});
}

std::optional<std::string> content(db::Connection& c, const std::string& sha256) {
  auto r = c.query("SELECT content FROM file_contents WHERE sha256 = $1", {sha256});
  if (r.empty()) return std::nullopt;
  return from_base64(r.row(0).text(0));
}

std::int64_t insert(db::Connection& c, const File& f, const std::string& text) {
  auto r = c.query(
      "INSERT INTO files(record_kind, record_key, name, media_type, size, sha256, text, uploaded_by, uploaded_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
      {f.record_kind, f.record_key, f.name, f.media_type, f.size, f.sha256, text, f.uploaded_by, f.uploaded_at});
  return r.row(0).integer(0);
}

std::optional<File> find(db::Connection& c, std::int64_t id) {
  auto r = c.query(std::string("SELECT ") + std::string(kColumns) + " FROM files WHERE id = $1 AND removed_at IS NULL",
                   {id});
  if (r.empty()) return std::nullopt;
  return db::read<File>(r.row(0));
}

std::string text(db::Connection& c, std::int64_t id) {
  auto r = c.query("SELECT text FROM files WHERE id = $1", {id});
  return r.empty() ? std::string() : r.row(0).text(0);
}

std::vector<File> of_record(db::Connection& c, const std::string& kind, const std::string& key) {
  return db::read_all<File>(c.query(std::string("SELECT ") + std::string(kColumns) +
                                        " FROM files WHERE record_kind = $1 AND record_key = $2 AND removed_at IS NULL "
                                        "ORDER BY id",
                                    {kind, key}));
}

bool assign(db::Connection& c, std::int64_t id, const std::string& kind, const std::string& key) {
  return c.execute("UPDATE files SET record_kind = $2, record_key = $3 WHERE id = $1 AND record_kind = ''",
                   {id, kind, key}) == 1;
}

void purge_unassigned(db::Connection& c, const std::string& before, const std::string& by, const std::string& at) {
  const char* which = "record_kind = '' AND sha256 <> '' AND (removed_at IS NOT NULL OR uploaded_at < $1)";
  auto gone = c.query(std::string("SELECT DISTINCT sha256 FROM files WHERE ") + which, {before});
  if (gone.size() == 0) return;
  // The row stays (an id is never given twice), removed, without its bytes or text (migration 0023).
  c.execute(std::string("UPDATE files SET sha256 = '', text = '', removed_by = COALESCE(removed_by, $2), "
                        "removed_at = COALESCE(removed_at, $3) WHERE ") +
                which,
            {before, by, at});
  for (std::size_t i = 0; i < gone.size(); ++i) {
    c.execute("DELETE FROM file_contents WHERE sha256 = $1 AND NOT EXISTS (SELECT 1 FROM files WHERE sha256 = $1)",
              {gone.row(i).text(0)});
  }
}

int unassigned_of(db::Connection& c, const std::string& uploader) {
  return static_cast<int>(
      c.query("SELECT count(*) FROM files WHERE record_kind = '' AND removed_at IS NULL AND uploaded_by = $1",
              {uploader})
          .row(0)
          .integer(0));
}

bool remove(db::Connection& c, std::int64_t id, const std::string& by, const std::string& at) {
  return c.execute("UPDATE files SET removed_by = $2, removed_at = $3 WHERE id = $1 AND removed_at IS NULL",
                   {id, by, at}) == 1;
}

std::vector<SearchRow> search_rows(db::Connection& c, const std::optional<std::string>& id) {
  return db::read_search_rows(c,
                              {"SELECT CAST(id AS TEXT) AS id, name AS title, text AS body FROM files",
                               "removed_at IS NULL AND record_kind <> ''", "id", db::KeyType::integer},
                              id);
}

}  // namespace sen::files::store
