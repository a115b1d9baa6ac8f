#include "tasks/store.hpp"

#include <fmt/format.h>

#include "db/rows.hpp"
#include "db/search_rows.hpp"

namespace sen::tasks::store {

namespace {

// The SELECT lists name each column as the model's member: rows are read by name (db/rows.hpp).
constexpr const char* kTaskSelect =
    "SELECT t.id, t.document_id, t.programme_id, t.parent_id, t.title, t.content, t.lead_unit, t.priority, "
    "t.recurrence, t.recurrence_until, t.completed_on, t.result, t.cancelled_on, t.cancel_reason, t.illustrative, "
    "t.source, t.created_by, t.version, "
    "(SELECT d.deadline FROM task_deadlines d WHERE d.task_id = t.id ORDER BY d.id DESC LIMIT 1) AS deadline "
    "FROM tasks t";

void fill(db::Connection& c, Task& t) {
  auto co = c.query("SELECT unit_code FROM task_coordinators WHERE task_id = $1 ORDER BY unit_code", {t.id});
  for (std::size_t i = 0; i < co.size(); ++i) t.coordinators.push_back(co.row(i).text(0));
  t.links =
      db::read_all<Link>(c.query("SELECT kind, ref FROM task_links WHERE task_id = $1 ORDER BY kind, ref", {t.id}));
}

std::vector<Task> tasks_of(db::Connection& c, const db::Result& r) {
  auto out = db::read_all<Task>(r);
  for (auto& t : out) fill(c, t);
  return out;
}

constexpr const char* kDocumentSelect =
    "SELECT id, kind, number, issued_on, issuer, issuer_unit, summary, illustrative, source FROM documents";

std::vector<Programme> programmes_of(db::Connection& c, const db::Result& r) {
  auto out = db::read_all<Programme>(r, {"lead_unit"});
  for (auto& p : out) {
    auto units =
        c.query("SELECT unit_code, lead FROM programme_units WHERE programme_id = $1 ORDER BY unit_code", {p.id});
    for (std::size_t i = 0; i < units.size(); ++i) {
      p.units.push_back(units.row(i).text(0));
      if (units.row(i).boolean(1)) p.lead_unit = units.row(i).text(0);
    }
  }
  return out;
}

constexpr const char* kProgrammeSelect =
    "SELECT id, title, content, signed_on, valid_from, valid_to, illustrative, source FROM programmes";

// A row of a task's history (task_id, then the model's columns) and what it returns.
template <class T>
db::Result insert_for_task(db::Connection& c, std::string_view table, std::int64_t task, const T& m,
                           std::initializer_list<std::string_view> skip, std::string_view returning = {}) {
  auto cols = db::columns(m, skip);
  return db::insert(c, table, cols.add("task_id", task), returning);
}

}  // namespace

std::int64_t insert_document(db::Connection& c, const Document& d, const std::string& now) {
  auto cols = db::columns(d, {"id"});
  return db::insert(c, "documents", cols.add("created_at", now), "RETURNING id").row(0).integer(0);
}

std::optional<Document> find_document(db::Connection& c, std::int64_t id) {
  auto r = db::read_all<Document>(c.query(std::string(kDocumentSelect) + " WHERE id = $1", {id}));
  if (r.empty()) return std::nullopt;
  return r.front();
}

bool document_number_taken(db::Connection& c, const std::string& number, const std::string& issuer) {
  return !c.query("SELECT 1 FROM documents WHERE number = $1 AND issuer = $2", {number, issuer}).empty();
}

std::vector<Document> list_documents(db::Connection& c) {
  return db::read_all<Document>(c.query(std::string(kDocumentSelect) + " ORDER BY issued_on DESC, id DESC"));
}

std::int64_t insert_programme(db::Connection& c, const Programme& p, const std::string& now) {
  auto cols = db::columns(p, {"id", "lead_unit"});
  auto id = db::insert(c, "programmes", cols.add("created_at", now), "RETURNING id").row(0).integer(0);
  for (const auto& u : p.units) {
    c.execute("INSERT INTO programme_units(programme_id, unit_code, lead) VALUES ($1, $2, $3)",
              {id, u, static_cast<std::int64_t>(p.lead_unit == u)});
  }
  return id;
}

std::optional<Programme> find_programme(db::Connection& c, std::int64_t id) {
  auto r = programmes_of(c, c.query(std::string(kProgrammeSelect) + " WHERE id = $1", {id}));
  if (r.empty()) return std::nullopt;
  return r.front();
}

std::vector<Programme> list_programmes(db::Connection& c) {
  return programmes_of(c, c.query(std::string(kProgrammeSelect) + " ORDER BY signed_on DESC, id DESC"));
}

std::int64_t insert_task(db::Connection& c, const Task& t, const std::string& now) {
  // The deadline is a row of task_deadlines; completion and cancellation come later, by update.
  auto cols = db::columns(t, {"id", "deadline", "completed_on", "result", "cancelled_on", "cancel_reason", "version"});
  auto id = db::insert(c, "tasks", cols.add("created_at", now), "RETURNING id").row(0).integer(0);
  set_coordinators(c, id, t.coordinators);
  set_links(c, id, t.links);
  return id;
}

std::optional<Task> find_task(db::Connection& c, std::int64_t id) {
  auto r = tasks_of(c, c.query(std::string(kTaskSelect) + " WHERE t.id = $1", {id}));
  if (r.empty()) return std::nullopt;
  return r.front();
}

std::vector<Task> list_tasks(db::Connection& c) {
  return tasks_of(c, c.query(std::string(kTaskSelect) + " ORDER BY t.id"));
}

std::vector<std::int64_t> subtask_ids(db::Connection& c, std::int64_t parent) {
  auto r = c.query("SELECT id FROM tasks WHERE parent_id = $1 ORDER BY id", {parent});
  std::vector<std::int64_t> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(r.row(i).integer(0));
  return out;
}

bool update_task(db::Connection& c, const Task& t, std::int64_t expected) {
  return c.execute(
             "UPDATE tasks SET title = $2, content = $3, priority = $4, completed_on = $5, result = $6, "
             "cancelled_on = $7, cancel_reason = $8, version = version + 1 WHERE id = $1 AND version = $9",
             {t.id, t.title, db::nullable(t.content), model::enum_text(t.priority), db::nullable(t.completed_on),
              db::nullable(t.result), db::nullable(t.cancelled_on), db::nullable(t.cancel_reason), expected}) == 1;
}

void set_lead_unit(db::Connection& c, std::int64_t task, const std::string& unit) {
  c.execute("UPDATE tasks SET lead_unit = $2, version = version + 1 WHERE id = $1", {task, unit});
}

void set_coordinators(db::Connection& c, std::int64_t task, const std::vector<std::string>& units) {
  c.execute("DELETE FROM task_coordinators WHERE task_id = $1", {task});
  for (const auto& u : units) c.execute("INSERT INTO task_coordinators(task_id, unit_code) VALUES ($1, $2)", {task, u});
}

void set_links(db::Connection& c, std::int64_t task, const std::vector<Link>& links) {
  c.execute("DELETE FROM task_links WHERE task_id = $1", {task});
  for (const auto& l : links) {
    c.execute("INSERT INTO task_links(task_id, kind, ref) VALUES ($1, $2, $3)", {task, l.kind, l.ref});
  }
}

void insert_deadline(db::Connection& c, std::int64_t task, const DeadlineChange& d) {
  insert_for_task(c, "task_deadlines", task, d, {});
}

std::vector<DeadlineChange> deadlines(db::Connection& c, std::int64_t task) {
  return db::read_all<DeadlineChange>(c.query(
      "SELECT deadline, reason, decided_by, decided_at FROM task_deadlines WHERE task_id = $1 ORDER BY id", {task}));
}

std::int64_t insert_extension_request(db::Connection& c, std::int64_t task, const ExtensionRequest& r) {
  return insert_for_task(c, "task_extension_requests", task, r, {"id", "decision", "decision_note", "decided_by"},
                         "RETURNING id")
      .row(0)
      .integer(0);
}

std::vector<ExtensionRequest> extension_requests(db::Connection& c, std::int64_t task) {
  return db::read_all<ExtensionRequest>(
      c.query("SELECT id, requested_deadline, reason, requested_by, requested_at, decision, decision_note, decided_by "
              "FROM task_extension_requests WHERE task_id = $1 ORDER BY id",
              {task}));
}

void decide_extension_request(db::Connection& c, std::int64_t request, const std::string& decision,
                              const std::optional<std::string>& note, const std::string& by, const std::string& at) {
  c.execute(
      "UPDATE task_extension_requests SET decision = $2, decision_note = $3, decided_by = $4, decided_at = $5 "
      "WHERE id = $1",
      {request, decision, db::nullable(note), by, at});
}

void insert_progress(db::Connection& c, std::int64_t task, const Progress& p, const std::string& now) {
  auto cols = db::columns(p, {"id"});
  db::insert(c, "task_progress", cols.add("task_id", task).add("reported_at", now));
}

std::vector<Progress> progress(db::Connection& c, std::int64_t task) {
  return db::read_all<Progress>(c.query(
      "SELECT id, reported_on, percent, text, reported_by FROM task_progress WHERE task_id = $1 ORDER BY reported_on, "
      "id",
      {task}));
}

void insert_occurrence(db::Connection& c, std::int64_t task, const Occurrence& o) {
  insert_for_task(c, "task_occurrences", task, o, {});
}

std::vector<Occurrence> completed_occurrences(db::Connection& c, std::int64_t task) {
  return db::read_all<Occurrence>(
      c.query("SELECT due, completed_on, result FROM task_occurrences WHERE task_id = $1 ORDER BY due", {task}));
}

bool insert_notice(db::Connection& c, const Notice& n) {
  auto cols = db::columns(n, {"id", "sent_at"});
  cols.rename("unit", "unit_code");
  return c.execute(fmt::format("INSERT INTO notices({}) VALUES ({}) ON CONFLICT (task_id, due, kind) DO NOTHING",
                               cols.list(), cols.placeholders()),
                   cols.values) == 1;
}

std::vector<Notice> list_notices(db::Connection& c, bool unsent_only) {
  return db::read_all<Notice>(
      c.query("SELECT id, task_id, due, kind, unit_code AS unit, message, created_at, sent_at FROM notices "
              "WHERE ($1 = 0 OR sent_at IS NULL) ORDER BY id DESC",
              {static_cast<std::int64_t>(unsent_only)}));
}

std::vector<SearchRow> search_tasks(db::Connection& c, const std::optional<std::string>& id) {
  return db::read_search_rows(c,
                              {"SELECT CAST(id AS TEXT) AS id, title, COALESCE(content, '') AS body FROM tasks", "",
                               "id", db::KeyType::integer},
                              id);
}

std::vector<SearchRow> search_documents(db::Connection& c, const std::optional<std::string>& id) {
  return db::read_search_rows(c,
                              {"SELECT CAST(id AS TEXT) AS id, number || ' ' || issuer AS title, "
                               "COALESCE(summary, '') AS body FROM documents",
                               "", "id", db::KeyType::integer},
                              id);
}

}  // namespace sen::tasks::store
