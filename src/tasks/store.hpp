// SQL for directives and tasks; no rules here.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/search_row.hpp"
#include "db/connection.hpp"
#include "tasks/model.hpp"

namespace sen::tasks::store {

std::int64_t insert_document(db::Connection& c, const Document& d, const std::string& now);
std::optional<Document> find_document(db::Connection& c, std::int64_t id);
bool document_number_taken(db::Connection& c, const std::string& number, const std::string& issuer);
std::vector<Document> list_documents(db::Connection& c);

std::int64_t insert_programme(db::Connection& c, const Programme& p, const std::string& now);
std::optional<Programme> find_programme(db::Connection& c, std::int64_t id);
std::vector<Programme> list_programmes(db::Connection& c);

std::int64_t insert_task(db::Connection& c, const Task& t, const std::string& now);
// The task with its coordinators, links and the deadline in force; nullopt when unknown.
std::optional<Task> find_task(db::Connection& c, std::int64_t id);
std::vector<Task> list_tasks(db::Connection& c);
std::vector<std::int64_t> subtask_ids(db::Connection& c, std::int64_t parent);
// Writes title, content, priority, completion and cancellation if the version is `expected`.
bool update_task(db::Connection& c, const Task& t, std::int64_t expected);
void set_lead_unit(db::Connection& c, std::int64_t task, const std::string& unit);
void set_coordinators(db::Connection& c, std::int64_t task, const std::vector<std::string>& units);
void set_links(db::Connection& c, std::int64_t task, const std::vector<Link>& links);

void insert_deadline(db::Connection& c, std::int64_t task, const DeadlineChange& d);
std::vector<DeadlineChange> deadlines(db::Connection& c, std::int64_t task);

std::int64_t insert_extension_request(db::Connection& c, std::int64_t task, const ExtensionRequest& r);
std::vector<ExtensionRequest> extension_requests(db::Connection& c, std::int64_t task);
void decide_extension_request(db::Connection& c, std::int64_t request, const std::string& decision,
                              const std::optional<std::string>& note, const std::string& by, const std::string& at);

void insert_progress(db::Connection& c, std::int64_t task, const Progress& p, const std::string& now);
std::vector<Progress> progress(db::Connection& c, std::int64_t task);

void insert_occurrence(db::Connection& c, std::int64_t task, const Occurrence& o);
std::vector<Occurrence> completed_occurrences(db::Connection& c, std::int64_t task);

// Inserts the notice unless one exists for its task, due date and kind; true when inserted.
bool insert_notice(db::Connection& c, const Notice& n);
std::vector<Notice> list_notices(db::Connection& c, bool unsent_only);

// Each task's and each document's words, for search.
std::vector<SearchRow> search_tasks(db::Connection& c, const std::optional<std::string>& key);
std::vector<SearchRow> search_documents(db::Connection& c, const std::optional<std::string>& key);

}  // namespace sen::tasks::store
