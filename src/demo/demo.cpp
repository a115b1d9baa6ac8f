#include "demo/demo.hpp"

#include <fmt/format.h>

#include <map>

#include "audit/audit.hpp"
#include "base/embedded.hpp"
#include "base/error.hpp"
#include "demo/messages.hpp"
#include "demo/oversight.hpp"
#include "demo/tables.hpp"
#include "extraction/extraction.hpp"
#include "opendata/opendata.hpp"
#include "petitions/petitions.hpp"
#include "projects/csv_import.hpp"
#include "projects/projects.hpp"
#include "targets/csv_io.hpp"
#include "targets/targets.hpp"
#include "tasks/tasks.hpp"
#include "units/lineage.hpp"
#include "units/units.hpp"

namespace sen::demo {

namespace {

void load_units(db::Connection& c) {
  auto rows = read_table("data/demo/units.csv");
  for (const auto& r : rows) {
    units::create(c, units::NewUnit{r.at("code"), r.at("name"), optional(r.at("name_en")),
                                    demo_enum<units::UnitKind>(r.at("kind")), optional(r.at("parent")),
                                    Date::parse(r.at("valid_from")).value(), r.at("illustrative") == "1",
                                    optional(r.at("source"))});
  }
  // Close in reverse order so that children close before their parents.
  for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
    if (it->at("valid_to").empty()) continue;
    units::close(c, it->at("code"),
                 units::UnitClosure{1, Date::parse(it->at("valid_to")).value(), split_words(it->at("successors"))});
  }
}

// The shares of each closed unit on each basis, recorded (and checked) one set at a time.
void load_succession_shares(db::Connection& c) {
  std::map<std::pair<std::string, std::string>, units::ShareSet> sets;  // (predecessor, basis) → shares
  for (const auto& r : read_table("data/demo/succession_shares.csv")) {
    auto& set = sets[{r.at("predecessor"), r.at("basis")}];
    set.basis = r.at("basis");
    set.legal_source = r.at("legal_source");
    set.illustrative = r.at("illustrative") == "1";
    set.parts.push_back({r.at("successor"), std::stod(r.at("share"))});
  }
  for (const auto& entry : sets) units::record_shares(c, entry.first.first, entry.second);
}

// "a|b|c" → {"a", "b", "c"}
std::vector<std::string> split_phrases(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t at = 0; at <= s.size() && !s.empty();) {
    auto bar = s.find('|', at);
    out.push_back(s.substr(at, bar == std::string::npos ? std::string::npos : bar - at));
    if (bar == std::string::npos) break;
    at = bar + 1;
  }
  return out;
}

void load_targets(db::Connection& c) {
  for (const auto& r : read_table("data/demo/indicators.csv")) {
    targets::Indicator i;
    i.code = r.at("code");
    i.name = r.at("name");
    i.name_en = optional(r.at("name_en"));
    i.area = r.at("area");
    i.measure = r.at("measure");
    i.decimals = std::stoi(r.at("decimals"));
    i.direction = demo_enum<targets::Direction>(r.at("direction"));
    i.unit_aggregation = demo_enum<targets::UnitAggregation>(r.at("unit_aggregation"));
    i.period_aggregation = demo_enum<targets::PeriodAggregation>(r.at("period_aggregation"));
    i.illustrative = r.at("illustrative") == "1";
    i.source = optional(r.at("source"));
    i.computed_from = optional(r.at("computed_from"));
    targets::create_indicator(c, i);
  }
  for (const auto& r : read_table("data/demo/indicator_words.csv")) {
    extraction::IndicatorWords w;
    w.indicator = r.at("indicator");
    w.names = split_phrases(r.at("names"));
    w.excluded = split_phrases(r.at("excluded"));
    w.illustrative = r.at("illustrative") == "1";
    w.source = optional(r.at("source"));
    w.updated_by = "demo";
    extraction::set_words(c, w, 0);
  }
  for (const auto& r : read_table("data/demo/plans.csv")) {
    targets::create_plan(c,
                         targets::Plan{r.at("code"), r.at("unit"), r.at("kind"), r.at("title"), optional(r.at("theme")),
                                       r.at("period_from"), r.at("period_to"), optional(r.at("document")), ""});
  }
  targets::ImportOptions options;
  options.entered_by = "demo";
  targets::import_targets(c, embedded_file("data/demo/targets.csv"), options);
  targets::import_values(c, embedded_file("data/demo/values.csv"), options);
}

