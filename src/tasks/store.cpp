#include "tasks/store.hpp"

#include "db/rows.hpp"
#include "db/search_rows.hpp"

namespace sen::tasks::store {

namespace {

constexpr const char* kTaskSelect =
    "SELECT t.id, t.document_id, t.programme_id, t.parent_id, t.title, t.content, t.lead_unit, t.priority, "
    "t.recurrence, t.recurrence_until, t.completed_on, t.result, t.cancelled_on, t.cancel_reason, t.illustrative, "
    "t.source, t.created_by, t.version, "
    "(SELECT d.deadline FROM task_deadlines d WHERE d.task_id = t.id ORDER BY d.id DESC LIMIT 1) "
    "FROM tasks t";

Task task_of(const db::Row& r) {
  Task t;
  t.id = r.integer(0);
  t.document_id = r.optional_integer(1);
  t.programme_id = r.optional_integer(2);
  t.parent_id = r.optional_integer(3);
  t.title = r.text(4);
  t.content = r.optional_text(5);
  t.lead_unit = r.text(6);
  t.priority = r.text(7);
  t.recurrence = r.text(8);
  t.recurrence_until = r.optional_date(9);
  t.completed_on = r.optional_date(10);
  t.result = r.optional_text(11);
  t.cancelled_on = r.optional_date(12);
  t.cancel_reason = r.optional_text(13);
  t.illustrative = r.boolean(14);
  t.source = r.optional_text(15);
  t.created_by = r.text(16);
  t.version = r.integer(17);
  t.deadline = r.date(18);
  return t;
}

void fill(db::Connection& c, Task& t) {
  auto co = c.query("SELECT unit_code FROM task_coordinators WHERE task_id = $1 ORDER BY unit_code", {t.id});
  for (std::size_t i = 0; i < co.size(); ++i) t.coordinators.push_back(co.row(i).text(0));
  auto links = c.query("SELECT kind, ref FROM task_links WHERE task_id = $1 ORDER BY kind, ref", {t.id});
  for (std::size_t i = 0; i < links.size(); ++i) t.links.push_back({links.row(i).text(0), links.row(i).text(1)});
}

Document document_of(const db::Row& r) {
  return Document{r.integer(0),       r.text(1),          r.text(2),    r.date(3),         r.text(4),
                  r.optional_text(5), r.optional_text(6), r.boolean(7), r.optional_text(8)};
}

constexpr const char* kDocumentSelect =
    "SELECT id, kind, number, issued_on, issuer, issuer_unit, summary, illustrative, source FROM documents";

Programme programme_of(db::Connection& c, const db::Row& r) {
  Programme p{r.integer(0), r.text(1), r.optional_text(2), r.date(3),    r.date(4),
              r.date(5),    {},        std::nullopt,       r.boolean(6), r.optional_text(7)};
  auto units =
      c.query("SELECT unit_code, lead FROM programme_units WHERE programme_id = $1 ORDER BY unit_code", {p.id});
  for (std::size_t i = 0; i < units.size(); ++i) {
    p.units.push_back(units.row(i).text(0));
    if (units.row(i).boolean(1)) p.lead_unit = units.row(i).text(0);
  }
  return p;
}

constexpr const char* kProgrammeSelect =
    "SELECT id, title, content, signed_on, valid_from, valid_to, illustrative, source FROM programmes";

}  // namespace

std::int64_t insert_document(db::Connection& c, const Document& d, const std::string& now) {
  return c
      .query(
          "INSERT INTO documents(kind, number, issued_on, issuer, issuer_unit, summary, illustrative, source, "
          "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
          {d.kind, d.number, d.issued_on.iso(), d.issuer, db::nullable(d.issuer_unit), db::nullable(d.summary),
           static_cast<std::int64_t>(d.illustrative), db::nullable(d.source), now})
      .row(0)
      .integer(0);
}

std::optional<Document> find_document(db::Connection& c, std::int64_t id) {
  auto r = c.query(std::string(kDocumentSelect) + " WHERE id = $1", {id});
  if (r.empty()) return std::nullopt;
  return document_of(r.row(0));
}

bool document_number_taken(db::Connection& c, const std::string& number, const std::string& issuer) {
  return !c.query("SELECT 1 FROM documents WHERE number = $1 AND issuer = $2", {number, issuer}).empty();
}

std::vector<Document> list_documents(db::Connection& c) {
  auto r = c.query(std::string(kDocumentSelect) + " ORDER BY issued_on DESC, id DESC");
  std::vector<Document> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(document_of(r.row(i)));
  return out;
}

std::int64_t insert_programme(db::Connection& c, const Programme& p, const std::string& now) {
  auto id = c.query(
                 "INSERT INTO programmes(title, content, signed_on, valid_from, valid_to, illustrative, source, "
                 "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                 {p.title, db::nullable(p.content), p.signed_on.iso(), p.valid_from.iso(), p.valid_to.iso(),
                  static_cast<std::int64_t>(p.illustrative), db::nullable(p.source), now})
                .row(0)
                .integer(0);
  for (const auto& u : p.units) {
    c.execute("INSERT INTO programme_units(programme_id, unit_code, lead) VALUES ($1, $2, $3)",
              {id, u, static_cast<std::int64_t>(p.lead_unit == u)});
  }
  return id;
}

