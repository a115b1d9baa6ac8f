// Directives and tasks (chỉ đạo, nhiệm vụ).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/date.hpp"
#include "base/model.hpp"
#include "base/request.hpp"

namespace sen::tasks {

// The name of its kind of record: files, search and handovers name it (app::RecordKind).
inline constexpr const char* kRecordKind = "task";

// The kinds of directing documents (kết luận, chỉ thị, nghị quyết, thông báo kết luận, kế hoạch).
enum class DocumentKind { ket_luan, chi_thi, nghi_quyet, thong_bao_ket_luan, ke_hoach };
BOOST_DESCRIBE_ENUM(DocumentKind, ket_luan, chi_thi, nghi_quyet, thong_bao_ket_luan, ke_hoach)
// How urgent a task is, and how it recurs: written by name in the API and the database.
enum class Priority { normal, high, urgent };
BOOST_DESCRIBE_ENUM(Priority, normal, high, urgent)
enum class Recurrence { none, monthly, quarterly, yearly };
BOOST_DESCRIBE_ENUM(Recurrence, none, monthly, quarterly, yearly)

struct Document {
  std::int64_t id = 0;
  DocumentKind kind = DocumentKind::ket_luan;
  std::string number;  // 123-TB/TU
  Date issued_on;
  std::string issuer;
  std::optional<std::string> issuer_unit;
  std::optional<std::string> summary;
  bool illustrative = false;
  std::optional<std::string> source;
};
BOOST_DESCRIBE_STRUCT(Document, (), (id, kind, number, issued_on, issuer, issuer_unit, summary, illustrative, source))
// What a request recording a document may set.
inline const std::vector<json::Rule> kNewDocumentRequest = {json::Rule{"kind", true},
                                                            json::Rule::line("number", 100).needed(),
                                                            json::Rule{"issued_on", true},
                                                            json::Rule::line("issuer", 500).needed(),
                                                            json::Rule::line("issuer_unit", 32),
                                                            json::Rule::text("summary", 20000)};

struct Programme {
  std::int64_t id = 0;
  std::string title;
  std::optional<std::string> content;
  Date signed_on;
  Date valid_from;
  Date valid_to;
  std::vector<std::string> units;  // signatories
  std::optional<std::string> lead_unit;
  bool illustrative = false;
  std::optional<std::string> source;
};
// `units` and `lead_unit` are the rows of programme_units (store.cpp).
BOOST_DESCRIBE_STRUCT(Programme, (),
                      (id, title, content, signed_on, valid_from, valid_to, units, lead_unit, illustrative, source))
// What a request recording a programme may set.
inline const std::vector<json::Rule> kNewProgrammeRequest = {
    json::Rule::line("title", 1000).needed(), json::Rule::text("content", 20000), json::Rule{"signed_on", true},
    json::Rule{"valid_from", true},           json::Rule{"valid_to", true},       json::Rule{"units"},
    json::Rule::line("lead_unit", 32)};

struct Link {
  std::string kind;  // indicator | project
  std::string ref;
};
BOOST_DESCRIBE_STRUCT(Link, (), (kind, ref))

struct Task {
  std::int64_t id = 0;
  std::optional<std::int64_t> document_id;
  std::optional<std::int64_t> programme_id;
  std::optional<std::int64_t> parent_id;
  std::string title;
  std::optional<std::string> content;
  std::string lead_unit;
  std::vector<std::string> coordinators;
  Priority priority = Priority::normal;
  Recurrence recurrence = Recurrence::none;
  std::optional<Date> recurrence_until;
  Date deadline;  // in force (the newest of the history); a recurring task's first due date
  std::optional<Date> completed_on;
  std::optional<std::string> result;
  std::optional<Date> cancelled_on;
  std::optional<std::string> cancel_reason;
  std::vector<Link> links;
  bool illustrative = false;
  std::optional<std::string> source;
  std::string created_by;
  std::int64_t version = 1;
};
// `deadline` is the newest row of task_deadlines; `coordinators` and `links` are rows of their own.
BOOST_DESCRIBE_STRUCT(Task, (),
                      (id, document_id, programme_id, parent_id, title, content, lead_unit, coordinators, priority,
                       recurrence, recurrence_until, deadline, completed_on, result, cancelled_on, cancel_reason, links,
                       illustrative, source, created_by, version))
// What a request creating a task may set (its indicators, as links, are read beside these).
inline const std::vector<json::Rule> kNewTaskRequest = {json::Rule::line("title", 1000).needed(),
                                                        json::Rule::text("content", 20000),
                                                        json::Rule{"document_id"},
                                                        json::Rule{"programme_id"},
                                                        json::Rule{"parent_id"},
                                                        json::Rule::line("lead_unit", 32).needed(),
                                                        json::Rule{"coordinators"},
                                                        json::Rule{"priority"},
                                                        json::Rule{"deadline", true},
                                                        json::Rule{"recurrence"},
                                                        json::Rule{"recurrence_until"}};

struct DeadlineChange {
  Date deadline;
  std::string reason;
  std::string decided_by;
  std::string decided_at;
};
BOOST_DESCRIBE_STRUCT(DeadlineChange, (), (deadline, reason, decided_by, decided_at))

struct ExtensionRequest {
  std::int64_t id = 0;
  Date requested_deadline;
  std::string reason;
  std::string requested_by;
  std::string requested_at;
  std::optional<std::string> decision;  // approved | rejected
  std::optional<std::string> decision_note;
  std::optional<std::string> decided_by;
};
BOOST_DESCRIBE_STRUCT(ExtensionRequest, (),
                      (id, requested_deadline, reason, requested_by, requested_at, decision, decision_note, decided_by))

struct Progress {
  std::int64_t id = 0;
  Date reported_on;
  int percent = 0;
  std::string text;
  std::string reported_by;
};
BOOST_DESCRIBE_STRUCT(Progress, (), (id, reported_on, percent, text, reported_by))

struct Occurrence {
  Date due;
  std::optional<Date> completed_on;
  std::optional<std::string> result;
};
BOOST_DESCRIBE_STRUCT(Occurrence, (), (due, completed_on, result))

struct Notice {
  std::int64_t id = 0;
  std::int64_t task_id = 0;
  Date due;
  std::string kind;  // due_soon | overdue
  std::string unit;
  std::string message;
  std::string created_at;
  std::optional<std::string> sent_at;
};
// `unit` is the column unit_code.
BOOST_DESCRIBE_STRUCT(Notice, (), (id, task_id, due, kind, unit, message, created_at, sent_at))

}  // namespace sen::tasks
