// The files module's operations: keeping an upload, reading it back, removing it.
#pragma once
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "files/model.hpp"

namespace sen::files {

// Keeps an upload with the text read from it (PDF, DOCX, text; "" for images, spreadsheets and
// scans without text). Error too_large naming "file" beyond `max_bytes`; Error invalid naming
// "file" when it is empty or not of an allowed type, or naming "name" for a bad name.
File attach(db::Connection& c, Upload upload, std::size_t max_bytes);

// Keeps an upload that no record holds yet (POST /api/v1/files), for its uploader to attach with
// a record's write (files: [id]); uploads that no record took within kUnattachedFor are deleted
// here (their bytes dropped, their rows kept removed). Errors as attach; Error conflict when the uploader already has
// kMostUnattached such uploads.
File stage(db::Connection& c, Upload upload, std::size_t max_bytes);
inline constexpr std::chrono::hours kUnattachedFor{24};
inline constexpr int kMostUnattached = 20;
// Attaches the staged file `id` to record `key` of `kind`; false when a record holds it already.
bool assign(db::Connection& c, std::int64_t id, const std::string& kind, const std::string& key);

// The file; Error not_found when unknown or removed.
File get(db::Connection& c, std::int64_t id);
// The file's bytes.
std::string bytes(db::Connection& c, const File& f);
// The text read from the file; "" when it has none.
std::string text(db::Connection& c, const File& f);
// The files of a record, oldest first.
std::vector<File> of_record(db::Connection& c, const std::string& kind, const std::string& key);
// Removes the file from its record (the row and bytes stay, with who removed it and when); an
// upload that no record holds loses its bytes.
void remove(db::Connection& c, const File& f, const std::string& by);

// The lower-case hex SHA-256 of the bytes.
std::string sha256_hex(std::string_view bytes);

}  // namespace sen::files