std::optional<Programme> find_programme(db::Connection& c, std::int64_t id) {
  auto r = c.query(std::string(kProgrammeSelect) + " WHERE id = $1", {id});
  if (r.empty()) return std::nullopt;
  return programme_of(c, r.row(0));
}

std::vector<Programme> list_programmes(db::Connection& c) {
  auto r = c.query(std::string(kProgrammeSelect) + " ORDER BY signed_on DESC, id DESC");
  std::vector<Programme> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(programme_of(c, r.row(i)));
  return out;
}

std::int64_t insert_task(db::Connection& c, const Task& t, const std::string& now) {
  auto id = c.query(
                 "INSERT INTO tasks(document_id, programme_id, parent_id, title, content, lead_unit, priority, "
                 "recurrence, recurrence_until, illustrative, source, created_by, created_at) "
                 "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
                 {db::nullable(t.document_id), db::nullable(t.programme_id), db::nullable(t.parent_id), t.title,
                  db::nullable(t.content), t.lead_unit, t.priority, t.recurrence, db::nullable(t.recurrence_until),
                  static_cast<std::int64_t>(t.illustrative), db::nullable(t.source), t.created_by, now})
                .row(0)
                .integer(0);
  set_coordinators(c, id, t.coordinators);
  set_links(c, id, t.links);
  return id;
}

std::optional<Task> find_task(db::Connection& c, std::int64_t id) {
  auto r = c.query(std::string(kTaskSelect) + " WHERE t.id = $1", {id});
  if (r.empty()) return std::nullopt;
  Task t = task_of(r.row(0));
  fill(c, t);
  return t;
}

std::vector<Task> list_tasks(db::Connection& c) {
  auto r = c.query(std::string(kTaskSelect) + " ORDER BY t.id");
  std::vector<Task> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    out.push_back(task_of(r.row(i)));
    fill(c, out.back());
  }
  return out;
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
             {t.id, t.title, db::nullable(t.content), t.priority, db::nullable(t.completed_on), db::nullable(t.result),
              db::nullable(t.cancelled_on), db::nullable(t.cancel_reason), expected}) == 1;
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
  c.execute("INSERT INTO task_deadlines(task_id, deadline, reason, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5)",
            {task, d.deadline.iso(), d.reason, d.decided_by, d.decided_at});
}

std::vector<DeadlineChange> deadlines(db::Connection& c, std::int64_t task) {
  auto r = c.query("SELECT deadline, reason, decided_by, decided_at FROM task_deadlines WHERE task_id = $1 ORDER BY id",
                   {task});
  std::vector<DeadlineChange> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    out.push_back({row.date(0), row.text(1), row.text(2), row.text(3)});
  }
  return out;
}

