// SQL for report drafts; no rules here.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/search_row.hpp"
#include "db/connection.hpp"
#include "reports/drafts_model.hpp"

namespace sen::reports::store {

// Inserts the draft and its sections; returns its id.
std::int64_t insert_draft(db::Connection& c, const Draft& d);
// The draft with its sections and files; nullopt when the id is unknown.
std::optional<Draft> find_draft(db::Connection& c, std::int64_t id);
// The unit's drafts, newest first, with their sections and files.
std::vector<Draft> drafts_of(db::Connection& c, const std::string& unit);
// Every issued report, as search reads it: its number, period and unit, and who signed it.
std::vector<SearchRow> issued_search_rows(db::Connection& c, const std::optional<std::string>& key);
// The newest draft of the unit by this issuer; nullopt when none.
std::optional<std::int64_t> latest_draft(db::Connection& c, const std::string& unit, const std::string& issuer);
// Writes a part's text when its version is still `expected`; false otherwise.
bool update_section(db::Connection& c, std::int64_t draft, const std::string& key, const std::string& text,
                    std::int64_t expected, const std::string& by, const std::string& at);
// Sets what issuing sets, when the draft is not issued yet; false otherwise.
bool mark_issued(db::Connection& c, const Draft& d);
void insert_file(db::Connection& c, std::int64_t draft, const std::string& format, const std::string& base64,
                 const std::string& sha256);
// The base64 content of an issued file; nullopt when none.
std::optional<std::string> file_content(db::Connection& c, std::int64_t draft, const std::string& format);
// Whether another issued report of the unit and issuer already has this number in the year.
bool number_taken(db::Connection& c, const std::string& unit, const std::string& issuer, const std::string& number,
                  int year);

}  // namespace sen::reports::store