void load_tasks(db::Connection& c) {
  const std::string actor = "demo";
  Date today = today_in_vietnam();
  std::map<std::string, std::int64_t> documents, programmes, tasks_by_key;
  for (const auto& r : read_table("data/demo/documents.csv")) {
    tasks::Document d{0,
                      demo_enum<tasks::DocumentKind>(r.at("kind")),
                      r.at("number"),
                      date(r.at("issued_on")),
                      r.at("issuer"),
                      optional(r.at("issuer_unit")),
                      optional(r.at("summary")),
                      r.at("illustrative") == "1",
                      optional(r.at("source"))};
    documents[r.at("key")] = tasks::create_document(c, d).id;
  }
  for (const auto& r : read_table("data/demo/programmes.csv")) {
    tasks::Programme p{0,
                       r.at("title"),
                       optional(r.at("content")),
                       date(r.at("signed_on")),
                       date(r.at("valid_from")),
                       date(r.at("valid_to")),
                       split_words(r.at("units")),
                       optional(r.at("lead_unit")),
                       r.at("illustrative") == "1",
                       optional(r.at("source"))};
    programmes[r.at("key")] = tasks::create_programme(c, p).id;
  }
  for (const auto& r : read_table("data/demo/tasks.csv")) {
    tasks::Task t;
    if (!r.at("document").empty()) t.document_id = documents.at(r.at("document"));
    if (!r.at("programme").empty()) t.programme_id = programmes.at(r.at("programme"));
    t.title = r.at("title");
    t.lead_unit = r.at("lead_unit");
    t.coordinators = split_words(r.at("coordinators"));
    t.priority = demo_enum<tasks::Priority>(r.at("priority"));
    t.deadline = date(r.at("deadline"));
    t.recurrence = demo_enum<tasks::Recurrence>(r.at("recurrence"));
    if (!r.at("recurrence_until").empty()) t.recurrence_until = date(r.at("recurrence_until"));
    for (const auto& code : split_words(r.at("indicators"))) t.links.push_back({"indicator", code});
    for (const auto& code : split_words(r.at("projects"))) t.links.push_back({"project", code});
    t.illustrative = r.at("illustrative") == "1";
    t.source = optional(r.at("source"));
    tasks_by_key[r.at("key")] = tasks::create(c, t, actor).id;
  }
  for (const auto& r : read_table("data/demo/task_events.csv")) {
    auto id = tasks_by_key.at(r.at("key"));
    Date on = date(r.at("date"));
    const auto& event = r.at("event");
    auto version = [&] { return tasks::view(c, id, today).task.version; };
    if (event == "progress") {
      tasks::report_progress(c, id, tasks::Progress{0, on, std::stoi(r.at("value")), r.at("text"), actor}, today);
    } else if (event == "complete") {
      std::optional<Date> occurrence;
      if (!r.at("value").empty()) occurrence = date(r.at("value"));
      tasks::complete(c, id, version(), on, optional(r.at("text")), occurrence, today);
    } else if (event == "cancel") {
      tasks::cancel(c, id, version(), on, r.at("text"));
    } else if (event == "extension") {
      auto request = tasks::request_extension(c, id, date(r.at("value")), r.at("text"), actor);
      tasks::decide_extension(c, id, request.id, true, std::nullopt, actor);
    } else {
      throw std::runtime_error("data/demo/task_events.csv: unknown event " + event);
    }
  }
}

