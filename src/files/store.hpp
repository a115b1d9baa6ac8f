// SQL for files and their contents; no rules here.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/search_row.hpp"
#include "db/connection.hpp"
#include "files/model.hpp"

namespace sen::files::store {

// Keeps the bytes under their hash unless the same bytes are kept already.
void keep_content(db::Connection& c, const std::string& sha256, const std::string& bytes);
// The bytes kept under a hash; nullopt when none.
std::optional<std::string> content(db::Connection& c, const std::string& sha256);

// Inserts the file row (its id is given by the database) and returns the id.
std::int64_t insert(db::Connection& c, const File& f, const std::string& text);
// The file unless unknown or removed.
std::optional<File> find(db::Connection& c, std::int64_t id);
// The text read from the file ("" when none).
std::string text(db::Connection& c, std::int64_t id);
// The files of a record that are not removed, oldest first.
std::vector<File> of_record(db::Connection& c, const std::string& kind, const std::string& key);
// Marks the file removed; false when it was removed already.
bool remove(db::Connection& c, std::int64_t id, const std::string& by, const std::string& at);
// Gives an uploaded file that belongs to no record yet to record `key` of `kind`; false when it
// belongs to one already.
bool assign(db::Connection& c, std::int64_t id, const std::string& kind, const std::string& key);
// Removes (by `by`, at `at`) the files uploaded before `before` that no record took, and drops
// the bytes and text of those and of the ones removed before any record took them (unless another
// file has the same bytes). Their rows stay, so that no id is given twice.
void purge_unassigned(db::Connection& c, const std::string& before, const std::string& by, const std::string& at);
// How many files `uploader` uploaded that no record holds yet.
int unassigned_of(db::Connection& c, const std::string& uploader);

// Each file that a record holds: its id, name, and text, for search.
std::vector<SearchRow> search_rows(db::Connection& c, const std::optional<std::string>& key);

}  // namespace sen::files::store