std::int64_t insert_extension_request(db::Connection& c, std::int64_t task, const ExtensionRequest& r) {
  return c
      .query(
          "INSERT INTO task_extension_requests(task_id, requested_deadline, reason, requested_by, requested_at) "
          "VALUES ($1, $2, $3, $4, $5) RETURNING id",
          {task, r.requested_deadline.iso(), r.reason, r.requested_by, r.requested_at})
      .row(0)
      .integer(0);
}

std::vector<ExtensionRequest> extension_requests(db::Connection& c, std::int64_t task) {
  auto r = c.query(
      "SELECT id, requested_deadline, reason, requested_by, requested_at, decision, decision_note, decided_by "
      "FROM task_extension_requests WHERE task_id = $1 ORDER BY id",
      {task});
  std::vector<ExtensionRequest> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    out.push_back({row.integer(0), row.date(1), row.text(2), row.text(3), row.text(4), row.optional_text(5),
                   row.optional_text(6), row.optional_text(7)});
  }
  return out;
}

void decide_extension_request(db::Connection& c, std::int64_t request, const std::string& decision,
                              const std::optional<std::string>& note, const std::string& by, const std::string& at) {
  c.execute(
      "UPDATE task_extension_requests SET decision = $2, decision_note = $3, decided_by = $4, decided_at = $5 "
      "WHERE id = $1",
      {request, decision, db::nullable(note), by, at});
}

void insert_progress(db::Connection& c, std::int64_t task, const Progress& p, const std::string& now) {
  c.execute(
      "INSERT INTO task_progress(task_id, reported_on, percent, text, reported_by, reported_at) "
      "VALUES ($1, $2, $3, $4, $5, $6)",
      {task, p.reported_on.iso(), static_cast<std::int64_t>(p.percent), p.text, p.reported_by, now});
}

std::vector<Progress> progress(db::Connection& c, std::int64_t task) {
  auto r = c.query(
      "SELECT id, reported_on, percent, text, reported_by FROM task_progress WHERE task_id = $1 ORDER BY reported_on, "
      "id",
      {task});
  std::vector<Progress> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    out.push_back({row.integer(0), row.date(1), static_cast<int>(row.integer(2)), row.text(3), row.text(4)});
  }
  return out;
}

void insert_occurrence(db::Connection& c, std::int64_t task, const Occurrence& o) {
  c.execute("INSERT INTO task_occurrences(task_id, due, completed_on, result) VALUES ($1, $2, $3, $4)",
            {task, o.due.iso(), db::nullable(o.completed_on), db::nullable(o.result)});
}

std::vector<Occurrence> completed_occurrences(db::Connection& c, std::int64_t task) {
  auto r = c.query("SELECT due, completed_on, result FROM task_occurrences WHERE task_id = $1 ORDER BY due", {task});
  std::vector<Occurrence> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    out.push_back({row.date(0), row.optional_date(1), row.optional_text(2)});
  }
  return out;
}

bool insert_notice(db::Connection& c, const Notice& n) {
  return c.execute(
             "INSERT INTO notices(task_id, due, kind, unit_code, message, created_at) VALUES ($1, $2, $3, $4, $5, $6) "
             "ON CONFLICT (task_id, due, kind) DO NOTHING",
             {n.task_id, n.due.iso(), n.kind, n.unit, n.message, n.created_at}) == 1;
}

std::vector<Notice> list_notices(db::Connection& c, bool unsent_only) {
  auto r = c.query(
      "SELECT id, task_id, due, kind, unit_code, message, created_at, sent_at FROM notices "
      "WHERE ($1 = 0 OR sent_at IS NULL) ORDER BY id DESC",
      {static_cast<std::int64_t>(unsent_only)});
  std::vector<Notice> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    out.push_back({row.integer(0), row.integer(1), row.date(2), row.text(3), row.text(4), row.text(5), row.text(6),
                   row.optional_text(7)});
  }
  return out;
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