void load_petitions(db::Connection& c) {
  const std::string actor = "demo";
  Date today = today_in_vietnam();
  std::map<std::string, std::int64_t> ids;
  for (const auto& r : read_table("data/demo/petitions.csv")) {
    petitions::Intake in;
    auto& p = in.petition;
    p.channel = r.at("channel");
    p.received_on = date(r.at("received_on"));
    p.types = split_words(r.at("types"));
    p.field = r.at("field");
    p.content = r.at("content");
    p.concerned_unit = optional(r.at("concerned_unit"));
    p.concerned_person = optional(r.at("concerned_person"));
    p.handling_unit = r.at("handling_unit");
    p.anonymous = r.at("anonymous") == "1";
    p.variant = r.at("variant");
    p.illustrative = true;
    if (!r.at("previous").empty()) p.previous_id = ids.at(r.at("previous"));
    std::string people = r.at("petitioners");
    for (std::size_t at = 0; at < people.size();) {
      auto end = people.find(';', at);
      if (end == std::string::npos) end = people.size();
      std::string one = people.substr(at, end - at);
      auto bar = one.find('|');
      in.people.push_back({one.substr(0, bar), std::nullopt,
                           bar == std::string::npos ? std::nullopt : std::optional(one.substr(bar + 1)), std::nullopt});
      at = end + 1;
    }
    // Events of earlier letters must be in place before a second complaint refers to them.
    auto id = petitions::receive(c, in, actor, today).view.petition.id;
    ids[r.at("key")] = id;
    for (const auto& e : read_table("data/demo/petition_events.csv")) {
      if (e.at("key") != r.at("key")) continue;
      auto version = petitions::view(c, id, today).petition.version;
      if (e.at("kind") == "duplicate_of") {
        petitions::link_duplicate(c, id, ids.at(e.at("recipient")), version, today);
        continue;
      }
      petitions::Event ev;
      ev.kind = demo_enum<petitions::EventKind>(e.at("kind"));
      ev.on = date(e.at("date"));
      ev.note = optional(e.at("note"));
      ev.reason = optional(e.at("reason"));
      ev.recipient = optional(e.at("recipient"));
      ev.decision_number = optional(e.at("decision_number"));
      if (!e.at("decision_date").empty()) ev.decision_date = date(e.at("decision_date"));
      if (!e.at("new_deadline").empty()) ev.new_deadline = date(e.at("new_deadline"));
      if (!e.at("result").empty()) ev.result = demo_enum<petitions::Result>(e.at("result"));
      ev.partial = e.at("partial") == "1";
      petitions::record(c, id, version, ev, actor, today);
    }
  }
}
void load_projects(db::Connection& c) {
  const std::string actor = "demo";
  for (const auto& r : read_table("data/demo/projects.csv")) {
    projects::Project p;
    p.code = r.at("code");
    p.name = r.at("name");
    p.group = r.at("group");
    p.investor = r.at("investor");
    p.managing_unit = r.at("managing_unit");
    p.total_investment = std::stoll(r.at("total_investment"));
    p.start_year = std::stoi(r.at("start_year"));
    p.end_year = std::stoi(r.at("end_year"));
    p.stage = demo_enum<projects::Stage>(r.at("stage"));
    p.decision = optional(r.at("decision"));
    p.locations = split_words(r.at("locations"));
    for (const auto& f : split_words(r.at("funding"))) {
      auto colon = f.find(':');
      p.funding.push_back({f.substr(0, colon), std::stoll(f.substr(colon + 1))});
    }
    p.illustrative = r.at("illustrative") == "1";
    p.source = optional(r.at("source"));
    p.created_by = actor;
    projects::create(c, p);
  }
  for (const auto& r : read_table("data/demo/capital_plans.csv")) {
    projects::CapitalPlan p;
    p.project = r.at("project");
    p.kind = demo_enum<projects::PlanKind>(r.at("kind"));
    p.year_from = std::stoi(r.at("year_from"));
    p.year_to = std::stoi(r.at("year_to"));
    p.source = r.at("source");
    p.level = demo_enum<projects::PlanLevel>(r.at("level"));
    p.amount = std::stoll(r.at("amount"));
    p.decision = r.at("decision");
    p.decision_date = date(r.at("decision_date"));
    p.illustrative = true;
    p.entered_by = actor;
    projects::add_plan(c, p);
  }
  for (const auto& r : read_table("data/demo/plan_extensions.csv")) {
    projects::add_extension(
        c, projects::Extension{0, r.at("project"), std::stoi(r.at("plan_year")), optional(r.at("source")),
                               date(r.at("until")), r.at("basis"), date(r.at("decision_date")), actor});
  }
  projects::DisbursementImport options;
  options.entered_by = actor;
  projects::import_disbursements(c, embedded_file("data/demo/disbursements.csv"), options);
  for (const auto& r : read_table("data/demo/project_milestones.csv")) {
    std::optional<Date> actual;
    if (!r.at("actual_on").empty()) actual = date(r.at("actual_on"));
    projects::add_milestone(c, r.at("project"),
                            projects::Milestone{0, r.at("name"), date(r.at("planned_on")), actual, 1});
  }
  for (const auto& r : read_table("data/demo/project_progress.csv")) {
    projects::add_progress(
        c, r.at("project"),
        projects::Progress{date(r.at("as_of")), std::stod(r.at("percent")), optional(r.at("note")), actor});
  }
}

}  // namespace

void load(db::Database& database) {
  database.write([](db::Connection& c) {
    if (c.query("SELECT 1 FROM units LIMIT 1").size() > 0) {
      throw messages::error<"demo.not_empty">("");
    }
    load_units(c);
    load_succession_shares(c);
    load_targets(c);
    load_projects(c);
    load_tasks(c);
    load_petitions(c);
    load_oversight(c);
    // The 2022 figures of the report were published at the conference: open data from the start.
    opendata::release(c, "436", Period::year_of(2022), "system");
    audit::record(c, audit::Actor{"system", "local", ""}, "load", "demo", "hoi-nghi-tong-ket-2022", {"436"}, nullptr,
                  {{"source", "data/demo (báo cáo hội nghị tổng kết năm 2022 của Thành ủy Hà Tĩnh)"}});
  });
}

}  // namespace sen::demo
